/**
 * What the paste box keeps of a paste: escape sequences and control characters removed, and for
 * a long paste only the head and tail the matcher examines. A textarea holding megabytes of
 * coloured log freezes the tab, so the box never holds more than it needs.
 */
import { capPaste, MAX_PASTE_CHARS, stripControls } from './log-normalise.ts';

/** The text for the box and what was done to it. */
export interface PreparedPaste {
  /** The cleaned text, at most about MAX_PASTE_CHARS long. */
  text: string;
  /** Characters in the original paste. */
  originalChars: number;
  /** True when only the head and tail were kept. */
  capped: boolean;
  /** True when escape sequences or control characters were removed. */
  cleaned: boolean;
}

/** Cleans and caps a paste. Cuts the raw text first, so the cleaning never walks megabytes it would throw away. */
export function preparePaste(raw: string): PreparedPaste {
  const rough = capPaste(raw, MAX_PASTE_CHARS * 2);
  const cleaned = stripControls(rough.text);
  const kept = capPaste(cleaned);
  return { text: kept.text, originalChars: raw.length, capped: rough.capped || kept.capped, cleaned: cleaned.length !== rough.text.length };
}

/** True when a text in the box should be prepared (a long or dirty value that did not arrive through a paste event). */
export function needsPreparing(text: string): boolean {
  return text.length > MAX_PASTE_CHARS || stripControls(text).length !== text.length;
}
