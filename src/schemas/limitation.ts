/** Frontmatter of a known limitation (`src/content/docs/limitations/<slug>.mdx`). */
import { z } from 'astro/zod';
import { OneLineSchema, SlugSchema } from './shared.ts';

/** Frontmatter of a known limitation of rootless mode. */
export const LimitationSchema = z.object({
  /** Page title. */
  title: OneLineSchema,
  /** One line: what does not work. */
  summary: OneLineSchema,
  /** The facts, one per item (rendered as a list above the body). */
  facts: z.array(z.string().trim().min(1)).min(1),
  /** Phrases a user might type when they hit this limit (helps search). */
  symptoms: z.array(z.string().trim().min(1)).default([]),
  /** Slugs of related troubleshooting entries or limitations. */
  related: z.array(SlugSchema).default([]),
});
/** A validated limitation's frontmatter. */
export type Limitation = z.infer<typeof LimitationSchema>;
