/**
 * The one renderer of fix steps: entry pages render it on the server (no JavaScript), the
 * generator and the search results inside their islands; all draw the views fix-view.ts computes.
 */
import type { StepBody } from '../../lib/step-render.ts';
import type { StepView } from '../../lib/fix-view.ts';
import CommandBlock from './CommandBlock.tsx';
import { fill, type StepText } from './fix-text.ts';
import InlineText from './InlineText.tsx';

/** What a step shows below its title: commands, a message, or one command per distro family. */
export function StepBodyView({ body, label, text }: { body: StepBody; label: string; text: StepText }) {
  switch (body.kind) {
    case 'commands':
      return <CommandBlock code={body.text} label={label} text={text} />;
    case 'not-needed':
      return <p class="rd-muted">{text.notNeeded}</p>;
    case 'unverified':
      return <p class="rd-muted">{text.unverified}</p>;
    case 'needs-value':
      // A name that starts in Latin letters (data-root, MTU) is set apart from the Chinese before it by a space.
      return <p class="rd-note" role="note">{fill(text.needsValue, { names: body.names.map((n) => text.fields[n]).join('、').replace(/^(?=[A-Za-z])/, ' ') })}</p>;
    case 'manual':
      return <p>{body.text}</p>;
    case 'per-family':
      return (
        <>
          {body.provides !== undefined && <p class="rd-muted">{fill(text.provides, { what: body.provides })}</p>}
          <dl class="rd-families">
            {body.families.map((f) => (
              <>
                <dt>{f.name}</dt>
                <dd>{f.text ? <CommandBlock code={f.text} label={`${label}（${f.name}）`} text={text} /> : f.text === null ? text.familyNotNeeded : text.familyUnverified}</dd>
              </>
            ))}
          </dl>
        </>
      );
  }
}

/** An ordered list of steps; examples are marked as such (they never go into a script). None: a way that does not apply here says so. */
export default function StepList({ steps, text }: { steps: readonly StepView[]; text: StepText }) {
  if (steps.length === 0) return <p class="rd-note">{text.noSteps}</p>;
  return (
    <ol class="rd-steps">
      {steps.map((s) => (
        <li class={s.example ? 'rd-example' : undefined}>
          <p class="rd-step-title">
            <InlineText text={s.title} />
            {s.example && <span class="rd-kind">{text.example}</span>}
            {s.byHand === true && <span class="rd-kind">{text.byHand}</span>}
          </p>
          {s.byHand === true && <p class="rd-muted">{text.byHandNote}</p>}
          {s.condition !== undefined && <p class="rd-condition">{s.condition}</p>}
          {s.note !== undefined && <p class="rd-muted"><InlineText text={s.note} /></p>}
          <StepBodyView body={s.body} label={s.title} text={text} />
          {s.aside !== undefined && <p class="rd-muted">{s.aside}</p>}
        </li>
      ))}
    </ol>
  );
}
