/**
 * Telling a doctor report from any other paste, cheaply: the search box checks every paste with
 * this before deciding between the error matcher and the doctor, so it stays tiny (the report's
 * parser and schema load only when a report arrives).
 */

/** The report's first line. */
export const REPORT_HEADER = '# rootless-doctor report v1';

/** Terminal escape sequences: CSI (colours, cursor), OSC (titles, links), and two-byte escapes. */
const ANSI = /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)|\u001b[@-Z\\-_]/g;

/** A header line, possibly after a shell prompt on the same line, possibly with blanks after it. */
export const HEADER_LINE = /(?:^|\s)# rootless-doctor report v1[ \t]*$/;

/** The text as lines: escape sequences removed, CRLF and lone CR made line ends, NUL and other controls (but tab) dropped. */
export function cleanLines(text: string): string[] {
  return text
    .replace(ANSI, '')
    .replace(/\r\n?/g, '\n')
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')
    .split('\n');
}

/** True when the text holds a report header line, even with other text (a prompt, a question) around it. */
export function isDoctorReport(text: string): boolean {
  if (!text.includes('rootless-doctor report v1')) return false;
  return cleanLines(text).some((line) => HEADER_LINE.test(line));
}
