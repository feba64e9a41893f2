/**
 * A shell command as a focusable block with a copy button. The button works through one small
 * delegated script (src/scripts/copy-buttons.ts), so the same markup copies on static entry pages
 * (no island) and inside islands; without JavaScript the button stays hidden.
 */
import type { StepText } from './fix-text.ts';

interface Props {
  /** The exact text shown and copied. */
  code: string;
  /** Accessible name of the block (e.g. the step title). */
  label: string;
  text: Pick<StepText, 'copy'>;
}

/** Shows `code` in a <pre> keyboard users can scroll, with a copy button and a status for screen readers. */
export default function CommandBlock({ code, label, text }: Props) {
  return (
    <div class="rd-command">
      <pre tabIndex={0} aria-label={label} data-lang="sh"><code>{code}</code></pre>
      <button type="button" class="rd-copy" data-rd-copy="">
        {text.copy}<span class="rd-sr-only">：{label}</span>
      </button>
      <span role="status" class="rd-copy-status"></span>
    </div>
  );
}
