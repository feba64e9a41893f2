/**
 * The fixed sections an entry page renders from frontmatter around its MDX body, and the
 * table of contents that results. One list, so page and TOC cannot drift apart. The fix comes
 * first (a reader arrives with an error and wants the answer), the explanation after it.
 */
import type { Entry } from '../schemas/entry.ts';

/** A heading as Astro and Starlight describe it. */
export interface Heading { depth: number; slug: string; text: string }

/** Section ids and their Chinese titles. */
export const ENTRY_SECTIONS = {
  errors: '错误信息',
  fix: '修复',
  diagnose: '确认是这个问题',
  verify: '验证',
  versions: '版本差异',
  lookalikes: '看着像，其实不是这个问题',
  related: '相关条目',
  sources: '来源',
} as const;

/** A section id. */
export type SectionId = keyof typeof ENTRY_SECTIONS;

/** Error messages shown in full; the rest fold under "更多报错形式". */
export const ERRORS_SHOWN = 2;

/** Which data-driven sections an entry shows, in page order: before the body, then after it. */
export function entrySections(entry: Entry): { before: SectionId[]; after: SectionId[] } {
  return {
    before: [
      ...(entry.errors.length > 0 ? (['errors'] as const) : []),
      'fix',
      ...(entry.diagnose.length > 0 ? (['diagnose'] as const) : []),
      'verify',
    ],
    after: [
      ...(entry.versions.length > 0 ? (['versions'] as const) : []),
      ...(entry.lookalikes.length > 0 ? (['lookalikes'] as const) : []),
      ...(entry.related.length > 0 ? (['related'] as const) : []),
      'sources',
    ],
  };
}

/** The entry page's headings in page order: data sections around the body's own headings. */
export function entryHeadings(entry: Entry, bodyHeadings: readonly Heading[]): Heading[] {
  const { before, after } = entrySections(entry);
  const section = (id: SectionId): Heading => ({ depth: 2, slug: id, text: ENTRY_SECTIONS[id] });
  return [...before.map(section), ...bodyHeadings, ...after.map(section)];
}
