/** Frontmatter of a troubleshooting entry (`src/content/docs/troubleshooting/<slug>.mdx`). */
import { z } from 'astro/zod';
import { placeholdersOf } from '../lib/template.ts';
import { ConditionSchema, VersionRangeSchema } from './condition.ts';
import { DetectSchema } from './detect.ts';
import { CommandTemplateSchema, DistroIdSchema, OneLineSchema, PageTitleSchema, SlugSchema, SourceSchema } from './shared.ts';

/** When in a user's journey the problem shows up; the home page and the wizard group by it. */
export const PhaseSchema = z.enum(['install', 'daemon-start', 'pull', 'run', 'network', 'resources']);
/** One of the phases in PhaseSchema. */
export type Phase = z.infer<typeof PhaseSchema>;

/** A command that tells whether this entry is the user's problem. */
export const DiagnoseSchema = z.strictObject({
  /** What the check looks at, in one line. */
  title: OneLineSchema,
  /** The command (template); run as the rootless user unless it starts with sudo. */
  run: CommandTemplateSchema,
  /** What the output looks like when this entry is the problem. */
  bad: z.string().trim().min(1),
  /** What the output looks like when all is well (omit when there is nothing useful to show). */
  good: z.string().trim().min(1).optional(),
  /** Only for some setups (e.g. an Engine version range). */
  when: ConditionSchema.optional(),
});
/** A diagnostic check of an entry. */
export type Diagnose = z.infer<typeof DiagnoseSchema>;

/** A JSON value as daemon.json holds it; a string may be exactly one placeholder (`"{{dataRoot}}"`). */
const JsonValueSchema: z.ZodType<import('../lib/encoders.ts').JsonValue> = z.lazy(() =>
  z.union([z.string(), z.number(), z.boolean(), z.null(), z.array(JsonValueSchema), z.record(z.string(), JsonValueSchema)]),
);

/** Names whose default is a runtime shell expression: they cannot be written into JSON at generation time. */
const RUNTIME_ONLY = new Set(['user', 'uid', 'home', 'rootlesskit']);

/** Keys to merge into the rootless daemon.json; a placeholder may only be a whole string value. */
const DaemonJsonSchema = z.record(z.string().min(1), JsonValueSchema).superRefine((set, ctx) => {
  const strings = (v: unknown): string[] => (typeof v === 'string' ? [v] : Array.isArray(v) ? v.flatMap(strings) : v && typeof v === 'object' ? Object.values(v).flatMap(strings) : []);
  for (const text of strings(set)) {
    const names = placeholdersOf(text);
    if (names.length === 0) continue;
    if (!/^\{\{[A-Za-z]+\}\}$/.test(text)) ctx.addIssue({ code: 'custom', message: `"${text}": a placeholder must be the whole JSON string` });
    for (const name of names) {
      if (RUNTIME_ONLY.has(name)) ctx.addIssue({ code: 'custom', message: `{{${name}}} has no value at generation time and cannot go into JSON; use {{dataRoot}}, {{mtu}} or {{port}}` });
    }
  }
});

/** Environment variables of the rootless daemon; a value is text or one placeholder (`"{{mtu}}"`). */
const ServiceEnvSchema = z.record(
  z.string().regex(/^DOCKERD_ROOTLESS_[A-Z0-9_]+$|^[A-Z][A-Z0-9_]*$/, 'an environment variable name is upper-case letters, digits and _'),
  z.string().regex(/^(\{\{(mtu|port|dataRoot)\}\}|[A-Za-z0-9._/:,+=@-]*)$/, 'a unit value is letters, digits and . _ / : , + = @ -, or one of {{mtu}}, {{port}}, {{dataRoot}}'),
);

/** Commands of a fix step for each distro id; `null` says the step is not needed there. */
export const PerDistroCommandsSchema = z.record(DistroIdSchema, CommandTemplateSchema.nullable());

/** What every fix step has besides its action. */
const StepBase = {
  /** What the step does, as an imperative line. */
  title: OneLineSchema,
  /** Extra explanation shown under the title (plain text). */
  note: z.string().trim().min(1).optional(),
  /** Only for some setups (release, install method, systemd, Engine version); left out elsewhere. */
  when: ConditionSchema.optional(),
  /** An example or a check: shown, never put into a generated script. */
  example: z.boolean().default(false),
  /**
   * A command a person runs in their own terminal: it opens a login session or an editor, runs in the
   * foreground until stopped, or is only needed when an earlier step did not help. Shown as a command;
   * a generated script stops before it and says to run it, and the steps after it, by hand.
   */
  byHand: z.boolean().default(false),
};

