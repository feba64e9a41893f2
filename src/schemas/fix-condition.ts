/**
 * When a fix step applies (`when:` on a step in an entry's `fix`), read by the command generator.
 * A step whose condition does not match the user's settings is left out: it is the alternative
 * for another setup (another release, install method, or a host without systemd).
 */
import { z } from 'astro/zod';
import { RELEASE_IDS, isReleaseId } from '../lib/distro-releases.ts';

/** Conditions on the user's setup; all given ones must hold. */
export const StepConditionSchema = z.object({
  /** Only on these releases (ids from src/lib/distro-releases.ts, e.g. `rhel-8`, `ubuntu-2404`). */
  releases: z
    .array(z.string().refine(isReleaseId, { message: `unknown release; use one of: ${RELEASE_IDS.join(', ')}` }))
    .min(1)
    .optional(),
  /** Only for this install method: `packages` (deb/rpm) or `script` (the rootless install script). */
  install: z.enum(['packages', 'script']).optional(),
  /** Only on hosts with systemd (`true`) or without it (`false`). */
  systemd: z.boolean().optional(),
});
/** A validated step condition. */
export type StepCondition = z.infer<typeof StepConditionSchema>;
