/** Small schemas shared by several content concepts. */
import { z } from 'astro/zod';
import { findTemplateProblems } from '../lib/template.ts';

/** A page slug: lower-case words joined by hyphens (it is a URL and a stable id). */
export const SlugSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a slug is lower-case letters, digits and single hyphens');

/** A distro id as used in the distro collection (checked against it at build time). */
export const DistroIdSchema = SlugSchema;

/** A shell command template: `{{name}}` placeholders only where one quoted shell word fits. */
export const CommandTemplateSchema = z
  .string()
  .trim()
  .min(1)
  .superRefine((template, ctx) => {
    for (const problem of findTemplateProblems(template)) ctx.addIssue({ code: 'custom', message: problem });
  });

/** Non-empty, single-line text (summaries, causes, titles). */
export const OneLineSchema = z
  .string()
  .trim()
  .min(1)
  .refine((s) => !s.includes('\n'), 'must be one line');

/**
 * A page title: one line that cannot end the HTML element it is written into. Starlight writes the
 * title raw into <title> (a raw-text element), so `</title><script>…` there would be markup; the CSP
 * step would refuse the script, this refuses the title first, naming the file.
 */
export const PageTitleSchema = OneLineSchema.refine((s) => !/<\/|<!--|<script/i.test(s), 'a title must not contain "</", "<!--" or "<script": browsers would read it as markup (write <FILE>-style placeholders only)');

/** Where a fact comes from: an upstream docs page, a source file at a tag, a release note or an issue thread. */
export const SourceSchema = z.strictObject({
  /** What it is, in one line (e.g. "moby/moby contrib/dockerd-rootless.sh (docker-v29.7.2)"). */
  title: OneLineSchema,
  /** An https URL. */
  url: z.url({ protocol: /^https$/, message: 'a source needs an https:// URL' }),
});
/** A validated source. */
export type Source = z.infer<typeof SourceSchema>;