/** One step of a fix: exactly one action (`run`, `byDistro`, `install`, `daemonJson`, `serviceEnv`, `restart`, `appArmorProfile`). */
export const FixStepSchema = z
  .strictObject({
    ...StepBase,
    /** Commands that are the same on every distro. */
    run: CommandTemplateSchema.optional(),
    /** Commands that differ by distro. A distro left out has no verified command for this step. */
    byDistro: PerDistroCommandsSchema.optional(),
    /** Package keys (from each distro's `packages`) to install with that distro's package manager. */
    install: z.array(z.string().regex(/^[a-zA-Z][a-zA-Z0-9]*$/)).min(1).optional(),
    /** Keys merged into the rootless daemon.json (the generator writes code that never truncates the file). */
    daemonJson: DaemonJsonSchema.optional(),
    /** Environment variables for the rootless daemon (a systemd drop-in, or exports without systemd). */
    serviceEnv: ServiceEnvSchema.optional(),
    /** Restarts the rootless daemon, the way the user's host does it. */
    restart: z.literal(true).optional(),
    /** Writes the AppArmor profile that lets this binary (the user's rootlesskit, or one under the user's home) create user namespaces. */
    appArmorProfile: z.strictObject({ binary: z.string().regex(/^(\{\{rootlesskit\}\}|\{\{home\}\}(\/[A-Za-z0-9._-]+)*\/(docker-)?rootlesskit)$/, 'give the binary as {{rootlesskit}} (or {{home}}/bin/rootlesskit)') }).optional(),
  })
  .refine((s) => ACTIONS.filter((a) => s[a] !== undefined).length === 1, {
    message: `a fix step needs exactly one of: ${['run', 'byDistro', 'install', 'daemonJson', 'serviceEnv', 'restart', 'appArmorProfile'].join(', ')}`,
  })
  .transform(({ run, byDistro, install, daemonJson, serviceEnv, restart, appArmorProfile, ...base }) => {
    const action: FixAction =
      run !== undefined ? { kind: 'run', template: run }
      : byDistro !== undefined ? { kind: 'byDistro', templates: byDistro }
      : install !== undefined ? { kind: 'install', packages: install }
      : daemonJson !== undefined ? { kind: 'daemonJson', set: daemonJson }
      : serviceEnv !== undefined ? { kind: 'serviceEnv', env: serviceEnv }
      : restart !== undefined ? { kind: 'restart' }
      : { kind: 'appArmorProfile', binary: appArmorProfile?.binary ?? '' };
    return { ...base, action };
  });

const ACTIONS = ['run', 'byDistro', 'install', 'daemonJson', 'serviceEnv', 'restart', 'appArmorProfile'] as const;

/** What a fix step does, normalised: the rest of the code switches on `kind`. */
export type FixAction =
  | { kind: 'run'; template: string }
  | { kind: 'byDistro'; templates: Record<string, string | null> }
  | { kind: 'install'; packages: string[] }
  | { kind: 'daemonJson'; set: Record<string, import('../lib/encoders.ts').JsonValue> }
  | { kind: 'serviceEnv'; env: Record<string, string> }
  | { kind: 'restart' }
  | { kind: 'appArmorProfile'; binary: string };

/** One step of a fix. */
export type FixStep = z.infer<typeof FixStepSchema>;

/** One way to fix the problem; when an entry has several, the reader picks one. */
export const FixAlternativeSchema = z.strictObject({
  /** Stable id (the generator's choice in the URL). */
  id: SlugSchema,
  /** Its name, e.g. "方案一：改用 1024 以上的端口". */
  label: OneLineSchema,
  /** When to prefer it (plain text). */
  note: z.string().trim().min(1).optional(),
  /** The steps, in order. */
  steps: z.array(FixStepSchema).min(1),
});
/** A fix alternative. */
export type FixAlternative = z.infer<typeof FixAlternativeSchema>;

/** How to see that the fix worked. */
export const VerifySchema = z.strictObject({
  /** The command (template). */
  run: CommandTemplateSchema,
  /** The output that means success. */
  expect: z.string().trim().min(1),
  /** Only for some setups. */
  when: ConditionSchema.optional(),
});
/** A verify check. */
export type Verify = z.infer<typeof VerifySchema>;

/** A fact that holds only for some versions (Engine, RootlessKit, kernel, distro release). */
export const VersionNoteSchema = z.strictObject({
  /** The versions it applies to, e.g. "Engine < v29.5" or "RootlessKit v3+". */
  applies: OneLineSchema,
  /** What differs there, naming the release that changed it. */
  note: z.string().trim().min(1),
});

