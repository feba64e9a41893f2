/**
 * Telling a doctor report from any other paste, cheaply: the search box checks every paste with
 * this before deciding between the error matcher and the doctor, so it stays tiny (the report's
 * parser and schema load only when a report arrives).
 */

/** The report's first line. */
export const REPORT_HEADER = '# rootless-doctor report v1';

/** Terminal escape sequences: CSI (colours, cursor), OSC (titles, links), and two-byte escapes. */
const ANSI = /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)|\u001b[@-Z\\-_]/g;

/** A header line, possibly after a shell prompt or a quote mark on the same line, possibly with blanks after it. */
export const HEADER_LINE = /(?:^|\s|>)# rootless-doctor report v1[ \t]*$/;

/** The text as lines: escape sequences removed, CRLF and lone CR made line ends, NUL and other controls (but tab) dropped. */
export function cleanLines(text: string): string[] {
  return text
    .replace(ANSI, '')
    .replace(/\r\n?/g, '\n')
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')
    .split('\n');
}

/**
 * Keys only the report prints, one per line as `key=value` (a quote mark or indent before it allowed): a paste
 * with REPORT_MARKERS_NEEDED of them is a report whose first line was not copied, not an error log. Each
 * names something only doctor.sh reads this way; none is a word a log line starts with.
 */
const MARKER_KEYS = '(subid_source|subid_malformed_lines|newuidmap_privileged|apparmor_rootlesskit_profile|xdg_runtime_dir_exists|xdg_runtime_dir_owner_is_user|home_bin_in_path|home_bin_dockerd|rootless_service_enabled|user_in_passwd|gid_is_primary|kernel_modules_dir|engine_reachable|rootful_socket_writable)';
/** A line that begins with one of MARKER_KEYS' keys and `=`. */
const REPORT_MARKER = new RegExp(String.raw`^[>|\s]*${MARKER_KEYS}[ \t]*=`);
/** How many different REPORT_MARKER keys make a paste a report without its header. */
const REPORT_MARKERS_NEEDED = 4;
/**
 * And how many `key=value` lines: a report prints over a hundred, so a forum post that quotes a few of them
 * above its error log (review) stays a log for the matcher.
 */
const REPORT_KEY_LINES_NEEDED = 40;
/** A `key=value` line as the report prints it, a quote mark or indent before it allowed. */
const KEY_VALUE_LINE = /^[>|\s]*[a-z][a-z0-9_]*[ \t]*=/;

/** True when the lines (cleanLines) are a report without its header line: several keys only the report prints, among many `key=value` lines. */
export function isHeaderlessReport(lines: readonly string[]): boolean {
  const seen = new Set<string>();
  let keyLines = 0;
  for (const line of lines) {
    if (!KEY_VALUE_LINE.test(line)) continue;
    keyLines += 1;
    const key = REPORT_MARKER.exec(line)?.[1];
    if (key !== undefined) seen.add(key);
  }
  return seen.size >= REPORT_MARKERS_NEEDED && keyLines >= REPORT_KEY_LINES_NEEDED;
}

/** A MARKER_KEYS key and `=` anywhere: one scan of the text, so a log (checked on every keystroke) is not split into lines for nothing. */
const ANY_REPORT_MARKER = new RegExp(String.raw`\b${MARKER_KEYS}[ \t]*=`);

/** True when the text holds a report header line, even with other text (a prompt, a question) around it, or is a report whose header was not copied. */
export function isDoctorReport(text: string): boolean {
  if (text.includes('rootless-doctor report v1') && cleanLines(text).some((line) => HEADER_LINE.test(line))) return true;
  return ANY_REPORT_MARKER.test(text) && isHeaderlessReport(cleanLines(text));
}
