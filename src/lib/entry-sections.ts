/**
 * The fixed sections an entry page renders from frontmatter around its MDX body, and the
 * table of contents that results. One list, so page and TOC cannot drift apart.
 */
import type { Entry } from '../schemas/entry.ts';

/** A heading as Astro and Starlight describe it. */
export interface Heading { depth: number; slug: string; text: string }

/** Section ids and their Chinese titles. */
export const ENTRY_SECTIONS = {
  errors: '错误信息',
  diagnose: '诊断',
  fix: '修复',
  verify: '验证',
  versions: '版本差异',
  related: '相关条目',
} as const;

/** Which data-driven sections an entry shows, in page order: before the body, then after it. */
export function entrySections(entry: Entry): { before: (keyof typeof ENTRY_SECTIONS)[]; after: (keyof typeof ENTRY_SECTIONS)[] } {
  return {
    before: entry.errors.length > 0 ? ['errors'] : [],
    after: [
      ...(entry.diagnose.length > 0 ? (['diagnose'] as const) : []),
      'fix',
      'verify',
      ...(entry.versions.length > 0 ? (['versions'] as const) : []),
      ...(entry.related.length > 0 ? (['related'] as const) : []),
    ],
  };
}

/** The entry page's headings in page order: data sections around the body's own headings. */
export function entryHeadings(entry: Entry, bodyHeadings: readonly Heading[]): Heading[] {
  const { before, after } = entrySections(entry);
  const section = (id: keyof typeof ENTRY_SECTIONS): Heading => ({ depth: 2, slug: id, text: ENTRY_SECTIONS[id] });
  return [...before.map(section), ...bodyHeadings, ...after.map(section)];
}
