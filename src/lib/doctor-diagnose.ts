/**
 * A doctor report diagnosed: every problem the entries' `detect` rules find, plus what the log
 * section's errors point to, in the order they must be fixed (phase, then each entry's `after`),
 * each with its first fix rendered for this machine, and one script that fixes them all. Checks that
 * passed and checks the report could not answer are listed too. Pure: the caller passes the data
 * (doctor-data.ts) and, for the log, the error matcher.
 */
import type { Distro } from '../schemas/distro.ts';
import type { Detect } from '../schemas/detect.ts';
import type { Phase } from '../schemas/entry.ts';
import { detectEntry, type CheckedFact } from './doctor-detect.ts';
import type { ParsedDoctorReport } from './doctor-report.ts';
import { machineSetup, type MachineSetup } from './doctor-setup.ts';
import { combinedScript } from './combined-script.ts';
import { startsByHand } from './fix-script.ts';
import { viewFix, type AlternativeView, type CheckView, type FixEntry } from './fix-view.ts';
import type { Match, MatchOutcome } from './matcher.ts';
import { PHASE_LABELS } from './phases.ts';

/** Bump when the shape of DoctorData changes. */
export const DOCTOR_DATA_VERSION = 1;

/** Checks the shape of doctor data read from a file or the network, so stale or broken copies are refused. */
export function isDoctorData(value: unknown): value is DoctorData {
  const v = value as Partial<DoctorData> | null;
  return typeof v === 'object' && v !== null && v.version === DOCTOR_DATA_VERSION && Array.isArray(v.entries) && Array.isArray(v.distros);
}

/** A troubleshooting entry as the doctor needs it. */
export interface DoctorEntry {
  slug: string;
  title: string;
  /** Page path from the site root, e.g. `/troubleshooting/<slug>/`. */
  path: string;
  phase: Phase;
  summary: string;
  detect?: Detect;
  /** The checks and fixes, for rendering this machine's commands. */
  fix: FixEntry;
}

/** Everything the doctor reads besides the report (`doctor-data.json`). */
export interface DoctorData {
  version: number;
  distros: Distro[];
  entries: DoctorEntry[];
}

/** Why a problem is listed. */
export type Evidence =
  | { kind: 'report'; says: string; facts: CheckedFact[]; fix?: string }
  | { kind: 'log'; line: string; signature: string };

/** One problem found, with its fix for this machine. */
export interface Problem {
  slug: string;
  title: string;
  path: string;
  phase: Phase;
  evidence: Evidence;
  /** The entry's first way to fix it, for this machine. */
  fix: AlternativeView;
  /** How many other ways the entry page offers. */
  otherFixes: number;
  /** How to see that the fix worked. */
  verify: CheckView[];
}

/** An entry the report ruled out, or could not answer. */
export interface CheckedEntry { slug: string; title: string; path: string; facts: CheckedFact[] }

/** The whole answer to a report. */
export interface Diagnosis {
  machine: MachineSetup;
  /** In the order to fix them. */
  problems: Problem[];
  /** Entries whose rules were checked and do not hold. */
  passed: CheckedEntry[];
  /** Entries whose rules need values the report does not have. */
  unchecked: CheckedEntry[];
  /** When the log's errors point at two close causes: both, for the reader to check. */
  logHints: Match[];
  /** The log's answers that the report rules out: the line reads like that entry's error, but its cause is elsewhere. */
  logRuledOut: Match[];
  /** One script fixing every problem in order; undefined when nothing was found. */
  script: string | undefined;
  /** How the paste read as a report: whether enough keys could be read to trust the checks, and what was wrong with it (Chinese). */
  report: { readable: boolean; problems: string[]; unknownKeys: string[] };
}

/** Orders problems: by phase, except that each comes after the entries its `after` names (of any phase), then by slug. */
export function fixOrder<T extends { slug: string; phase: Phase }>(items: readonly T[], after: (slug: string) => readonly string[]): T[] {
  const phases = Object.keys(PHASE_LABELS) as Phase[];
  const sorted = [...items].sort((a, b) => phases.indexOf(a.phase) - phases.indexOf(b.phase) || a.slug.localeCompare(b.slug));
  const out: T[] = [];
  const placed = new Set<string>();
  const present = new Set(items.map((i) => i.slug));
  while (out.length < sorted.length) {
    const next = sorted.find((i) => !placed.has(i.slug) && after(i.slug).every((s) => placed.has(s) || !present.has(s)))
      ?? sorted.find((i) => !placed.has(i.slug))!; // a cycle (refused at build) cannot stall the order
    out.push(next);
    placed.add(next.slug);
  }
  return out;
}

