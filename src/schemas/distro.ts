/** A distro family (`src/content/distros/<id>.yaml`), read by fix tabs, distro pages, the wizard and the command generator. */
import { z } from 'astro/zod';
import { VersionRangeSchema } from './condition.ts';
import { DistroIdSchema, OneLineSchema, SlugSchema } from './shared.ts';

/** An /etc/os-release ID as written there, lower-cased (openEuler writes `openEuler`). */
const OsReleaseIdSchema = z.string().regex(/^[a-z0-9._-]+$/, 'an os-release ID in lower case, e.g. ubuntu, rocky, opensuse-leap');

/** A distro-specific hint, linked to the entry that explains it. */
export const DistroHintSchema = z.strictObject({
  /** The hint, one line. */
  text: OneLineSchema,
  /** Slug of the troubleshooting entry or limitation behind it. */
  entry: SlugSchema.optional(),
});

/** A release (or a distro of this family) the command generator tells apart; fix steps name its id in `when.releases`. */
export const ReleaseSchema = z.strictObject({
  /** Stable id, e.g. `ubuntu-2404` (the wizard's answer in URLs). */
  id: z.string().regex(/^[a-z0-9][a-z0-9.-]*$/, 'a release id is lower-case letters, digits, . and -'),
  /** Name in the wizard and on the distro page, e.g. "Ubuntu 24.04 及更新版本（含 23.10）". */
  name: OneLineSchema,
  /** Treated like this release of the family for `when.releases` (a derivative such as openEuler). */
  like: z.string().optional(),
  /** False when the family's commands have not been checked on it: the wizard and the page say "未验证". */
  verified: z.boolean().default(true),
  /** What sets this release apart, one line (shown on the distro page). */
  note: OneLineSchema.optional(),
  /** How a doctor report names it: /etc/os-release `ID`s and, if needed, the `VERSION_ID` range (">=24.04 <26.04"). */
  osRelease: z.strictObject({ ids: z.array(OsReleaseIdSchema).min(1), versions: VersionRangeSchema.optional() }).optional(),
});
/** A validated release. */
export type Release = z.infer<typeof ReleaseSchema>;

/** A distro family. */
export const DistroSchema = z.strictObject({
  /** Stable id: the page URL `/distros/<id>/` and the key in fix steps. */
  id: DistroIdSchema,
  /** Full name, e.g. "CentOS / RHEL / Fedora". */
  name: OneLineSchema,
  /** Short tab label that fits a phone (the same label on every page keeps synced tabs in step). */
  tab: OneLineSchema.refine((s) => s.length <= 8, 'keep the tab label to 8 characters: tabs must fit a 390 px screen'),
  /** Tab order, lowest first. */
  order: z.number().int(),
  /** Packaging family. */
  family: z.enum(['debian', 'arch', 'suse', 'redhat']),
  /** Releases and derivatives, newest first; fix steps name their ids in `when.releases`. */
  releases: z.array(ReleaseSchema).min(1),
  /** How packages are installed: the command prefix that takes package names. */
  packageManager: z.strictObject({ name: z.string(), install: z.string().regex(/^sudo [a-z-]+ /) }),
  /** Package names for the logical packages fixes need; `null` = already installed or not needed here. Missing = not verified. */
  packages: z.record(z.string(), z.string().regex(/^[a-z0-9][a-z0-9+.-]*$/).nullable()),
  /** /etc/os-release `ID`s of this family (also matched against `ID_LIKE`), so a doctor report finds its tab when no release matches. */
  osReleaseIds: z.array(OsReleaseIdSchema).min(1),
  /** Hints that apply to this distro. */
  hints: z.array(DistroHintSchema).default([]),
});
/** A validated distro. */
export type Distro = z.infer<typeof DistroSchema>;
