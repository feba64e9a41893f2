/**
 * The programs a canonical line says are missing (`exec: "iptables": executable file not found`,
 * `newuidmap: command not found`, dash's `dockerd-rootless.sh: 232: sysctl: not found`): two such
 * messages about different programs are different problems, however many other words they share.
 * `dockerd-rootless-setuptool.sh: command not found` is the setup tool not installed; a script's
 * `sysctl: not found` is a bare container image, not that.
 */

/**
 * The ways programs and shells say one is missing, each capturing its name (a path is cut to its last
 * part): Go's exec (quotes become spaces in the canonical form), bash's and dash's shell errors, and
 * the setup tool's own `… binary not found`.
 */
const MISSING_PROGRAM = /(?:exec: ([\w.+-]+) : executable file not found|([\w.+-]+): (?:command )?not found|([\w.+-]+) binary not found)/g;

/** What most lines name: no missing program (one shared set, never written to). */
const NONE: ReadonlySet<string> = new Set();

/** The programs a canonical line says are missing, by name. */
export function missingPrograms(canonical: string): ReadonlySet<string> {
  if (!canonical.includes('not found')) return NONE; // every form says it; most lines do not
  const names = new Set<string>();
  for (const m of canonical.matchAll(MISSING_PROGRAM)) {
    const name = m[1] ?? m[2] ?? m[3];
    if (name !== undefined) names.add(name);
  }
  return names.size > 0 ? names : NONE;
}

/** True when both name a missing program and none in common: another program is missing. */
export function programsDisagree(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a.size === 0 || b.size === 0) return false;
  for (const name of a) if (b.has(name)) return false;
  return true;
}
