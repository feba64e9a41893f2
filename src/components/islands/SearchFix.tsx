/** The top search result's fix: a distro select (remembered like the site's synced tabs) and its commands. */
import { useState } from 'preact/hooks';
import type { IndexedItem } from '../../lib/search-index.ts';
import { DISTRO_STORAGE_KEY, fixFor, pickDistro } from '../../lib/search-ui.ts';
import CommandBlock from './CommandBlock.tsx';
import InlineText from './InlineText.tsx';
import type { ErrorSearchText } from './error-search-text.ts';

interface Props {
  item: IndexedItem;
  distros: { id: string; name: string }[];
  /** Link to the entry page. */
  href: string;
  text: ErrorSearchText;
  /** Heading level of "fix commands" (2 on /search/, 3 inside a page section). */
  level: 2 | 3;
}

/** Reads the remembered distro name; storage may be blocked. */
function remembered(): string | null {
  try {
    return localStorage.getItem(DISTRO_STORAGE_KEY);
  } catch {
    return null;
  }
}

/** Shows the steps for the chosen distro with copy buttons, and a link to the full entry. */
export default function SearchFix({ item, distros, href, text, level }: Props) {
  const [distro, setDistro] = useState(() => pickDistro(distros, typeof window === 'undefined' ? null : remembered(), Object.keys(item.fix ?? {})));
  const choose = (id: string) => {
    setDistro(id);
    try {
      localStorage.setItem(DISTRO_STORAGE_KEY, distros.find((d) => d.id === id)?.name ?? '');
    } catch {
      // the choice still applies on this page
    }
  };
  const fix = fixFor(item, distro);
  const Heading = level === 2 ? 'h2' : 'h3';
  const copy = { label: text.copy, done: text.copied, failed: text.copyFailed };
  return (
    <div class="rd-search-fix">
      {fix.status !== 'none' && (
        <>
          <Heading class="rd-search-fix-heading">{text.fixHeading}</Heading>
          <p class="rd-muted">{text.fixNote}</p>
          <label class="rd-inline">
            {text.distro}
            <select value={distro} onChange={(e) => choose(e.currentTarget.value)}>
              {distros.map((d) => <option key={d.id} value={d.id}>{d.name}</option>)}
            </select>
          </label>
        </>
      )}
      {fix.status === 'not-for-distro' && <p class="rd-note">{text.notForDistro}</p>}
      {fix.status === 'steps' && (
        <ol class="rd-steps">
          {fix.steps.map((s) => (
            <li key={s.title}>
              <p class="rd-step-title"><InlineText text={s.title} /></p>
              {s.commands !== undefined
                ? <CommandBlock code={s.commands} label={s.title} copy={copy} />
                : <p class="rd-muted">{s.status === 'not-needed' ? text.notNeeded : text.unverified}</p>}
            </li>
          ))}
        </ol>
      )}
      <p><a href={href}>{text.readMore}</a></p>
    </div>
  );
}
