/**
 * Cross-file content checks that no single schema can make: links between entries, distro and
 * release ids, package keys, duplicate slugs, version ranges of variant steps. Pure: the caller
 * loads the files and passes them in.
 */
import type { Distro } from '../schemas/distro.ts';
import type { Condition } from '../schemas/condition.ts';
import type { Entry, FixStep } from '../schemas/entry.ts';
import type { Limitation } from '../schemas/limitation.ts';
import { canonicalForm } from './match-model.ts';
import { tellApartStep } from './search-index-build.ts';
import { parseRange, rangesOverlap, type VersionRange } from './version-range.ts';

/** A content file with its validated data and the path it came from (for messages). */
export interface Loaded<T> {
  /** The slug (file name without extension). */
  slug: string;
  /** Path relative to the project, for error messages. */
  file: string;
  /** Validated frontmatter or data. */
  data: T;
}

/** Everything the checks look at. */
export interface ContentSet {
  /** Troubleshooting entries. */
  entries: readonly Loaded<Entry>[];
  /** Known limitations. */
  limitations: readonly Loaded<Limitation>[];
  /** Distro families. */
  distros: readonly Loaded<Distro>[];
}

/** Every release id the distros define, with its distro id. */
export function releaseIds(distros: readonly Loaded<Distro>[]): Map<string, string> {
  return new Map(distros.flatMap((d) => d.data.releases.map((r) => [r.id, d.data.id] as const)));
}

/** Problems of a `when` condition that need other files: unknown release ids. */
function conditionProblems(file: string, where: string, when: Condition | undefined, releases: Map<string, string>): string[] {
  return (when?.releases ?? []).filter((r) => !releases.has(r))
    .map((r) => `${file}: ${where}: release "${r}" is not defined by any distro's releases (known: ${[...releases.keys()].join(', ')})`);
}

/** Items with the same title are variants of one step or check: their Engine ranges must not overlap. */
function overlappingVariants(file: string, kind: string, items: readonly { title: string; when?: Condition | undefined }[]): string[] {
  const problems: string[] = [];
  const byTitle = new Map<string, VersionRange[]>();
  for (const item of items) {
    const text = item.when?.engine;
    const range = text === undefined ? {} : parseRange(text);
    if (typeof range === 'string') continue;
    const earlier = byTitle.get(item.title) ?? [];
    if (earlier.some((r) => rangesOverlap(r, range))) {
      problems.push(`${file}: ${kind} "${item.title}" appears twice for the same Engine versions; give the variants disjoint \`when.engine\` ranges or different titles`);
    }
    byTitle.set(item.title, [...earlier, range]);
  }
  return problems;
}

/** Words by which a check points to another check, or to a fix, on the entry page (上一条, 第二条, 方案一…). */
const OTHER_STEP = /上一条|下一条|上一步|下一步|前[一两二三]条|第[一二三四五六七八九\d]+[条步]|方案[一二三四五\d]/;

