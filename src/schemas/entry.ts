/** Frontmatter of a troubleshooting entry (`src/content/docs/troubleshooting/<slug>.mdx`). */
import { z } from 'astro/zod';
import { StepConditionSchema } from './fix-condition.ts';
import { CommandTemplateSchema, DistroIdSchema, OneLineSchema, SlugSchema } from './shared.ts';

/** When in a user's journey the problem shows up; the home page and the wizard group by it. */
export const PhaseSchema = z.enum(['install', 'daemon-start', 'pull', 'run', 'network', 'resources']);
/** One of the phases in PhaseSchema. */
export type Phase = z.infer<typeof PhaseSchema>;

/** A command that tells whether this entry is the user's problem. */
export const DiagnoseSchema = z.object({
  /** What the check looks at, in one line. */
  title: OneLineSchema,
  /** The command (template); run as the rootless user unless it starts with sudo. */
  run: CommandTemplateSchema,
  /** What the output looks like when this entry is the problem. */
  bad: z.string().trim().min(1),
  /** What the output looks like when all is well (omit when there is nothing useful to show). */
  good: z.string().trim().min(1).optional(),
});
/** A diagnostic check of an entry. */
export type Diagnose = z.infer<typeof DiagnoseSchema>;

/** Commands of a fix step for each distro id; `null` says the step is not needed there. */
export const PerDistroCommandsSchema = z.record(DistroIdSchema, CommandTemplateSchema.nullable());

/** One step of a fix: the same commands everywhere (`run`), per distro (`byDistro`), or packages to install. */
export const FixStepSchema = z
  .object({
    /** What the step does, as an imperative line. */
    title: OneLineSchema,
    /** Extra explanation shown under the title (plain text). */
    note: z.string().trim().min(1).optional(),
    /** Commands that are the same on every distro. */
    run: CommandTemplateSchema.optional(),
    /** Commands that differ by distro. A distro left out has no verified command for this step. */
    byDistro: PerDistroCommandsSchema.optional(),
    /** Package keys (from each distro's `packages`) to install with that distro's package manager. */
    install: z.array(z.string().regex(/^[a-zA-Z][a-zA-Z0-9]*$/)).min(1).optional(),
    /** Only for some setups (release, install method, systemd); the generator leaves the step out elsewhere. */
    when: StepConditionSchema.optional(),
  })
  .refine((s) => [s.run, s.byDistro, s.install].filter((x) => x !== undefined).length === 1, {
    message: 'a fix step needs exactly one of `run`, `byDistro` or `install`',
  });
/** One step of a fix. */
export type FixStep = z.infer<typeof FixStepSchema>;

/** How to see that the fix worked. */
export const VerifySchema = z.object({
  /** The command (template). */
  run: CommandTemplateSchema,
  /** The output that means success. */
  expect: z.string().trim().min(1),
});

/** A fact that holds only for some versions (Engine, RootlessKit, kernel, distro release). */
export const VersionNoteSchema = z.object({
  /** The versions it applies to, e.g. "Engine < v29.5" or "RootlessKit v3+". */
  applies: OneLineSchema,
  /** What differs there. */
  note: z.string().trim().min(1),
});

/** Frontmatter of a troubleshooting entry. */
export const EntrySchema = z
  .object({
    /** Page title: the problem as a user would name it. */
    title: OneLineSchema,
    /** One line: what is wrong and the gist of the fix (also the page's meta description). */
    summary: OneLineSchema,
    /** One line: why it happens. Search results show it. */
    cause: OneLineSchema,
    /** Error signatures, verbatim as they appear in logs and terminals. */
    errors: z.array(z.string().trim().min(1)).default([]),
    /** Short phrases, Chinese and English, that a user might type instead of an error. */
    symptoms: z.array(z.string().trim().min(1)).default([]),
    /** When the problem shows up. */
    phase: PhaseSchema,
    /** Distro ids this entry applies to; omitted means every distro. */
    distros: z.array(DistroIdSchema).min(1).optional(),
    /** Checks that confirm this is the problem. */
    diagnose: z.array(DiagnoseSchema).default([]),
    /** The fix, in order. */
    fix: z.array(FixStepSchema).min(1),
    /** How to see that the fix worked. */
    verify: z.array(VerifySchema).min(1),
    /** Slugs of related troubleshooting entries or limitations. */
    related: z.array(SlugSchema).default([]),
    /** Facts that depend on versions. */
    versions: z.array(VersionNoteSchema).default([]),
  })
  .refine((e) => e.errors.length + e.symptoms.length > 0, {
    message: 'an entry needs at least one of `errors` or `symptoms`, or search cannot find it',
    path: ['errors'],
  });
/** A validated troubleshooting entry's frontmatter. */
export type Entry = z.infer<typeof EntrySchema>;
