/**
 * Opens the site-wide search dialog (loaded only when the reader opens search): a native modal
 * <dialog> (focus stays inside, Escape closes), the Preact content, and focus back where it was.
 */
import { render } from 'preact';
import SearchDialog from '../components/search-dialog/SearchDialog.tsx';
import { DIALOG_TEXT } from '../components/search-dialog/search-dialog-text.ts';
import '../styles/search-dialog.css';

let dialog: HTMLDialogElement | undefined;

/** Opens the dialog (creating it on first use) and returns focus to `from` when it closes. */
export function openSearchDialog(base: string, from: Element | null): void {
  if (dialog?.open) return;
  if (dialog === undefined) {
    dialog = Object.assign(document.createElement('dialog'), { className: 'rd-dialog' });
    dialog.setAttribute('aria-label', DIALOG_TEXT.title);
    document.body.append(dialog);
    const close = () => dialog?.close();
    dialog.addEventListener('click', (e) => {
      if (e.target === dialog) close();
    });
    render(<SearchDialog base={base} text={DIALOG_TEXT} onClose={close} />, dialog);
  }
  const current = dialog;
  current.addEventListener('close', () => (from instanceof HTMLElement ? from.focus() : undefined), { once: true });
  current.showModal();
  current.querySelector('textarea')?.focus();
}
