/** A shell command shown as a focusable, scrollable block with its copy button. */
import CopyButton from './CopyButton.tsx';

interface Props {
  /** The exact text shown and copied. */
  code: string;
  /** Accessible name of the block (e.g. the step title). */
  label: string;
  /** Copy button texts. */
  copy: { label: string; done: string; failed: string };
}

/** Shows `code` in a <pre> that keyboard users can scroll, with a copy button. */
export default function CommandBlock({ code, label, copy }: Props) {
  return (
    <div class="rd-command">
      <pre tabIndex={0} aria-label={label}><code>{code}</code></pre>
      <CopyButton text={code} label={copy.label} done={copy.done} failed={copy.failed} describes={label} />
    </div>
  );
}
