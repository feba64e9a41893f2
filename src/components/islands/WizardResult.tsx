/**
 * The wizard's last step: the entry's summary and its fix for the user's setup (the fix file is
 * fetched when the path gets here), or the limitation's facts.
 */
import type { Ref } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { arrivedJson, fetchJsonOnce } from '../../lib/fetch-json.ts';
import type { FixEntry } from '../../lib/fix-view.ts';
import { withBase } from '../../lib/urls.ts';
import { entryFixPath, isEntryFix, type WizardEnd } from '../../lib/wizard-ends.ts';
import type { Distro } from '../../schemas/distro.ts';
import type FixPanelComponent from './FixPanel.tsx';
import InlineText from '../fix/InlineText.tsx';
import type { DistroChoice } from './ValuesForm.tsx';
import type { WizardText } from './wizard-text.ts';

interface Props {
  end: WizardEnd | undefined;
  distros: Distro[];
  choices: DistroChoice[];
  choice: string;
  onChoice: (id: string) => void;
  text: WizardText;
  headingRef: Ref<HTMLHeadingElement>;
}

/** Where an entry's fix file is. */
const fixFileUrl = (slug: string) => withBase(import.meta.env.BASE_URL, entryFixPath(slug));

// The fix panel (generator, scripts, values form) is code only a result needs: it loads with the
// first fix the wizard shows, so a first visit that starts with questions does not download it.
let FixPanel: typeof FixPanelComponent | undefined;
let fixPanelCode: Promise<void> | undefined;
/** Loads the fix panel's code once (a failure is tried again next time). */
function loadFixPanel(): Promise<void> {
  fixPanelCode ??= import('./FixPanel.tsx').then((m) => { FixPanel = m.default; }, (error: unknown) => {
    fixPanelCode = undefined;
    throw error;
  });
  return fixPanelCode;
}

/** An entry's fix file and the panel's code, fetched once per page (a failure is tried again next time); settles as the fix or 'failed', never rejects. */
export function loadEntryFix(slug: string): Promise<FixEntry | 'failed'> {
  return Promise.all([fetchJsonOnce(fixFileUrl(slug), isEntryFix, `fix file for ${slug}`), loadFixPanel()])
    .then(([fix]) => fix, () => 'failed' as const);
}

/** The fix of the entry a path ended at: loading, loaded, or failed. */
function useEntryFix(slug: string | undefined): FixEntry | 'loading' | 'failed' | undefined {
  const [fix, setFix] = useState<{ slug: string; fix: FixEntry | 'failed' } | undefined>(() => {
    const ready = slug === undefined || FixPanel === undefined ? undefined : arrivedJson(fixFileUrl(slug), isEntryFix);
    return slug !== undefined && ready !== undefined ? { slug, fix: ready } : undefined;
  });
  useEffect(() => {
    if (slug === undefined || fix?.slug === slug) return undefined;
    let current = true;
    void loadEntryFix(slug).then((f) => current && setFix({ slug, fix: f }));
    return () => { current = false; };
  }, [slug]);
  if (slug === undefined) return undefined;
  return fix?.slug === slug ? fix.fix : 'loading';
}

/** Renders the end of a path; a missing page (never in a checked build) gets a short note. */
export default function WizardResult({ end, distros, choices, choice, onChoice, text, headingRef }: Props) {
  const fix = useEntryFix(end?.kind === 'entry' ? end.slug : undefined);
  if (end === undefined) return <h2 tabIndex={-1} ref={headingRef}>{text.missing}</h2>;
  return (
    <div class="rd-result">
      <p class="rd-step-count">{end.kind === 'entry' ? text.endEntry : text.endLimitation}</p>
      <h2 tabIndex={-1} ref={headingRef}><InlineText text={end.title} /></h2>
      <p><InlineText text={end.summary} /></p>
      <p>{text.readMore}<a href={end.href}><InlineText text={end.title} /></a></p>
      {end.kind === 'limitation' && <ul>{end.facts.map((f) => <li><InlineText text={f} /></li>)}</ul>}
      {end.kind === 'entry' && fix === 'loading' && <p class="rd-muted" role="status">{text.fixLoading}</p>}
      {end.kind === 'entry' && fix === 'failed' && <p class="rd-note" role="alert">{text.fixFailed}</p>}
      {end.kind === 'entry' && typeof fix === 'object' && FixPanel && (
        <FixPanel source={{ slug: end.slug, entry: fix }} title={end.title} distros={distros} choices={choices} choice={choice} onChoice={onChoice} text={text.fix} />
      )}
    </div>
  );
}
