/**
 * Reading a report printed by `public/doctor.sh` out of whatever the user pasted: a shell prompt
 * before it, CRLF line ends, colour codes, trailing blanks, a cut-off end. Pure: no DOM, no fs.
 */
import { REPORT_KEYS, ReportSchema, type Report, type ReportKey } from '../schemas/report.ts';
import { cleanLines, HEADER_LINE, isHeaderlessReport, REPORT_HEADER } from './doctor-report-header.ts';

export { isDoctorReport, REPORT_HEADER } from './doctor-report-header.ts';

/** Lines longer than this are refused (the script never prints one; a paste with one is damaged or hostile). */
export const MAX_LINE_LENGTH = 4096;

/** What parseDoctorReport makes of a paste. */
export interface ParsedDoctorReport {
  /** Every known key, typed; a key that was missing or had a value its schema refuses holds `unknown`. */
  report: Report;
  /** Every `key=value` in the report as written (trimmed), unknown keys included; missing known keys are `unknown`. */
  values: Record<string, string>;
  /** The log section (between `# log` and `# end`), lines joined with \n. */
  log: string;
  /** The report format's version. */
  version: 1;
  /** Keys in the report that this site does not know (from a newer script, or typos). */
  unknownKeys: string[];
  /** What was wrong with the paste, one sentence each in Chinese (never fatal). */
  problems: string[];
  /**
   * False when too few of the report's keys could be read for its checks to mean anything (a paste mangled
   * on the way): "no known problem" would be a false all-clear, so the reader is told to copy it again.
   */
  readable: boolean;
}

/** A key line: lower-case key, `=` (blanks around it, as a mail client may add, allowed), the value. */
const KEY_LINE = /^([a-z][a-z0-9_]*)[ \t]*=(.*)$/;

/** A quote or indent that a mail client, a chat or a Markdown quote puts before every line (`> `, `| `, spaces). */
const QUOTE_PREFIX = /^[>|\s]*/;

/** At least this share of the report's keys must be read for the report to count as readable. */
const READABLE_SHARE = 0.5;

/** Parses a pasted report; never throws. Known keys are validated by ReportSchema, the rest kept as strings. */
export function parseDoctorReport(text: string): ParsedDoctorReport {
  const problems: string[] = [];
  const values: Record<string, string> = {};
  const unknownKeys: string[] = [];
  const logLines: string[] = [];
  const lines = cleanLines(typeof text === 'string' ? text : '');

  const start = lines.findIndex((line) => HEADER_LINE.test(line));
  const headerless = start < 0 && isHeaderlessReport(lines);
  // The quote before the header (`> ` of a mail reply), or before the first key of a report without one, comes
  // before every line of the report: it goes, whole.
  const quoted = start >= 0 ? lines[start]!.slice(0, lines[start]!.indexOf('# rootless-doctor')) : headerless ? (lines.find((l) => KEY_LINE.test(l.replace(QUOTE_PREFIX, ''))) ?? '') : '';
  const quote = QUOTE_PREFIX.exec(quoted)?.[0] ?? '';
  const mark = quote.trimEnd();
  const unquote = (line: string) => {
    if (quote !== '' && line.startsWith(quote)) return line.slice(quote.length);
    // A quoted empty line is often its mark alone (`>`).
    return mark !== '' && line.startsWith(mark) ? line.slice(mark.length) : line;
  };
  if (headerless) problems.push(`没有“${REPORT_HEADER}”这一行（第一行没有复制上）：仍按诊断报告读取`);
  else if (start < 0) problems.push(`没有“${REPORT_HEADER}”这一行：这不是诊断报告，或者第一行没有复制上`);
  // The log ends at the last `# end`: a log line could itself read "# end".
  let end = -1;
  for (let i = lines.length - 1; i > start; i--) {
    if (lines[i]!.replace(QUOTE_PREFIX, '').trim() === '# end') { end = i; break; }
  }
  if (start >= 0 && end < 0) problems.push('没有“# end”这一行：报告可能没有复制完整');

  const known = new Set<string>(REPORT_KEYS);
  let inLog = false;
  const stop = end < 0 ? lines.length : end;
  for (let i = start + 1; i < stop; i++) {
    const raw = unquote(lines[i]!);
    if (raw.length > MAX_LINE_LENGTH) {
      problems.push(`第 ${i + 1} 行超过 ${MAX_LINE_LENGTH} 个字符，已忽略`);
      continue;
    }
    if (inLog) {
      logLines.push(raw.replace(/[ \t]+$/, ''));
      continue;
    }
    const line = raw.trim();
    if (line === '') continue;
    if (line === '# log') { inLog = true; continue; }
    if (line.startsWith('#')) continue; // `# source: …` and other comments
    const m = KEY_LINE.exec(line);
    if (!m) {
      problems.push(`第 ${i + 1} 行不是 key=value 格式，已忽略：${quotedText(line)}`);
      continue;
    }
    const key = m[1]!;
    const value = m[2]!.trim();
    if (Object.hasOwn(values, key)) {
      problems.push(`${key} 出现了不止一次，只取第一个值`);
      continue;
    }
    values[key] = value;
    if (!known.has(key)) unknownKeys.push(key);
  }
  if (start >= 0 && !inLog) problems.push('没有“# log”这一行：报告里没有日志部分');

  const report: Record<string, unknown> = {};
  const missing: string[] = [];
  for (const key of REPORT_KEYS) {
    if (!Object.hasOwn(values, key)) {
      missing.push(key);
      values[key] = 'unknown';
      report[key] = 'unknown';
      continue;
    }
    report[key] = typedValue(key, values[key]!, problems);
  }
  const readable = REPORT_KEYS.length - missing.length >= READABLE_SHARE * REPORT_KEYS.length;
  if (!readable) problems.push(`报告里只读到 ${REPORT_KEYS.length - missing.length} 个键（共 ${REPORT_KEYS.length} 个）：报告在复制或转发时被改乱了，检查结果不可信。请重新运行 doctor.sh，把输出原样粘贴进来`);
  else if (missing.length > 0) problems.push(`报告里缺少这些键，按 unknown 处理：${missing.join('、')}`);

  while (logLines.length > 0 && logLines[logLines.length - 1] === '') logLines.pop();
  return { report: report as Report, values, log: logLines.join('\n'), version: 1, unknownKeys, problems, readable };
}

/** The typed value of a known key, or `unknown` (with a problem noted) when its schema refuses the text. */
function typedValue(key: ReportKey, value: string, problems: string[]): unknown {
  const result = ReportSchema.shape[key].safeParse(value);
  if (result.success && result.data !== undefined) return result.data;
  problems.push(`${key}=${quotedText(value)} 不是这个键的有效值，按 unknown 处理`);
  return 'unknown';
}

/**
 * Text from the paste, quoted for a message that is printed (a terminal) or shown: its first 80 characters, with
 * control and hidden characters (C1's CSI, a bidi override) written as `\u…` instead of sent as they are.
 */
function quotedText(text: string): string {
  return JSON.stringify(text.slice(0, 80)).replace(/[\p{Cc}\p{Cf}\u2028\u2029]/gu, (c) => `\\u${(c.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}`);
}
