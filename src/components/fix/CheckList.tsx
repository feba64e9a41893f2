/** Diagnose and verify checks: the command, then what its output means (same renderer everywhere). */
import type { CheckView } from '../../lib/fix-view.ts';
import { StepBodyView } from './StepList.tsx';
import type { StepText } from './fix-text.ts';
import InlineText from './InlineText.tsx';

/** Lists checks; `kind` decides the output labels (diagnose: bad/good, verify: expected). */
export default function CheckList({ checks, kind, text }: { checks: readonly CheckView[]; kind: 'diagnose' | 'verify'; text: StepText }) {
  return (
    <>
      {checks.map((c) => (
        <div class="rd-check">
          {c.title !== '' && <p><InlineText text={c.title} /></p>}
          <StepBodyView body={c.body} label={c.title || text.checkCommand} text={text} />
          {c.bad !== undefined && (<><p class="rd-output-label">{text.badOutput}</p><pre class="rd-output">{c.bad}</pre></>)}
          {c.good !== undefined && (<><p class="rd-output-label">{kind === 'verify' ? text.expect : text.goodOutput}</p><pre class="rd-output">{c.good}</pre></>)}
        </div>
      ))}
    </>
  );
}
