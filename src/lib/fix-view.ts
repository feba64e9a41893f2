/**
 * The one view model of an entry's checks and fix, for every place that shows them: the entry
 * page (every setup, in version and distro tabs, limited steps labelled), the generator (exactly
 * the user's setup and values) and the search results (the common setup). One renderer
 * (src/components/fix/StepList.tsx) draws what this computes.
 */
import type { Distro } from '../schemas/distro.ts';
import type { Condition } from '../schemas/condition.ts';
import type { Entry, FixStep } from '../schemas/entry.ts';
import type { CommandValues } from './command-values.ts';
import { conditionHolds, describeCondition, type Setup } from './conditions.ts';
import { INSTALL_TOOL_COMMAND, renderAction, RESTART_WITHOUT_SYSTEMD, type RenderContext, type StepBody } from './step-render.ts';
import { placeholdersOf, renderTemplate, TEMPLATE_VALUE_NAMES, type TemplateValueName } from './template.ts';
import { parseRange, versionBuckets, type VersionBucket, type VersionRange } from './version-range.ts';

/** One fix step as shown. */
export interface StepView {
  title: string;
  note?: string;
  /** "仅适用于：…" on entry pages, where every setup's steps are shown. */
  condition?: string;
  /** Shown, never put into a script. */
  example: boolean;
  /** Run by hand in the reader's terminal (a login shell, an editor, a daemon in the foreground): a script stops before it. */
  byHand?: true;
  body: StepBody;
  /** Extra line for hosts the commands do not cover (a restart without systemd), entry pages only. */
  aside?: string;
  /** A restart of the daemon: a script that fixes several problems restarts once, at the end. */
  restart?: true;
}

/** One way to fix the problem, as shown. */
export interface AlternativeView {
  id: string;
  /** Empty when the entry has one way only. */
  label: string;
  note?: string;
  steps: StepView[];
}

/** A diagnose or verify check as shown. */
export interface CheckView {
  /** What it looks at (diagnose) — empty for verify checks. */
  title: string;
  body: StepBody;
  /** Output when this is the problem (diagnose). */
  bad?: string;
  /** Output when all is well (diagnose), or after the fix (verify). */
  good?: string;
}

/** Everything shown for one setup. */
export interface FixView {
  diagnose: CheckView[];
  alternatives: AlternativeView[];
  verify: CheckView[];
}

/** What the view needs of an entry's data. */
export type FixEntry = Pick<Entry, 'diagnose' | 'fixes' | 'verify' | 'distros'>;

/** The part of an entry the view needs (the entry's data, its slug for file names). */
export interface FixSource {
  slug: string;
  entry: FixEntry;
}

/** Only the parts of an entry its fixes are rendered from (what the wizard's fix files and the doctor's data carry). */
export function fixEntryOf(entry: FixEntry): FixEntry {
  const { diagnose, fixes, verify, distros } = entry;
  return { diagnose, fixes, verify, ...(distros !== undefined && { distros }) };
}

/** The title of a restart step where there is no docker user unit yet: the install tool writes it, starts the daemon and enables it. */
export const INSTALL_TOOL_TITLE = '重新运行安装工具：写好 docker 用户服务、启动守护进程并设为自启';

/** Renders a check's command: commands, or which values are missing. */
function checkBody(template: string, values: Partial<CommandValues>): StepBody {
  const missing = placeholdersOf(template).filter((n): n is TemplateValueName => !(n in values));
  return missing.length > 0 ? { kind: 'needs-value', names: missing } : { kind: 'commands', text: renderTemplate(template, values as CommandValues) };
}

/** The view for one setup; `labelled` (entry pages) keeps steps for open choices and labels them. */
export function viewFix(source: FixSource, setup: Setup, values: Partial<CommandValues>, distros: readonly Distro[], labelled = false): FixView {
  const ctx: RenderContext = { setup, values, distros, slug: source.slug };
  const step = (s: FixStep): StepView => {
    const condition = labelled ? describeCondition(s.when, setup.distro) : undefined;
    const aside = labelled && s.action.kind === 'restart' ? RESTART_WITHOUT_SYSTEMD : undefined;
    const body = renderAction(s.action, ctx);
    // Where the install tool never finished, a restart renders as that tool run again: its title says so.
    const title = s.action.kind === 'restart' && body.kind === 'commands' && body.text === INSTALL_TOOL_COMMAND ? INSTALL_TOOL_TITLE : s.title;
    return {
      title, example: s.example, body,
      ...(s.note !== undefined && { note: s.note }), ...(condition !== undefined && { condition }), ...(aside !== undefined && { aside }),
      ...(s.action.kind === 'restart' && { restart: true as const }),
      ...(s.byHand && { byHand: true as const }),
    };
  };
  const holds = (when: Condition | undefined) => conditionHolds(when, setup);
  return {
    diagnose: source.entry.diagnose.filter((d) => holds(d.when)).map((d) => ({
      title: d.title, body: checkBody(d.run, values), bad: d.bad, ...(d.good !== undefined && { good: d.good }),
    })),
    alternatives: source.entry.fixes.map((alt) => ({
      id: alt.id, label: alt.label, ...(alt.note !== undefined && { note: alt.note }),
      steps: alt.steps.filter((s) => holds(s.when)).map(step),
    })),
    verify: source.entry.verify.filter((v) => holds(v.when)).map((v) => ({ title: '', body: checkBody(v.run, values), good: v.expect })),
  };
}

