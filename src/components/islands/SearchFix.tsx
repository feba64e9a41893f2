/**
 * The answer's fix under a search result: fetched when the entry is the answer (`fixes/<slug>.json`),
 * a distro select (remembered like the site's synced tabs) and the steps, through the one fix renderer.
 */
import { useEffect, useState } from 'preact/hooks';
import { arrivedResultFix, loadResultFix, type ResultFix } from '../../lib/result-fix.ts';
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
  base: string;
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
export default function SearchFix({ item, distros, href, base, text, level }: Props) {
  const [fix, setFix] = useState<ResultFix | undefined>(() => arrivedResultFix(base, item.slug));
  const [distro, setDistro] = useState(() => (fix === undefined ? '' : pickDistro(distros, remembered(), Object.keys(fix.byDistro))));
  useEffect(() => {
    let live = true;
    if (fix !== undefined && arrivedResultFix(base, item.slug) === fix) return;
    void loadResultFix(base, item.slug).then((f) => {
      if (!live) return;
      setFix(f);
      setDistro(pickDistro(distros, remembered(), Object.keys(f?.byDistro ?? {})));
    });
    return () => { live = false; };
  }, [item.slug]);
  const choose = (id: string) => {
    setDistro(id);
    try {
      localStorage.setItem(DISTRO_STORAGE_KEY, distros.find((d) => d.id === id)?.name ?? '');
    } catch {
      // the choice still applies on this page
    }
  };
  const shown = fixFor(fix, distro);
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <div class="rd-search-fix">
      {shown.status !== 'none' && (
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
      {shown.status === 'not-for-distro' && <p class="rd-note">{text.notForDistro}</p>}
      {shown.status === 'steps' && <StepList steps={shown.steps} text={STEP_TEXT} />}
      {fix !== undefined && fix.moreFixes > 0 && <p class="rd-muted">{fill(text.moreFixes, { n: fix.moreFixes })}</p>}
      <p><a href={href}>{text.readMore}</a></p>
    </div>
  );
}
