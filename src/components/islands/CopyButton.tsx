/** A button that copies a text to the clipboard and says so (for the wizard and fix panels). */
import { useState } from 'preact/hooks';

interface Props {
  /** The exact text to copy. */
  text: string;
  /** Button label. */
  label: string;
  /** Label after copying. */
  done: string;
  /** Message when the clipboard refuses. */
  failed: string;
  /** What is copied, for screen readers (e.g. the step title). */
  describes?: string;
}

/** Copies `text`; the label changes for two seconds, and a polite live region announces it. */
export default function CopyButton({ text, label, done, failed, describes }: Props) {
  const [status, setStatus] = useState<'idle' | 'done' | 'failed'>('idle');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setStatus('done');
    } catch {
      setStatus('failed');
    }
    setTimeout(() => setStatus('idle'), 2000);
  };
  return (
    <span class="rd-copy">
      <button type="button" onClick={copy}>
        {status === 'done' ? done : label}
        {describes !== undefined && <span class="rd-sr-only">：{describes}</span>}
      </button>
      <span role="status" class="rd-copy-status">{status === 'failed' ? failed : status === 'done' ? done : ''}</span>
    </span>
  );
}
