/**
 * The decision tree (`src/content/wizard.yaml`), read by /wizard/ (island and no-JS outline),
 * /wizard/map/ and the one content loader (src/node/content-files.ts). Options are written with one
 * of `next`, `entry` or `limitation`; the schema normalises that to `target`, with an `id` that
 * defaults to the target's id (it is the option's word in the `?path=` URL).
 */
import { z } from 'astro/zod';
import { CommandTemplateSchema, OneLineSchema, SlugSchema } from './shared.ts';

/**
 * A line of the tree's text shown to the reader (a question, hint, answer or meaning), where `code` is
 * marked with backticks: an odd number of them means the text was cut, most often by YAML, which takes
 * an unquoted ` #` for the start of a comment (`# Install iptables`, `########## BEGIN`).
 */
const WizardTextSchema = OneLineSchema.refine(
  (s) => (s.match(/`/g)?.length ?? 0) % 2 === 0,
  'a `code` mark is not closed: the text was likely cut at an unquoted " #" (YAML reads the rest as a comment); put the whole value in double quotes',
);

/** One output of a "how to find out" command and what it means for the question. */
export const FindOutOutputSchema = z.object({
  /** The output, verbatim (e.g. `0`). */
  output: z.string().trim().min(1),
  /** What that output means, one line. */
  means: WizardTextSchema,
});

/** A command that answers the question for a user who does not know. */
export const FindOutSchema = z.object({
  /** The command (template); run as the rootless user unless it starts with sudo. */
  run: CommandTemplateSchema,
  /** The outputs worth knowing. */
  outputs: z.array(FindOutOutputSchema).min(1),
});

/** Where an option leads: another question, a troubleshooting entry or a limitation. */
export type WizardTarget = { kind: 'node'; id: string } | { kind: 'entry' | 'limitation'; slug: string };

/** One answer to a question. */
export const WizardOptionSchema = z
  .object({
    /** The option's word in the URL path; defaults to the target's id or slug. */
    id: SlugSchema.optional(),
    /** The answer as the user would say it (Chinese; `code` in backticks). */
    label: WizardTextSchema,
    /** Id of the next question. */
    next: SlugSchema.optional(),
    /** Slug of the troubleshooting entry this answer ends at. */
    entry: SlugSchema.optional(),
    /** Slug of the limitation this answer ends at. */
    limitation: SlugSchema.optional(),
    /** Only in a `distro` node (generated from the distros' releases): the release id this answer picks. */
    release: SlugSchema.optional(),
  })
  .refine((o) => [o.next, o.entry, o.limitation].filter((x) => x !== undefined).length === 1, {
    message: 'an option needs exactly one of `next`, `entry` or `limitation`',
  })
  .transform((o) => {
    const target: WizardTarget =
      o.next !== undefined ? { kind: 'node', id: o.next }
      : o.entry !== undefined ? { kind: 'entry', slug: o.entry }
      : { kind: 'limitation', slug: o.limitation ?? '' };
    const id = o.id ?? (target.kind === 'node' ? target.id : target.slug);
    return { id, label: o.label, target, ...(o.release !== undefined && { release: o.release }) };
  });
/** A validated, normalised option. */
export type WizardOption = z.infer<typeof WizardOptionSchema>;

/**
 * A question. A `distro` node asks for the release; its answers are generated from the distros'
 * `releases` (one place for distro facts) and all lead to its `next`; the release carries into
 * the commands.
 */
export const WizardNodeSchema = z.object({
  /** Stable id (other options' `next`). */
  id: SlugSchema,
  /** `question` (default) or `distro`. */
  kind: z.enum(['question', 'distro']).default('question'),
  /** The question, in Chinese. */
  question: WizardTextSchema,
  /** Extra help under the question. */
  hint: WizardTextSchema.optional(),
  /** Commands that answer the question for a user who does not know. */
  findOut: z.array(FindOutSchema).default([]),
  /** The answers, in the order shown (a `distro` node gets them from the distros). */
  options: z.array(WizardOptionSchema).default([]),
  /** Only in a `distro` node: the question every answer leads to. */
  next: SlugSchema.optional(),
}).refine((n) => (n.kind === 'distro' ? n.next !== undefined && n.options.length === 0 : n.next === undefined && n.options.length > 0), {
  message: 'a question needs `options`; a `kind: distro` node needs `next` instead (its answers come from src/content/distros/)',
});
/** A validated question node. */
export type WizardNode = z.infer<typeof WizardNodeSchema>;

/** A troubleshooting entry the tree leaves out on purpose, with the reason. */
export const SearchOnlySchema = z.object({
  /** The entry's slug. */
  slug: SlugSchema,
  /** Why no question leads there (shown to editors in check output). */
  reason: OneLineSchema,
});

/** The whole decision tree. */
export const WizardSchema = z.object({
  /** Id of the first question. */
  root: SlugSchema,
  /** Every question. */
  nodes: z.array(WizardNodeSchema).min(1),
  /** Entries reachable only through search. */
  searchOnly: z.array(SearchOnlySchema).default([]),
});
/** A validated decision tree. */
export type WizardTree = z.infer<typeof WizardSchema>;
