/** A distro family (`src/content/distros/<id>.yaml`), read by fix tabs, distro pages and the command generator. */
import { z } from 'astro/zod';
import { DistroIdSchema, OneLineSchema, SlugSchema } from './shared.ts';

/** A distro-specific hint, linked to the entry that explains it. */
export const DistroHintSchema = z.object({
  /** The hint, one line. */
  text: OneLineSchema,
  /** Slug of the troubleshooting entry or limitation behind it. */
  entry: SlugSchema.optional(),
});

/** A distro family. */
export const DistroSchema = z.object({
  /** Stable id: the page URL `/distros/<id>/` and the key in fix steps. */
  id: DistroIdSchema,
  /** Name shown on tabs (the same label on every page keeps synced tabs in step). */
  name: OneLineSchema,
  /** Tab order, lowest first. */
  order: z.number().int(),
  /** Packaging family. */
  family: z.enum(['debian', 'arch', 'suse', 'redhat']),
  /** Releases covered, e.g. "22.04, 24.04". */
  versions: z.array(z.string().trim().min(1)).min(1),
  /** How packages are installed: the command prefix that takes package names. */
  packageManager: z.object({ name: z.string(), install: z.string().regex(/^sudo [a-z-]+ /) }),
  /** Package names for the logical packages fixes need; `null` = not needed here. Missing = not verified. */
  packages: z.record(z.string(), z.string().regex(/^[a-z0-9][a-z0-9+.-]*$/).nullable()),
  /** Hints that apply to this distro. */
  hints: z.array(DistroHintSchema).default([]),
});
/** A validated distro. */
export type Distro = z.infer<typeof DistroSchema>;
