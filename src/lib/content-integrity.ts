/**
 * Cross-file content checks that no single schema can make: links between entries,
 * distro ids, duplicate slugs. Pure: the caller loads the files and passes them in.
 */
import type { Distro } from '../schemas/distro.ts';
import type { Entry } from '../schemas/entry.ts';
import type { Limitation } from '../schemas/limitation.ts';

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

/** Lists every cross-reference problem, each naming the file and the fix; empty when content is sound. */
export function findIntegrityProblems({ entries, limitations, distros }: ContentSet): string[] {
  const problems: string[] = [];
  const distroIds = new Set(distros.map((d) => d.data.id));
  const seen = new Map<string, string>();
  for (const item of [...entries, ...limitations]) {
    const other = seen.get(item.slug);
    if (other) problems.push(`${item.file}: slug "${item.slug}" is also used by ${other}; rename one file (slugs are ids for search and the wizard)`);
    seen.set(item.slug, item.file);
  }
  for (const d of distros) {
    if (d.slug !== d.data.id) problems.push(`${d.file}: id "${d.data.id}" differs from the file name; name the file ${d.data.id}.yaml`);
  }
  for (const item of [...entries, ...limitations]) {
    for (const slug of item.data.related) {
      if (slug === item.slug) problems.push(`${item.file}: related lists the entry itself ("${slug}"); remove it`);
      else if (!seen.has(slug)) problems.push(`${item.file}: related slug "${slug}" does not exist; use one of the slugs in src/content/docs/troubleshooting or limitations`);
    }
  }
  for (const e of entries) {
    const named = new Set([...(e.data.distros ?? []), ...e.data.fix.flatMap((s) => Object.keys(s.byDistro ?? {}))]);
    for (const id of named) {
      if (!distroIds.has(id)) problems.push(`${e.file}: distro "${id}" is not in src/content/distros/ (known: ${[...distroIds].join(', ')})`);
    }
    for (const step of e.data.fix) {
      for (const key of step.install ?? []) {
        if (!distros.some((d) => key in d.data.packages)) problems.push(`${e.file}: package key "${key}" in step "${step.title}" is not defined by any distro's packages`);
      }
    }
  }
  for (const d of distros) {
    for (const hint of d.data.hints) {
      if (hint.entry && !seen.has(hint.entry)) problems.push(`${d.file}: hint links to "${hint.entry}", which does not exist`);
    }
  }
  return problems;
}
