/**
 * Copy buttons of command blocks (src/components/fix/CommandBlock.tsx), on every page: one
 * delegated click handler copies the block's exact text and says so in its status region. The
 * `rd-js` class on <html> shows the buttons, which are hidden without JavaScript.
 */
const DONE = '已复制';
const FAILED = '复制失败，请手动选中文本复制';

document.documentElement.classList.add('rd-js');
document.addEventListener('click', (event) => {
  const button = (event.target as Element | null)?.closest<HTMLButtonElement>('[data-rd-copy]');
  const block = button?.closest('.rd-command');
  const code = block?.querySelector('pre')?.textContent;
  const status = block?.querySelector('[role="status"]');
  if (!button || code === undefined || code === null || !status) return;
  navigator.clipboard.writeText(code).then(
    () => { status.textContent = DONE; },
    () => { status.textContent = FAILED; },
  );
  setTimeout(() => { status.textContent = ''; }, 2500);
});
