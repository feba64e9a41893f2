/** The top search result's fix: a distro select (remembered like the site's synced tabs) and its steps, through the one fix renderer. */
import { useState } from 'preact/hooks';
import type { IndexedItem } from '../../lib/search-index.ts';
import { DISTRO_STORAGE_KEY, fixFor, pickDistro } from '../../lib/search-ui.ts';
import StepList from '../fix/StepList.tsx';
import { STEP_TEXT } from '../fix/fix-text.ts';
import type { ErrorSearchText } from './error-search-text.ts';
import { fill } from './wizard-text.ts';

interface Props {
  item: IndexedItem;
  distros: { id: string; name: string }[];
  /** Link to the entry page. */
  href: string;
  text: ErrorSearchText;
  /** Heading level of "fix commands" (2 on /search/, 3 inside a page section). */
  level: 2 | 3;
}

/** Reads the remembered distro tab label; storage may be blocked. */
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
      {fix.status === 'steps' && <StepList steps={fix.steps} text={STEP_TEXT} />}
      {item.moreFixes !== undefined && <p class="rd-muted">{fill(text.moreFixes, { n: item.moreFixes })}</p>}
      <p><a href={href}>{text.readMore}</a></p>
    </div>
  );
}