/** Every `when` of an entry. */
function conditionsOf(entry: FixSource['entry']): (Condition | undefined)[] {
  return [...entry.diagnose.map((d) => d.when), ...entry.fixes.flatMap((a) => a.steps.map((s) => s.when)), ...entry.verify.map((v) => v.when)];
}

/** RootlessKit ranges as the Engine releases that bundle them (v3 from Engine v29.5), so they split the same tabs. */
const ROOTLESSKIT_AS_ENGINE: Record<string, string> = { '>=3.0': '>=29.5', '<3.0': '<29.5' };

/** The Engine ranges an entry's conditions use, parsed. */
function engineRanges(entry: FixSource['entry']): VersionRange[] {
  return conditionsOf(entry).flatMap((w) => [w?.engine, w?.rootlesskit === undefined ? undefined : ROOTLESSKIT_AS_ENGINE[w.rootlesskit.replaceAll(' ', '')] ?? w.rootlesskit])
    .filter((t): t is string => t !== undefined)
    .map(parseRange)
    .filter((r): r is VersionRange => typeof r !== 'string');
}

/** The Engine version tabs an entry needs (newest first); empty when nothing differs by version. */
export function engineBuckets(entry: FixSource['entry']): VersionBucket[] {
  return versionBuckets(engineRanges(entry));
}

/** True when the entry's steps depend on a setup choice (so the generator offers that control). */
export function dependsOn(source: FixSource, base: Setup, change: Partial<Setup>, values: Partial<CommandValues>, distros: readonly Distro[]): boolean {
  const a = JSON.stringify(viewFix(source, base, values, distros));
  const b = JSON.stringify(viewFix(source, { ...base, ...change }, values, distros));
  return a !== b;
}

/** Content shown in version tabs, distro tabs, both (versions outside) or neither. */
export type Tabbed<T> =
  | { kind: 'single'; content: T }
  | { kind: 'distros'; tabs: { label: string; content: T }[] }
  | { kind: 'versions'; tabs: { label: string; inner: Tabbed<T> }[] };

/** Tabs only where the content differs: by version (outer), then by distro (inner). */
export function tabbed<T>(render: (distro: Distro, bucket: VersionBucket | undefined) => T, distros: readonly Distro[], buckets: readonly VersionBucket[]): Tabbed<T> {
  const same = <U,>(xs: U[]) => xs.every((x) => JSON.stringify(x) === JSON.stringify(xs[0]));
  const byDistro = (bucket: VersionBucket | undefined): Tabbed<T> => {
    const views = distros.map((d) => render(d, bucket));
    return same(views) ? { kind: 'single', content: views[0] as T } : { kind: 'distros', tabs: distros.map((d, i) => ({ label: d.tab, content: views[i] as T })) };
  };
  if (buckets.length === 0) return byDistro(undefined);
  const inner = buckets.map(byDistro);
  return same(inner) ? (inner[0] as Tabbed<T>) : { kind: 'versions', tabs: buckets.map((b, i) => ({ label: `Engine ${b.label}`, inner: inner[i] as Tabbed<T> })) };
}

/** The entry page's view: every section in the tabs it needs, rendered with the default values and labelled. */
export function pageView(source: FixSource, distros: readonly Distro[], values: Partial<CommandValues>): {
  diagnose: Tabbed<CheckView[]>; alternatives: { id: string; label: string; note?: string; steps: Tabbed<StepView[]> }[]; verify: Tabbed<CheckView[]>;
} {
  const own = distros.filter((d) => source.entry.distros === undefined || source.entry.distros.includes(d.id));
  const buckets = engineBuckets(source.entry);
  const view = (d: Distro, b: VersionBucket | undefined) => viewFix(source, { distro: d, engine: b?.representative }, values, distros, true);
  return {
    diagnose: tabbed((d, b) => view(d, b).diagnose, own, buckets),
    alternatives: source.entry.fixes.map((alt, i) => ({
      id: alt.id, label: alt.label, ...(alt.note !== undefined && { note: alt.note }),
      steps: tabbed((d, b) => view(d, b).alternatives[i]?.steps ?? [], own, buckets),
    })),
    verify: tabbed((d, b) => view(d, b).verify, own, buckets),
  };
}

/** The value names an entry's commands use, in the order of TEMPLATE_VALUE_NAMES. */
export function fieldsOf(entry: FixSource['entry']): TemplateValueName[] {
  const texts = [
    ...entry.diagnose.map((d) => d.run),
    ...entry.verify.map((v) => v.run),
    ...entry.fixes.flatMap((a) => a.steps.map((s) => JSON.stringify(s.action))),
  ];
  const used = new Set(texts.flatMap(placeholdersOf));
  return TEMPLATE_VALUE_NAMES.filter((n) => used.has(n));
}
