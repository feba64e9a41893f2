/**
 * The one content loader: reads every content file from disk, validates it with its schema and
 * checks the links between files. The build (content collections and the build-time check), the
 * checks (`npm run check:content`) and the CLI all load content through here, so all see one truth.
 * File access lives here; parsing and checking are pure modules in src/lib.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { ZodType } from 'astro/zod';
import { findIntegrityProblems, releaseIds, type ContentSet, type Loaded } from '../lib/content-integrity.ts';
import { formatProblem, parseContentFile, type ContentProblem } from '../lib/content-parse.ts';
import { findTreeProblems, withDistroOptions } from '../lib/wizard-tree.ts';
import { DistroSchema } from '../schemas/distro.ts';
import { EntrySchema } from '../schemas/entry.ts';
import { LimitationSchema } from '../schemas/limitation.ts';
import { WizardSchema, type WizardTree } from '../schemas/wizard.ts';

/** Where each kind of content lives, relative to the project root. */
export const CONTENT_DIRS = {
  entries: 'src/content/docs/troubleshooting',
  limitations: 'src/content/docs/limitations',
  distros: 'src/content/distros',
} as const;

/** The decision tree's file, relative to the project root. */
export const WIZARD_FILE = 'src/content/wizard.yaml';

/** Content files are MDX (entries, limitations) or YAML (distros); nothing else in those folders counts. */
const CONTENT_FILE = /\.(mdx|yaml)$/;

/** All content: entries, limitations, distros and the decision tree (its distro answers filled in). */
export interface SiteContent extends ContentSet {
  /** The checked decision tree. */
  wizard: WizardTree;
}

/** Thrown with every problem found, one per line, each naming its file (and line). */
export class ContentError extends Error {
  /** Every problem, one line each. */
  readonly problems: string[];
  constructor(problems: string[], fix = 'Fix the files named above, then build again (npm run check:content checks in a second).') {
    super(`Content has ${problems.length} problem(s):\n${problems.map((p) => `  - ${p}`).join('\n')}\n${fix}`);
    this.problems = problems;
  }
}

/** The content files of a folder, sorted. */
function contentFiles(root: string, dir: string): string[] {
  return readdirSync(join(root, dir)).filter((name) => CONTENT_FILE.test(name)).sort();
}

/** Parses every file of a folder; files with problems are left out and named in `problems`, their slugs in `unparsed`. */
function loadFolder<T>(root: string, dir: string, schema: ZodType<T>, problems: ContentProblem[], unparsed: string[]): Loaded<T>[] {
  const out: Loaded<T>[] = [];
  for (const name of contentFiles(root, dir)) {
    const file = `${dir}/${name}`;
    const slug = name.replace(CONTENT_FILE, '');
    const result = parseContentFile(file, readFileSync(join(root, file), 'utf8'), schema);
    if ('problems' in result) {
      problems.push(...result.problems);
      unparsed.push(slug);
    } else out.push({ slug, file, data: result.data });
  }
  return out;
}

/** Reads and checks all content under `root` (the project folder), uncached; throws ContentError listing every problem. */
export function readContent(root: string): SiteContent {
  const problems: ContentProblem[] = [];
  const unparsed: string[] = [];
  const set: ContentSet = {
    entries: loadFolder(root, CONTENT_DIRS.entries, EntrySchema, problems, unparsed),
    limitations: loadFolder(root, CONTENT_DIRS.limitations, LimitationSchema, problems, unparsed),
    distros: loadFolder(root, CONTENT_DIRS.distros, DistroSchema, problems, unparsed),
  };
  const messages = problems.map(formatProblem);
  // Cross-file checks only where every file parsed, so one broken file reports one problem, not a cascade.
  const distrosParsed = set.distros.length === contentFiles(root, CONTENT_DIRS.distros).length;
  if (distrosParsed) messages.push(...findIntegrityProblems(set, unparsed));
  const tree = parseContentFile(WIZARD_FILE, readFileSync(join(root, WIZARD_FILE), 'utf8'), WizardSchema);
  if ('problems' in tree) messages.push(...tree.problems.map(formatProblem));
  if ('problems' in tree || messages.length > 0) throw new ContentError(messages);
  const wizard = withDistroOptions(tree.data, set.distros.map((d) => d.data));
  const treeProblems = findTreeProblems(wizard, {
    entries: set.entries.map((e) => e.slug),
    limitations: set.limitations.map((l) => l.slug),
    releases: releaseIds(set.distros),
  });
  if (treeProblems.length > 0) throw new ContentError(treeProblems.map((p) => `${WIZARD_FILE}: ${p}`));
  return { ...set, wizard };
}

/** A cheap signature of the content files: names, sizes and modification times. */
function signature(root: string): string {
  const dirs = [...Object.values(CONTENT_DIRS)];
  const files = [...dirs.flatMap((dir) => contentFiles(root, dir).map((name) => `${dir}/${name}`)), WIZARD_FILE];
  return files.map((f) => {
    const s = statSync(join(root, f));
    return `${f}:${s.size}:${s.mtimeMs}`;
  }).join('|');
}

const cache = new Map<string, { signature: string; content: SiteContent }>();

/**
 * Loads and checks all content under `root`; throws ContentError listing every problem. Within one
 * process (a build: the check, then each collection) the files are read once while they are unchanged.
 */
export function loadContent(root: string): SiteContent {
  const sig = signature(root);
  const hit = cache.get(root);
  if (hit && hit.signature === sig) return hit.content;
  const content = readContent(root);
  cache.set(root, { signature: sig, content });
  return content;
}
