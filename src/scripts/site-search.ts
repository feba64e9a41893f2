/**
 * The header's search control on every page: a link to /search/ that, with JavaScript, opens the
 * search dialog on click, Ctrl/⌘+K or `/`. The dialog's code, the matcher's index and Pagefind
 * load only when the reader reaches for search (prefetched on hover or focus).
 */
import { withBase } from '../lib/urls.ts';

const link = document.querySelector<HTMLAnchorElement>('[data-rd-search]');
const base = link?.dataset.base ?? '/';
let dialogModule: Promise<typeof import('./search-dialog.tsx')> | undefined;
const load = () => {
  if (dialogModule === undefined) {
    // The index is asked for at once (the loader's fetch takes the preloaded response), not after the
    // loader's own code has arrived; the matcher's worker starts beside the dialog's code.
    // (A page with the paste box has asked for the index already.)
    if (document.querySelector('.rd-search-box') === null) {
      document.head.append(Object.assign(document.createElement('link'), { rel: 'preload', as: 'fetch', crossOrigin: 'anonymous', href: withBase(base, 'search-index.json') }));
    }
    void import('../components/islands/search-index-loader.ts').then((m) => m.loadIndex(base)).catch(() => undefined);
    dialogModule = import('./search-dialog.tsx');
  }
  return dialogModule;
};
const openDialog = () => void load().then((m) => m.openSearchDialog(base, document.activeElement));

/** Whether a key press lands where `/` is text, or the page's own paste box takes it. */
function slashIsTaken(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return el?.isContentEditable === true || /^(INPUT|TEXTAREA|SELECT)$/.test(el?.tagName ?? '') || document.querySelector('.rd-search-box') !== null;
}

if (link) {
  link.addEventListener('click', (e) => {
    if (e.ctrlKey || e.metaKey || e.shiftKey || e.altKey || e.button !== 0) return;
    e.preventDefault();
    openDialog();
  });
  link.addEventListener('pointerenter', () => void load(), { once: true });
  link.addEventListener('focus', () => void load(), { once: true });
  addEventListener('keydown', (e) => {
    const modK = (e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'k';
    const slash = e.key === '/' && !e.ctrlKey && !e.metaKey && !e.altKey && !slashIsTaken(e.target);
    if (!modK && !slash) return;
    if (document.querySelector('dialog[open]')) return;
    e.preventDefault();
    openDialog();
  });
}
