/**
 * One question of the wizard: text, hint, then the "how to find out" commands (so the reader runs
 * them before choosing), the answers as links, and a way out when none fits.
 */
import type { Ref } from 'preact';
import { DEFAULT_VALUES } from '../../lib/command-values.ts';
import { renderTemplate } from '../../lib/template.ts';
import { withBase } from '../../lib/urls.ts';
import { pathSearch } from '../../lib/wizard-path.ts';
import type { WizardNode } from '../../schemas/wizard.ts';
import CommandBlock from '../fix/CommandBlock.tsx';
import InlineText from '../fix/InlineText.tsx';
import { STEP_TEXT } from '../fix/fix-text.ts';
import { fill, type WizardText } from './wizard-text.ts';

interface Props {
  node: WizardNode;
  /** The answers so far (each option's link is this path plus its id). */
  answers: string[];
  text: WizardText;
  headingRef: Ref<HTMLHeadingElement>;
  onAnswer: (answers: string[]) => void;
}

/** Renders the question; picking an answer calls onAnswer (links also work as plain links). */
export default function WizardQuestion({ node, answers, text, headingRef, onAnswer }: Props) {
  const base = import.meta.env.BASE_URL;
  return (
    <div class="rd-question">
      <p class="rd-step-count">{fill(text.step, { n: answers.length + 1 })}</p>
      <h2 tabIndex={-1} ref={headingRef}><InlineText text={node.question} /></h2>
      {node.hint !== undefined && <p class="rd-muted"><InlineText text={node.hint} /></p>}
      {node.findOut.length > 0 && (
        <div class="rd-findout">
          <p>{text.findOut}</p>
          {node.findOut.map((f, i) => (
            <div class="rd-check">
              <CommandBlock code={renderTemplate(f.run, DEFAULT_VALUES)} label={fill(text.findOutCommand, { n: i + 1 })} text={STEP_TEXT} />
              <table>
                <thead><tr><th scope="col">{text.output}</th><th scope="col">{text.means}</th></tr></thead>
                <tbody>{f.outputs.map((out) => <tr><td><code>{out.output}</code></td><td><InlineText text={out.means} /></td></tr>)}</tbody>
              </table>
            </div>
          ))}
        </div>
      )}
      <ul class="rd-options">
        {node.options.map((o) => {
          const next = [...answers, o.id];
          return (
            <li key={o.id}>
              <a class="rd-option" href={pathSearch(next) || '?'} onClick={(e) => { e.preventDefault(); onAnswer(next); }}>
                <InlineText text={o.label} />
              </a>
            </li>
          );
        })}
      </ul>
      {node.kind !== 'distro' && (
        <p class="rd-way-out">
          <strong>{text.wayOut}</strong>：{text.wayOutHint}
          <a href={withBase(base, 'search/')}>{text.toSearch}</a>{' · '}<a href={withBase(base, 'wizard/map/')}>{text.toMap}</a>
        </p>
      )}
    </div>
  );
}
