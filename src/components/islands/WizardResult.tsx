/** The wizard's last step: the entry's summary and its fix for the user's setup, or the limitation's facts. */
import type { Ref } from 'preact';
import type { WizardEnd } from '../../lib/wizard-ends.ts';
import type { Distro } from '../../schemas/distro.ts';
import FixPanel from './FixPanel.tsx';
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

/** Renders the end of a path; a missing page (never in a checked build) gets a short note. */
export default function WizardResult({ end, distros, choices, choice, onChoice, text, headingRef }: Props) {
  if (end === undefined) return <h2 tabIndex={-1} ref={headingRef}>{text.missing}</h2>;
  return (
    <div class="rd-result">
      <p class="rd-step-count">{end.kind === 'entry' ? text.endEntry : text.endLimitation}</p>
      <h2 tabIndex={-1} ref={headingRef}><InlineText text={end.title} /></h2>
      <p><InlineText text={end.summary} /></p>
      <p>{text.readMore}<a href={end.href}><InlineText text={end.title} /></a></p>
      {end.kind === 'limitation' && <ul>{end.facts.map((f) => <li><InlineText text={f} /></li>)}</ul>}
      {end.kind === 'entry' && (
        <FixPanel source={{ slug: end.slug, entry: end.entry }} title={end.title} distros={distros} choices={choices} choice={choice} onChoice={onChoice} text={text.fix} />
      )}
    </div>
  );
}
