/**
 * Reading a report printed by `public/doctor.sh` out of whatever the user pasted: a shell prompt
 * before it, CRLF line ends, colour codes, trailing blanks, a cut-off end. Pure: no DOM, no fs.
 */
import { REPORT_KEYS, ReportSchema, type Report, type ReportKey } from '../schemas/report.ts';
import { cleanLines, HEADER_LINE, REPORT_HEADER } from './doctor-report-header.ts';

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
}

/** A key line: lower-case key, `=`, the value. */
const KEY_LINE = /^([a-z][a-z0-9_]*)=(.*)$/;

/** Parses a pasted report; never throws. Known keys are validated by ReportSchema, the rest kept as strings. */
export function parseDoctorReport(text: string): ParsedDoctorReport {
  const problems: string[] = [];
  const values: Record<string, string> = {};
  const unknownKeys: string[] = [];
  const logLines: string[] = [];
  const lines = cleanLines(typeof text === 'string' ? text : '');

  const start = lines.findIndex((line) => HEADER_LINE.test(line));
  if (start < 0) problems.push(`没有“${REPORT_HEADER}”这一行：这不是诊断报告，或者第一行没有复制上`);
  // The log ends at the last `# end`: a log line could itself read "# end".
  let end = -1;
  for (let i = lines.length - 1; i > start; i--) {
    if (lines[i]!.trim() === '# end') { end = i; break; }
  }
  if (start >= 0 && end < 0) problems.push('没有“# end”这一行：报告可能没有复制完整');

  const known = new Set<string>(REPORT_KEYS);
  let inLog = false;
  const stop = end < 0 ? lines.length : end;
  for (let i = start + 1; i < stop; i++) {
    const raw = lines[i]!;
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
      problems.push(`第 ${i + 1} 行不是 key=value 格式，已忽略：${JSON.stringify(line.slice(0, 80))}`);
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
  if (start >= 0 && missing.length > 0) problems.push(`报告里缺少这些键，按 unknown 处理：${missing.join('、')}`);

  while (logLines.length > 0 && logLines[logLines.length - 1] === '') logLines.pop();
  return { report: report as Report, values, log: logLines.join('\n'), version: 1, unknownKeys, problems };
}

/** The typed value of a known key, or `unknown` (with a problem noted) when its schema refuses the text. */
function typedValue(key: ReportKey, value: string, problems: string[]): unknown {
  const result = ReportSchema.shape[key].safeParse(value);
  if (result.success && result.data !== undefined) return result.data;
  problems.push(`${key}=${JSON.stringify(value.slice(0, 80))} 不是这个键的有效值，按 unknown 处理`);
  return 'unknown';
}
