/**
 * The search dialog's results, run when the reader first reaches for search: site-search.ts puts
 * this module's script into the page (see SearchDialogCode.astro), and it renders the Preact results
 * under the dialog's box at once, asks for the index and starts the matcher. The dialog itself, its
 * box and its close button are part of every page (src/components/Search.astro).
 */
import { render } from 'preact';
import SearchDialog from '../components/search-dialog/SearchDialog.tsx';
import { DIALOG_TEXT } from '../components/search-dialog/search-dialog-text.ts';

const dialog = document.querySelector<HTMLDialogElement>('[data-rd-dialog]');
const box = dialog?.querySelector('textarea');
const status = dialog?.querySelector<HTMLElement>('[data-rd-dialog-status]');
const whole = dialog?.querySelector<HTMLAnchorElement>('[data-rd-dialog-whole]');
const results = dialog?.querySelector<HTMLElement>('.rd-dialog-results');
const base = document.querySelector<HTMLElement>('[data-rd-search]')?.dataset.base ?? '/';
if (dialog && box && status && whole && results) {
  render(<SearchDialog base={base} text={DIALOG_TEXT} parts={{ box, frame: dialog, status, whole }} />, results);
}
