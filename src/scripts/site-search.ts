/**
 * The header's search control on every page: a link to /search/ that, with JavaScript, opens the
 * search dialog on click, Ctrl/⌘+K or `/`. The dialog's frame is in the page, so it opens at once
 * and takes a paste while its code, the matcher's worker and index, and Pagefind load (prefetched on
 * hover or focus); what was typed before they arrived is searched when they do. On the paste box's page
 * opened with a query, the index and the worker start at once.
 */
import { startMatcher } from '../components/islands/matcher-start.ts';
import { isTypingTarget } from '../lib/typing-target.ts';
import { QUERY_PARAM, withBase } from '../lib/urls.ts';

const link = document.querySelector<HTMLAnchorElement>('[data-rd-search]');
const dialog = document.querySelector<HTMLDialogElement>('[data-rd-dialog]');
const base = link?.dataset.base ?? '/';
let loading = false;
/** Loads the dialog's code (once): a copy of its inert script goes into the page and runs. */
const load = () => {
  if (loading) return;
  loading = true;
  // The index and the matcher's worker start at once: the matcher is built while the dialog's code
  // arrives (the loader takes the same start, as the paste box's does when the reader reaches for it).
  startMatcher(withBase(base, 'search-index.json'));
  const code = document.querySelector<HTMLTemplateElement>('template[data-rd-search-code]');
  if (!code) return;
  const copy = document.importNode(code.content, true);
  const failed = dialog?.querySelector<HTMLElement>('[data-rd-dialog-failed]');
  if (failed) failed.hidden = true;
  // If the code cannot load (the network, or a deploy renamed it), the dialog says so, keeps its
  // link to /search/, and the next open tries again.
  copy.querySelector('script')?.addEventListener('error', (e) => {
    (e.currentTarget as HTMLScriptElement).remove();
    loading = false;
    if (failed) failed.hidden = false;
  });
  document.body.append(copy);
};

/** Opens the dialog now, its results when their code is here; focus returns to where it was when it closes. */
function openDialog(): void {
  if (!dialog || dialog.open) return;
  const from = document.activeElement;
  dialog.addEventListener('close', () => (from instanceof HTMLElement ? from.focus() : undefined), { once: true });
  dialog.showModal();
  dialog.querySelector('textarea')?.focus();
  load();
}

/** Whether a key press lands where `/` is text, or the page's own paste box takes it. */
function slashIsTaken(target: EventTarget | null): boolean {
  return isTypingTarget(target as HTMLElement | null) || document.querySelector('.rd-search-box') !== null;
}

// A link to the paste box with a query in it (`/search/?q=…`) is answered on arrival: the index and the worker
// start now, while the box's own code is still on its way (on a slow machine that is some hundreds of milliseconds).
if (document.querySelector('.rd-search-box') !== null && (new URLSearchParams(location.search).get(QUERY_PARAM) ?? '').trim() !== '') {
  startMatcher(withBase(base, 'search-index.json'));
}

if (link && dialog) {
  link.addEventListener('click', (e) => {
    if (e.ctrlKey || e.metaKey || e.shiftKey || e.altKey || e.button !== 0) return;
    e.preventDefault();
    openDialog();
  });
  link.addEventListener('pointerenter', load, { once: true });
  link.addEventListener('focus', load, { once: true });
  // A click on the backdrop (the dialog itself, outside its frame) closes it, as Escape does.
  dialog.addEventListener('click', (e) => { if (e.target === dialog) dialog.close(); });
  // Ctrl or ⌘ pressed alone is most often the start of Ctrl/⌘+K, some 100 ms before the K: the dialog's code,
  // the index and the worker start then. Not while text is selected (Ctrl+C) or typed into.
  addEventListener('keydown', (e) => {
    if ((e.key === 'Control' || e.key === 'Meta') && !e.repeat && !isTypingTarget(e.target as HTMLElement | null) && (getSelection()?.isCollapsed ?? true)) load();
  });
  addEventListener('keydown', (e) => {
    const modK = (e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'k';
    const slash = e.key === '/' && !e.ctrlKey && !e.metaKey && !e.altKey && !slashIsTaken(e.target);
    if (!modK && !slash) return;
    if (document.querySelector('dialog[open]')) return;
    e.preventDefault();
    openDialog();
  });
}
