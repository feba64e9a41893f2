/** Frontmatter of a known limitation (`src/content/docs/limitations/<slug>.mdx`). */
import { z } from 'astro/zod';
import { OneLineSchema, PageTitleSchema, SlugSchema, SourceSchema } from './shared.ts';

/** Frontmatter of a known limitation of rootless mode. */
export const LimitationSchema = z.strictObject({
  /** Page title. */
  title: PageTitleSchema,
  /** Starlight's sidebar settings; `label` is the short name in the sidebar. */
  sidebar: z.strictObject({ label: OneLineSchema.refine((s) => s.length <= 16, 'keep the sidebar label to 16 characters') }).optional(),
  /** One line: what does not work. */
  summary: OneLineSchema,
  /** The facts, one per item (rendered as a list above the body). */
  facts: z.array(z.string().trim().min(1)).min(1),
  /** Error messages the limit makes programs print, verbatim, variable parts as placeholders (`<NAME>`); shown on the page and found by search. */
  errors: z.array(z.string().trim().min(1)).default([]),
  /** Phrases a user might type when they hit this limit (helps search). */
  symptoms: z.array(z.string().trim().min(1)).default([]),
  /** Slugs of related troubleshooting entries or limitations. */
  related: z.array(SlugSchema).default([]),
  /** Where the facts come from, shown as 来源 at the end of the page. */
  sources: z.array(SourceSchema).min(1, 'list at least one source (upstream docs, source file or issue thread)'),
});
/** A validated limitation's frontmatter. */
export type Limitation = z.infer<typeof LimitationSchema>;
