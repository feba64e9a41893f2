/**
 * How an entry is found in a doctor report (`detect:` in its frontmatter): rules over the report's
 * keys (src/schemas/report.ts). An entry is found when every fact of one of its rules holds. A rule
 * on a key the report does not know, a test the key's kind cannot answer (a number compared to a
 * list) or a value the key can never hold (`linger: No`) is refused at build time.
 */
import { z } from 'astro/zod';
import { REPORT_KEYS, ReportSchema, reportKeyKind, type ReportKey } from './report.ts';
import { VersionRangeSchema } from './condition.ts';
import { OneLineSchema, SlugSchema } from './shared.ts';

/** A value as YAML gives it (`is: 0`, `is: no`): numbers become their decimal text. */
const ValueSchema = z.union([z.string(), z.number()]).transform((v) => String(v));

/** One value or a list of values (any of them). */
const ValuesSchema = z.union([ValueSchema, z.array(ValueSchema).min(1)]).transform((v) => (Array.isArray(v) ? v : [v]));

/** The tests a fact can make; exactly one, except `above` and `below` together (a range). */
const TESTS = ['is', 'not', 'below', 'above', 'contains', 'lacks', 'in'] as const;

/** One fact about one key; a key the report holds as `unknown` never satisfies a fact. */
export const FactSchema = z
  .strictObject({
    /** A report key, e.g. `linger`. */
    key: z.string().refine((k): k is ReportKey => (REPORT_KEYS as string[]).includes(k), {
      message: 'not a doctor report key (see src/schemas/report.ts for the keys)',
    }),
    /** The value is one of these, as the report writes it (`no`, `1 0`, `hybrid`). */
    is: ValuesSchema.optional(),
    /** The value is none of these (and is known). */
    not: ValuesSchema.optional(),
    /** A number below this (numeric keys: counts and sysctls). */
    below: z.number().optional(),
    /** A number above this (numeric keys). */
    above: z.number().optional(),
    /** The list holds this word (list keys, e.g. `dockerd_running`). */
    contains: z.string().min(1).optional(),
    /** The list does not hold this word (list keys, e.g. `cgroup_controllers_delegated`). */
    lacks: z.string().min(1).optional(),
    /** A version in this range, e.g. "<29.5" (version keys: program versions, `distro_version_id`, `kernel`). */
    in: VersionRangeSchema.optional(),
  })
  .superRefine((fact, ctx) => {
    const tests = TESTS.filter((t) => fact[t] !== undefined);
    const range = tests.length === 2 && tests.includes('below') && tests.includes('above');
    if (tests.length !== 1 && !range) {
      ctx.addIssue({ code: 'custom', message: `a fact needs exactly one of ${TESTS.join(', ')} (or both above and below); this one has ${tests.join(', ') || 'none'}` });
      return;
    }
    if (!(REPORT_KEYS as string[]).includes(fact.key)) return;
    const key = fact.key as ReportKey;
    const kind = reportKeyKind(key);
    const wrongKind = (test: string, wanted: string) => ctx.addIssue({ code: 'custom', message: `"${test}" needs a ${wanted} key; ${key} holds ${kind === 'text' ? 'text' : `a ${kind}`}: use is/not` });
    if ((fact.below !== undefined || fact.above !== undefined) && kind !== 'number') wrongKind(fact.below !== undefined ? 'below' : 'above', 'numeric');
    if ((fact.contains !== undefined || fact.lacks !== undefined) && kind !== 'list') wrongKind(fact.contains !== undefined ? 'contains' : 'lacks', 'list');
    if (fact.in !== undefined && kind !== 'version') wrongKind('in', 'version');
    for (const value of [...(fact.is ?? []), ...(fact.not ?? [])]) {
      if (value !== 'unknown' && ReportSchema.shape[key].safeParse(value).success) continue;
      ctx.addIssue({ code: 'custom', message: `${key} can never be ${JSON.stringify(value)}${value === 'unknown' ? ' in a rule (unknown never matches)' : ''}; write the value as the report prints it` });
    }
  });
/** A validated fact. */
export type Fact = z.infer<typeof FactSchema>;

/** A rule: every fact holds. */
export const DetectRuleSchema = z.strictObject({
  /** What the report shows, in one line of Chinese, e.g. "没有开启 linger：注销后守护进程会停止". */
  says: OneLineSchema,
  /** The facts, all of which must hold. */
  all: z.array(FactSchema).min(1),
  /** The id of the fix alternative that suits what this rule found (default: the entry's first). */
  fix: SlugSchema.optional(),
});
/** A validated rule. */
export type DetectRule = z.infer<typeof DetectRuleSchema>;

/** How a troubleshooting entry is found in a doctor report. */
export const DetectSchema = z.strictObject({
  /** Any one rule holding finds the entry. */
  rules: z.array(DetectRuleSchema).min(1),
  /**
   * Other entries this one explains when found (their fixes would be wrong or pointless first):
   * their slugs, or `all` when the report says nothing else reliable (it was taken as root).
   */
  covers: z.union([z.literal('all'), z.array(SlugSchema).min(1)]).optional(),
  /** Entries that must be fixed before this one, in its phase or a later one (linger after the daemon starts at all; the install tool after the requirements it checks). */
  after: z.array(SlugSchema).default([]),
});
/** A validated `detect` block. */
export type Detect = z.infer<typeof DetectSchema>;
