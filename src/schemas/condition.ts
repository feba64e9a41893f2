/**
 * When a diagnose check, fix step or verify check applies (`when:`), read by the command generator
 * and the entry page. A step whose condition does not hold for the user's setup is left out: it is
 * the way for another setup (release, install method, host without systemd, Engine version).
 */
import { z } from 'astro/zod';
import { parseRange } from '../lib/version-range.ts';

/** A version range such as ">=29.5", "<29.5" or ">=29.0 <29.5"; malformed or empty ranges are refused. */
export const VersionRangeSchema = z.string().trim().superRefine((text, ctx) => {
  const parsed = parseRange(text);
  if (typeof parsed === 'string') ctx.addIssue({ code: 'custom', message: parsed });
});

/** Conditions on the user's setup; all given ones must hold. */
export const ConditionSchema = z.strictObject({
  /** Only on these releases (ids from the distros' `releases`, e.g. `rhel-8`, `ubuntu-2404`; checked at build). */
  releases: z.array(z.string().regex(/^[a-z0-9][a-z0-9.-]*$/)).min(1).optional(),
  /** Only for this install method: `packages` (deb/rpm) or `script` (the rootless install script). */
  install: z.enum(['packages', 'script']).optional(),
  /** Only on hosts with systemd (`true`) or without it (`false`). */
  systemd: z.boolean().optional(),
  /** Only for these Docker Engine versions, e.g. ">=29.5". */
  engine: VersionRangeSchema.optional(),
  /** Only once the install tool has written the docker user unit (`true`: `systemctl --user enable docker` needs it), or before (`false`). */
  unit: z.boolean().optional(),
  /** Only for these RootlessKit versions, e.g. ">=3.0". */
  rootlesskit: VersionRangeSchema.optional(),
});
/** A validated condition. */
export type Condition = z.infer<typeof ConditionSchema>;
