/**
 * What the paste box keeps of a paste: escape sequences and control characters removed (a doctor report keeps its
 * zero-width and bidi characters: reportText), and for a long paste only its head and tail, which is what the
 * page's search examines. A textarea
 * holding megabytes of coloured log freezes the tab, so the box never holds more than BOX_CHARS. The matcher's line
 * splitting (log-normalise.ts) uses the same cap and character classes.
 */
import { cleanLines, isDoctorReport } from './doctor-report-header.ts';

/** At most this many characters of a paste are examined (head and tail are kept). */
export const MAX_PASTE_CHARS = 128 * 1024;
/** Keeps the first quarter and last three quarters of the budget (errors in journald dumps come last). */
export function capPaste(text: string, max = MAX_PASTE_CHARS): { text: string; capped: boolean } {
  if (text.length <= max) return { text, capped: false };
  const head = text.slice(0, Math.floor(max / 4));
  const tail = text.slice(text.length - Math.ceil((max * 3) / 4));
  const cutHead = head.lastIndexOf('\n');
  const cutTail = tail.indexOf('\n');
  return { text: `${cutHead > 0 ? head.slice(0, cutHead) : head}\n${cutTail >= 0 ? tail.slice(cutTail + 1) : tail}`, capped: true };
}

/** Terminal escape sequences (colours, cursor moves, titles). */
export const ANSI_ESCAPES = /\u001b\[[0-9;?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|\u001b[@-_]/g;
/** Control, zero-width and bidi characters (newlines and tabs excepted): never matched, and never shown from a pasted log. */
export const CONTROL_CHARS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff\ufffd]/g;

/** Removes escape sequences and control, zero-width and bidi characters; keeps newlines and tabs (CRLF becomes LF). */
export function stripControls(text: string): string {
  return text.replace(ANSI_ESCAPES, '').replace(/\r\n?/g, '\n').replace(CONTROL_CHARS, '');
}

/**
 * What the box keeps of a doctor report: what a terminal adds removed (escape sequences, CR, control characters;
 * the report parser's own cleaning) and nothing else. Its values reach commands: a zero-width or bidi character in
 * one stays, so the value is refused for it (command-values.ts) instead of becoming another value unseen.
 */
function reportText(text: string): string {
  return cleanLines(text).join('\n');
}

/** The text for the box and what was done to it. */
export interface PreparedPaste {
  /** The cleaned text, at most about BOX_CHARS long. */
  text: string;
  /** Characters in the original paste. */
  originalChars: number;
  /** True when only the head and tail were kept. */
  capped: boolean;
  /** True when escape sequences or control characters were removed. */
  cleaned: boolean;
}

/**
 * What a paste box keeps of a long paste (head and tail, about 200 journal lines): a textarea lays
 * out all of its text at once, and 128 KB took 80–130 ms of layout on these machines' Chromium, on
 * top of the 40–60 ms the browser takes to hand over a 1 MB clipboard. The CLI examines MAX_PASTE_CHARS.
 */
export const BOX_CHARS = 32 * 1024;

/** Cleans and caps a paste to `max` characters. Cuts the raw text first, so the cleaning never walks megabytes it would throw away. */
export function preparePaste(raw: string, max = BOX_CHARS): PreparedPaste {
  const rough = capPaste(raw, max * 2);
  const cleaned = isDoctorReport(rough.text) ? reportText(rough.text) : stripControls(rough.text);
  const kept = capPaste(cleaned, max);
  return { text: kept.text, originalChars: raw.length, capped: rough.capped || kept.capped, cleaned: cleaned.length !== rough.text.length };
}

/** True when a text in the box should be prepared (a long or dirty value that did not arrive through a paste event). */
export function needsPreparing(text: string, max = BOX_CHARS): boolean {
  return text.length > max || (isDoctorReport(text) ? reportText(text) : stripControls(text)).length !== text.length;
}
