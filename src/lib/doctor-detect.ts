/**
 * Evaluates an entry's `detect` rules (src/schemas/detect.ts) against a parsed doctor report. A
 * fact on a value the script could not read (`unknown`) neither holds nor fails: the entry is then
 * "not checked" rather than ruled out, so the page never claims a check passed that was not made.
 */
import type { Detect, Fact } from '../schemas/detect.ts';
import type { Report, ReportKey } from '../schemas/report.ts';
import { inRange, parseRange, parseVersion, type Version } from './version-range.ts';

/** What a fact, a rule or a whole `detect` block says about a report. */
export type DetectStatus = 'found' | 'passed' | 'unchecked';

/** The report as the rules read it: typed values and the text as written. */
export interface ReportValues {
  report: Report;
  /** Every key's value as written (`unknown` when missing). */
  values: Record<string, string>;
}

/** A fact with the value the report gave its key. */
export interface CheckedFact { key: ReportKey; value: string; status: DetectStatus }

/** The outcome of one entry's rules. */
export interface DetectOutcome {
  status: DetectStatus;
  /** The rule that found the entry: its `says` line, the facts behind it and the fix it suits. */
  found?: { says: string; facts: CheckedFact[]; fix?: string };
  /** Every fact looked at (for "what was checked" under passed and unchecked entries), each key once. */
  facts: CheckedFact[];
}

/** The leading dotted number of a version as programs and kernels print it (6.8.0-45-generic → 6.8.0); undefined for date-like versions (passt's 2024_12_11). */
export function leadingVersion(text: string): Version | undefined {
  const m = /^v?(\d{1,4}(?:\.\d{1,4}){0,2})(?=$|[-+~\sa-z])/.exec(text.trim());
  return m ? parseVersion(m[1] ?? '') : undefined;
}

/** Whether one fact holds for the report. */
export function checkFact(fact: Fact, { report, values }: ReportValues): CheckedFact {
  const key = fact.key as ReportKey;
  const text = values[key] ?? 'unknown';
  const typed = report[key] as unknown;
  const result = (holds: boolean | undefined): CheckedFact => ({ key, value: text, status: holds === undefined ? 'unchecked' : holds ? 'found' : 'passed' });
  if (text === 'unknown' || typed === 'unknown' || typed === undefined) return result(undefined);
  if (fact.is !== undefined) return result(fact.is.includes(text));
  if (fact.not !== undefined) return result(!fact.not.includes(text));
  if (fact.below !== undefined || fact.above !== undefined) {
    if (typeof typed !== 'number') return result(undefined);
    return result((fact.below === undefined || typed < fact.below) && (fact.above === undefined || typed > fact.above));
  }
  if (fact.contains !== undefined || fact.lacks !== undefined) {
    if (!Array.isArray(typed)) return result(undefined);
    return result(fact.contains !== undefined ? typed.includes(fact.contains) : !typed.includes(fact.lacks));
  }
  if (fact.in !== undefined) {
    const version = leadingVersion(text);
    const range = parseRange(fact.in);
    if (version === undefined || typeof range === 'string') return result(undefined);
    return result(inRange(version, range));
  }
  return result(undefined);
}

/** Whether the entry is found, ruled out, or could not be checked. */
export function detectEntry(detect: Detect, report: ReportValues): DetectOutcome {
  const seen = new Map<ReportKey, CheckedFact>();
  let unchecked = false;
  for (const rule of detect.rules) {
    const facts = rule.all.map((f) => checkFact(f, report));
    for (const f of facts) if (!seen.has(f.key)) seen.set(f.key, f);
    if (facts.every((f) => f.status === 'found')) return { status: 'found', found: { says: rule.says, facts, ...(rule.fix !== undefined && { fix: rule.fix }) }, facts: [...seen.values()] };
    if (!facts.some((f) => f.status === 'passed')) unchecked = true;
  }
  return { status: unchecked ? 'unchecked' : 'passed', facts: [...seen.values()] };
}
