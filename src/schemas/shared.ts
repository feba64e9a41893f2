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