/** The script's header lines (Chinese comments). */
function scriptHeader(problems: readonly Problem[], machine: MachineSetup): string[] {
  const values = Object.entries(machine.input).map(([k, v]) => `${k}=${v}`).join(' ');
  return [
    `rootless-doctor 按诊断报告生成的修复脚本：${problems.length} 个问题，按顺序修复`,
    `适用于：${machine.text}`,
    ...(values !== '' ? [`报告里的值：${values}`] : ['命令在运行时读取当前用户的值']),
    // A refused value is read at run time ("$(whoami)"): the script must be run as that user, and says why.
    ...machine.refused.map((line) => `注意：${line}`),
    '以出问题的 rootless 用户身份运行；需要 root 的命令会自己调用 sudo。运行前请先读一遍。',
  ];
}

/** Diagnoses a parsed report; `matchLog` ranks the log section's errors (the site's error matcher). */
export function diagnose(parsed: ParsedDoctorReport, data: DoctorData, matchLog?: (log: string) => MatchOutcome): Diagnosis {
  const machine = machineSetup(parsed.report, parsed.values, data.distros);
  const bySlug = new Map(data.entries.map((e) => [e.slug, e]));
  const found = new Map<string, Evidence>();
  const passed: CheckedEntry[] = [];
  const unchecked: CheckedEntry[] = [];
  const ruledOut = new Set<string>();
  const listed = (e: DoctorEntry, facts: CheckedFact[]): CheckedEntry => ({ slug: e.slug, title: e.title, path: e.path, facts });

  for (const entry of data.entries) {
    if (entry.detect === undefined) continue;
    const outcome = detectEntry(entry.detect, parsed);
    if (outcome.status === 'found' && outcome.found) found.set(entry.slug, { kind: 'report', ...outcome.found });
    else if (outcome.status === 'passed') { passed.push(listed(entry, outcome.facts)); ruledOut.add(entry.slug); }
    else unchecked.push(listed(entry, outcome.facts));
  }

  let logHints: Match[] = [];
  let logRuledOut: Match[] = [];
  if (matchLog !== undefined && parsed.log.trim() !== '') {
    const outcome = matchLog(parsed.log);
    // Two close causes: the report may settle it (one found or ruled out by the rules); else both are hints.
    const candidates = outcome.confidence === 'high' ? outcome.results.slice(0, 1) : outcome.confidence === 'ambiguous' ? outcome.results.slice(0, 2) : [];
    const open = candidates.some((m) => found.has(m.slug)) ? [] : candidates.filter((m) => !ruledOut.has(m.slug));
    // Said, not dropped unseen: the reader knows the line and that its look-alike cause is not it.
    logRuledOut = candidates.some((m) => found.has(m.slug)) ? [] : candidates.filter((m) => ruledOut.has(m.slug));
    const [only] = open;
    if (open.length === 1 && only !== undefined && bySlug.has(only.slug)) found.set(only.slug, { kind: 'log', line: only.line, signature: only.signature });
    else if (open.length > 1) logHints = open;
  }

  // An entry that explains others hides them; `all` hides everything else (e.g. a report taken as root).
  for (const slug of [...found.keys()]) {
    const covers = bySlug.get(slug)?.detect?.covers;
    if (covers === undefined || !found.has(slug)) continue;
    for (const other of [...found.keys()]) if (other !== slug && (covers === 'all' || covers.includes(other))) found.delete(other);
    if (covers === 'all') {
      // The report describes another account's state: what passed there says nothing about the user's.
      logHints = [];
      logRuledOut = [];
      passed.length = 0;
      unchecked.length = 0;
    }
  }

  const entries = [...found.keys()].map((slug) => bySlug.get(slug)!);
  const ordered = fixOrder(entries, (slug) => bySlug.get(slug)?.detect?.after ?? []);
  const problems = ordered.map((entry): Problem => {
    const view = viewFix({ slug: entry.slug, entry: entry.fix }, machine.setup, machine.values, data.distros);
    const evidence = found.get(entry.slug)!;
    const chosen = (evidence.kind === 'report' && view.alternatives.find((a) => a.id === evidence.fix)) || view.alternatives[0];
    return {
      slug: entry.slug, title: entry.title, path: entry.path, phase: entry.phase, evidence,
      fix: chosen ?? { id: 'fix', label: '', steps: [] }, otherFixes: Math.max(0, view.alternatives.length - 1), verify: view.verify,
    };
  });
  // No script that would stop before doing anything (its first step is run by hand), nor one for a report too
  // mangled to read (its values are mostly unknown): the steps are shown for each problem instead.
  const steps = problems.flatMap((p) => p.fix.steps.filter((s) => !s.restart));
  const script = problems.length === 0 || !parsed.readable || startsByHand(steps) ? undefined
    : combinedScript(problems.map((p) => ({ title: p.title, steps: p.fix.steps, blocksStart: p.phase === 'install' || p.phase === 'daemon-start' })), scriptHeader(problems, machine), machine.setup.unit === false);
  return { machine, problems, passed, unchecked, logHints, logRuledOut, script, report: { readable: parsed.readable, problems: parsed.problems, unknownKeys: parsed.unknownKeys } };
}