/** Lists every cross-reference problem, each naming the file and the fix; empty when content is sound. */
export function findIntegrityProblems({ entries, limitations, distros }: ContentSet, unparsedSlugs: readonly string[] = []): string[] {
  const problems: string[] = [];
  const distroIds = new Set(distros.map((d) => d.data.id));
  const releases = releaseIds(distros);
  const seen = new Map<string, string>();
  for (const item of [...entries, ...limitations]) {
    const other = seen.get(item.slug);
    if (other) problems.push(`${item.file}: slug "${item.slug}" is also used by ${other}; rename one file (slugs are ids for search and the wizard)`);
    seen.set(item.slug, item.file);
  }
  // A file that failed to parse still exists: links to it are not reported on top of its own problem.
  const known = new Set([...seen.keys(), ...unparsedSlugs]);
  for (const d of distros) {
    if (d.slug !== d.data.id) problems.push(`${d.file}: id "${d.data.id}" differs from the file name; name the file ${d.data.id}.yaml`);
    for (const r of d.data.releases) {
      if (r.like !== undefined && releases.get(r.like) !== d.data.id) problems.push(`${d.file}: release "${r.id}" is like "${r.like}", which is not a release of ${d.data.id}`);
    }
  }
  const releaseOwners = new Map<string, string>();
  for (const d of distros) for (const r of d.data.releases) {
    const other = releaseOwners.get(r.id);
    if (other) problems.push(`${d.file}: release id "${r.id}" is also defined by ${other}; release ids must be unique`);
    releaseOwners.set(r.id, d.file);
  }
  for (const item of [...entries, ...limitations]) {
    for (const slug of item.data.related) {
      if (slug === item.slug) problems.push(`${item.file}: related lists the entry itself ("${slug}"); remove it`);
      else if (!known.has(slug)) problems.push(`${item.file}: related slug "${slug}" does not exist; use one of the slugs in src/content/docs/troubleshooting or limitations`);
    }
  }
  for (const e of entries) {
    for (const slug of e.data.setting?.over ?? []) {
      if (slug === e.slug) problems.push(`${e.file}: setting.over lists the entry itself ("${slug}"); list the entries whose errors this setting also produces`);
      else if (!known.has(slug)) problems.push(`${e.file}: setting.over slug "${slug}" does not exist; use one of the slugs in src/content/docs/troubleshooting or limitations`);
    }
  }
  for (const e of entries) {
    const steps = e.data.fixes.flatMap((alt) => alt.steps);
    const named = new Set([...(e.data.distros ?? []), ...steps.flatMap((s) => (s.action.kind === 'byDistro' ? Object.keys(s.action.templates) : []))]);
    for (const id of named) {
      if (!distroIds.has(id)) problems.push(`${e.file}: distro "${id}" is not in src/content/distros/ (known: ${[...distroIds].join(', ')})`);
    }
    for (const step of steps) {
      if (step.action.kind === 'install') {
        for (const key of step.action.packages) {
          if (!distros.some((d) => key in d.data.packages)) problems.push(`${e.file}: package key "${key}" in step "${step.title}" is not defined by any distro's packages`);
        }
      }
      problems.push(...conditionProblems(e.file, `step "${step.title}"`, step.when, releases));
      const interactive = step.example || step.byHand ? undefined : interactiveCommand(step.action);
      if (interactive !== undefined) problems.push(`${e.file}: step "${step.title}" runs ${interactive}, which opens a session or an editor or stays in the foreground, so a generated script would hang there; add \`byHand: true\` to the step`);
    }
    for (const d of e.data.diagnose) problems.push(...conditionProblems(e.file, `diagnose "${d.title}"`, d.when, releases));
    for (const v of e.data.verify) problems.push(...conditionProblems(e.file, `verify "${v.run}"`, v.when, releases));
    for (const alt of e.data.fixes) problems.push(...overlappingVariants(e.file, 'step', alt.steps));
    problems.push(...overlappingVariants(e.file, 'diagnose', e.data.diagnose));
    const check = tellApartStep(e.data);
    if (check !== undefined && OTHER_STEP.test(`${check.title} ${check.bad}`)) {
      problems.push(`${e.file}: the first check ("${check.title}") is shown alone when search finds two close causes, but it points to another check or a fix (上一条, 第二条, 方案一…); say what it needs in its own words, or put a self-contained check first`);
    }
    const ids = e.data.fixes.map((a) => a.id);
    if (new Set(ids).size !== ids.length) problems.push(`${e.file}: two fix alternatives share an id; give each a different \`id\``);
  }
  problems.push(...lookalikeProblems(entries, limitations));
  const entrySlugs = new Set(entries.map((e) => e.slug));
  for (const e of entries) problems.push(...detectProblems(e, entrySlugs));
  problems.push(...afterCycles(entries));
  for (const d of distros) {
    for (const hint of d.data.hints) {
      if (hint.entry && !known.has(hint.entry)) problems.push(`${d.file}: hint links to "${hint.entry}", which does not exist`);
    }
  }
  return problems;
}

/** An entry's `detect` naming itself, an entry that does not exist, or a fix it does not have. */
function detectProblems(e: ContentSet['entries'][number], entrySlugs: ReadonlySet<string>): string[] {
  const detect = e.data.detect;
  if (detect === undefined) return [];
  const problems: string[] = [];
  const named = [...(Array.isArray(detect.covers) ? detect.covers.map((s) => ['covers', s] as const) : []), ...detect.after.map((s) => ['after', s] as const)];
  for (const [field, slug] of named) {
    if (slug === e.slug) problems.push(`${e.file}: detect.${field} names the entry itself; remove "${slug}"`);
    else if (!entrySlugs.has(slug)) problems.push(`${e.file}: detect.${field} slug "${slug}" is not a troubleshooting entry; use a file name from src/content/docs/troubleshooting`);
  }
  const ids = e.data.fixes.map((a) => a.id);
  for (const rule of detect.rules) {
    if (rule.fix !== undefined && !ids.includes(rule.fix)) problems.push(`${e.file}: detect rule "${rule.says}" names fix "${rule.fix}", which is not one of this entry's fixes (${ids.join(', ')})`);
  }
  return problems;
}

