/**
 * Copy buttons of every command block, on every page: the fix renderer's blocks
 * (src/components/fix/CommandBlock.tsx) and Expressive Code's blocks in page bodies, which get the
 * same button here (Expressive Code's own is turned off: one mechanism, always visible). One
 * delegated click handler copies a block's exact text and says so in its status region. The
 * `rd-js` class on <html> shows the buttons, which are hidden without JavaScript.
 */
const DONE = '已复制';
const FAILED = '复制失败，请手动选中文本复制';
const LABEL = '复制';

/** The text a block copies: Expressive Code writes one element per line; ours is plain text. */
function blockText(pre: HTMLPreElement): string {
  const lines = pre.querySelectorAll('.ec-line');
  return lines.length > 0 ? [...lines].map((l) => l.textContent ?? '').join('\n') : pre.textContent ?? '';
}

/** Gives each Expressive Code block a copy button and status like the fix renderer's. */
function addButtons(): void {
  for (const frame of document.querySelectorAll<HTMLElement>('.expressive-code figure.frame:not(.rd-command)')) {
    frame.classList.add('rd-command');
    const button = Object.assign(document.createElement('button'), { type: 'button', className: 'rd-copy', textContent: LABEL });
    button.dataset.rdCopy = '';
    const status = Object.assign(document.createElement('span'), { className: 'rd-copy-status' });
    status.setAttribute('role', 'status');
    frame.append(button, status);
  }
}

document.documentElement.classList.add('rd-js');
addButtons();
document.addEventListener('click', (event) => {
  const button = (event.target as Element | null)?.closest<HTMLButtonElement>('[data-rd-copy]');
  const block = button?.closest('.rd-command');
  const pre = block?.querySelector('pre');
  const status = block?.querySelector('[role="status"]');
  if (!button || !pre || !status) return;
  navigator.clipboard.writeText(blockText(pre)).then(
    () => { status.textContent = DONE; },
    () => { status.textContent = FAILED; },
  );
  setTimeout(() => { status.textContent = ''; }, 2500);
});
