/**
 * Reads every content file from disk and validates it with the same schemas the site uses.
 * Shared by the build-time check, the search index generator and the CLI, so all see one truth.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { ZodType } from 'astro/zod';
import { findIntegrityProblems, type ContentSet, type Loaded } from '../src/lib/content-integrity.ts';
import { splitFrontmatter } from '../src/lib/frontmatter.ts';
import { DistroSchema } from '../src/schemas/distro.ts';
import { EntrySchema } from '../src/schemas/entry.ts';
import { LimitationSchema } from '../src/schemas/limitation.ts';

/** Thrown with every problem found, one per line, each naming its file. */
export class ContentError extends Error {
  /** Every problem, one line each. */
  readonly problems: string[];
  constructor(problems: string[]) {
    super(`Content has ${problems.length} problem(s):\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.problems = problems;
  }
}

function loadFolder<T>(root: string, dir: string, ext: RegExp, schema: ZodType<T>, problems: string[]): Loaded<T>[] {
  const out: Loaded<T>[] = [];
  for (const name of readdirSync(join(root, dir)).sort()) {
    if (!ext.test(name)) continue;
    const path = join(root, dir, name);
    const file = relative(root, path);
    const text = readFileSync(path, 'utf8');
    let raw: unknown;
    try {
      raw = name.endsWith('.yaml') ? parseYaml(text) : parseYaml(splitFrontmatter(text)?.yaml ?? '');
    } catch (err) {
      problems.push(`${file}: YAML does not parse: ${(err as Error).message.split('\n')[0]}`);
      continue;
    }
    const result = schema.safeParse(raw);
    if (!result.success) {
      for (const issue of result.error.issues) problems.push(`${file}: ${issue.path.join('.') || '(frontmatter)'}: ${issue.message}`);
      continue;
    }
    out.push({ slug: name.replace(ext, ''), file, data: result.data });
  }
  return out;
}

/** Loads and checks all content under `root` (the project folder); throws ContentError listing every problem. */
export function loadContent(root: string): ContentSet {
  const problems: string[] = [];
  const set: ContentSet = {
    entries: loadFolder(root, 'src/content/docs/troubleshooting', /\.mdx?$/, EntrySchema, problems),
    limitations: loadFolder(root, 'src/content/docs/limitations', /\.mdx?$/, LimitationSchema, problems),
    distros: loadFolder(root, 'src/content/distros', /\.yaml$/, DistroSchema, problems),
  };
  problems.push(...findIntegrityProblems(set));
  if (problems.length > 0) throw new ContentError(problems);
  return set;
}