/**
 * Commands a generated script must not run: a login shell (`machinectl shell`, `su`, `sudo -i`, `ssh`, `newgrp`),
 * an editor (`sudoedit`, `sudo -e`, `visudo`, `systemctl edit`, `crontab -e`, `vi`, `nano`), a command that follows a
 * log for ever (`journalctl -f`, `tail -f`), or the daemon in the foreground (`dockerd-rootless.sh` ending its line,
 * not in a pipe or in the background). Not `su -c …` or `visudo -c`, which run and return.
 */
const INTERACTIVE_COMMAND = new RegExp([
  String.raw`\bmachinectl\s+shell\b`, String.raw`\bsudoedit\b`, String.raw`\bsudo\s+-[eis]\b`, String.raw`\bvisudo\b(?!\s+-c\b)`,
  String.raw`\bsystemctl\s+(?:--user\s+)?edit\b`, String.raw`\bcrontab\s+-e\b`, String.raw`\bnewgrp\b`, String.raw`(?:^|[;&|(]\s*|\bsudo\s+|\bexec\s+)su\b(?![^\n]*\s-c\b)`,
  String.raw`(?:^|[;&|(]\s*|\bsudo\s+)\s*(?:vi|vim|nano|emacs)\b`, String.raw`(?:^|[;&|(]\s*)ssh\s`, String.raw`\b(?:journalctl|tail)\b[^\n|]*\s-f\b`,
  String.raw`(?:^|[;&(][ \t]*|\bexec[ \t]+|=\S*[ \t]+)(?:\S*\/)?dockerd-rootless\.sh\b[^\n|&;]*$`,
].join('|'), 'm');

/** The interactive command a step's commands run (INTERACTIVE_COMMAND), as written, or undefined. */
function interactiveCommand(action: FixStep['action']): string | undefined {
  const texts = action.kind === 'run' ? [action.template] : action.kind === 'byDistro' ? Object.values(action.templates).filter((t): t is string => t !== null) : [];
  for (const text of texts) {
    const m = INTERACTIVE_COMMAND.exec(text);
    if (m) return `\`${m[0].trim()}\``;
  }
  return undefined;
}

/** A cycle in the entries' `detect.after` (no order could satisfy it), as one problem per cycle found. */
function afterCycles(entries: ContentSet['entries']): string[] {
  const after = new Map(entries.map((e) => [e.slug, e.data.detect?.after ?? []]));
  const files = new Map(entries.map((e) => [e.slug, e.file]));
  const problems: string[] = [];
  const done = new Set<string>();
  const visit = (slug: string, path: string[]): void => {
    if (path.includes(slug)) {
      const cycle = [...path.slice(path.indexOf(slug)), slug];
      problems.push(`${files.get(slug)}: detect.after goes round in a circle (${cycle.join(' → ')}); remove one of these`);
      return;
    }
    if (done.has(slug)) return;
    for (const next of after.get(slug) ?? []) visit(next, [...path, slug]);
    done.add(slug);
  };
  for (const e of entries) visit(e.slug, []);
  return problems;
}

/**
 * A look-alike says "this text is not this problem": if it is also an entry's error, log line or
 * symptom, or a limitation's error or symptom, as search reads them (canonical form: case, numbers, paths and
 * a trailing dot aside), it would cancel that item's own evidence; two entries listing one look-alike
 * would leave search to pick whose page explains it.
 */
function lookalikeProblems(entries: readonly Loaded<Entry>[], limitations: readonly Loaded<Limitation>[]): string[] {
  const problems: string[] = [];
  const key = (text: string) => canonicalForm(text).replace(/[.。\s]+$/u, '');
  const said = new Map<string, string>();
  for (const e of entries) for (const text of [...e.data.errors, ...e.data.logLines, ...e.data.symptoms]) said.set(key(text), e.file);
  for (const l of limitations) for (const text of [...l.data.errors, ...l.data.symptoms]) said.set(key(text), l.file);
  const listed = new Map<string, string>();
  for (const e of entries) {
    for (const { error } of e.data.lookalikes) {
      const k = key(error);
      const owner = said.get(k);
      if (owner) problems.push(`${e.file}: look-alike "${error}" is also an error or symptom of ${owner === e.file ? 'this entry' : owner}; a text cannot be both this problem and not it: remove one`);
      const other = listed.get(k);
      if (other && other !== e.file) problems.push(`${e.file}: look-alike "${error}" is also listed by ${other}; keep it on the one entry whose page explains it`);
      listed.set(k, e.file);
    }
  }
  return problems;
}