/** An error that looks like an entry's but is another problem: the message, verbatim, and where it comes from. */
export const LookalikeSchema = z.strictObject({
  /** The message, verbatim as logs print it. */
  error: z.string().trim().min(1),
  /** One line: where it comes from and what it means instead (shown under the message). */
  from: OneLineSchema,
});

/**
 * Where a problem happens, as words a paste may hold (`dind-rootless`, `kubernetes`, `nvidia`), and the
 * entries whose errors that place produces too (`over`): search puts this entry first when a paste names
 * the place and one of those is its answer, the two shown as close causes.
 */
export const SettingSchema = z.strictObject({
  /** Words that name the place (a tool, a platform), not an error: whole words for Latin letters, case ignored. */
  words: z.array(z.string().trim().min(2)).min(1),
  /** Slugs of the entries or limitations whose errors this place also produces. */
  over: z.array(SlugSchema).min(1),
});

/** Frontmatter of a troubleshooting entry. */
export const EntrySchema = z
  .strictObject({
    /** Page title: the problem as a user would name it. */
    title: PageTitleSchema,
    /** Starlight's sidebar settings; `label` is the short name in the sidebar. */
    sidebar: z.strictObject({ label: OneLineSchema.refine((s) => s.length <= 16, 'keep the sidebar label to 16 characters') }).optional(),
    /** One line: what is wrong and the gist of the fix (also the page's meta description). */
    summary: OneLineSchema,
    /** One line: why it happens. Search results show it. */
    cause: OneLineSchema,
    /** Error messages, verbatim as users see them in logs and terminals; the page shows the first two. */
    errors: z.array(z.string().trim().min(1)).default([]),
    /** Other log lines that come with this problem but are not error messages (e.g. a tool's comment lines): searched, not shown. */
    logLines: z.array(z.string().trim().min(1)).default([]),
    /** Short phrases, Chinese and English, that a user might type instead of an error. */
    symptoms: z.array(z.string().trim().min(1)).default([]),
    /** Errors that read like this entry's but come from elsewhere (rootful Docker, another tool): the page says so, and search does not count them as this problem. */
    lookalikes: z.array(LookalikeSchema).default([]),
    /** True for an entry whose errors only say that something failed (the cause is on other lines of the log): search puts it right under the answer another line's error points at, if any. */
    fallback: z.boolean().default(false),
    /** Where the problem happens and the entries whose errors that place produces too (SettingSchema). */
    setting: SettingSchema.optional(),
    /** When the problem shows up. */
    phase: PhaseSchema,
    /** Distro ids this entry applies to; omitted means every distro. */
    distros: z.array(DistroIdSchema).min(1).optional(),
    /** The Docker Engine versions this entry applies to; omitted means all. */
    engine: VersionRangeSchema.optional(),
    /** Checks that confirm this is the problem. */
    diagnose: z.array(DiagnoseSchema).default([]),
    /** The fix, in order (one way). */
    fix: z.array(FixStepSchema).min(1).optional(),
    /** Several ways to fix it; the reader picks one. Use either `fix` or `fixes`. */
    fixes: z.array(FixAlternativeSchema).min(2).optional(),
    /** How to see that the fix worked. */
    verify: z.array(VerifySchema).min(1),
    /** Slugs of related troubleshooting entries or limitations. */
    related: z.array(SlugSchema).default([]),
    /** Facts that depend on versions. */
    versions: z.array(VersionNoteSchema).default([]),
    /** How the doctor finds this problem in a report (rules over its keys); omitted when a machine's state cannot show it. */
    detect: DetectSchema.optional(),
    /** Where the facts come from, shown as 来源 at the end of the page. */
    sources: z.array(SourceSchema).min(1, 'list at least one source (upstream docs, source file or issue thread)'),
  })
  .refine((e) => e.errors.length + e.symptoms.length > 0, {
    message: 'an entry needs at least one of `errors` or `symptoms`, or search cannot find it',
    path: ['errors'],
  })
  .refine((e) => (e.fix === undefined) !== (e.fixes === undefined), {
    message: 'an entry needs exactly one of `fix` (one way) or `fixes` (alternatives the reader picks from)',
    path: ['fix'],
  })
  .transform(({ fix, fixes, ...entry }) => ({
    ...entry,
    /** The ways to fix it: one (from `fix`, id "fix", no label) or the alternatives. */
    fixes: fixes ?? [{ id: 'fix', label: '', steps: fix ?? [] }],
  }));
/** A validated troubleshooting entry's frontmatter, with `fix` normalised into `fixes`. */
export type Entry = z.infer<typeof EntrySchema>;
/** The frontmatter as written (before defaults and normalisation), for tests and fixtures. */
export type EntryInput = z.input<typeof EntrySchema>;
