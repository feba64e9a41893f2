/**
 * Whether a key press lands where the reader types: the header's shortcuts (site-search.ts, on every page)
 * and the paste box's `/` (ErrorSearch) both leave such keys alone. Its own module, so the header's script
 * takes this function and nothing else.
 */

/** Whether a key press lands in a text field or an editable element, where `/` and Ctrl are the reader's typing, not a search shortcut. */
export function isTypingTarget(target: { tagName?: string; isContentEditable?: boolean } | null): boolean {
  if (!target) return false;
  return target.isContentEditable === true || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName ?? '');
}
