/**
 * What a canonical line is about, read from its form: the programs it says are missing and what its
 * URLs point at. Two lines that name different ones report different problems, however many other
 * words they share: `dockerd-rootless-setuptool.sh: command not found` is the setup tool not
 * installed, a script's `sysctl: not found` a bare container image; `Get "http://localhost:5000/v2/":
 * … connection refused` is a local registry that is not reachable, the same words with
 * `/api?timeout=32s` a Kubernetes API server that is not up.
 */

/**
 * The ways programs and shells say one is missing, each capturing its name (a path is cut to its last
 * part): Go's exec (quotes become spaces in the canonical form), bash's and dash's shell errors, and
 * the setup tool's own `… binary not found`.
 */
const MISSING_PROGRAM = /(?:exec: ([\w.+-]+) : executable file not found|([\w.+-]+): (?:command )?not found|([\w.+-]+) binary not found)/g;

/**
 * A URL in a canonical line (a port or address erased to a placeholder word between spaces), capturing
 * the first part of its path: `/v2/` is a registry's API, `/api` Kubernetes', `/questions/` a Q&A page.
 * The host is left out: the canonical form erases addresses and ports, and `localhost` and `127.0.0.1`
 * are the same place.
 */
const URL_HEAD = /https?:\/\/[^\s/]*(?: [a-z]+ )?\/([\w.-]+)/g;

/** What most lines name: nothing of the kind (one shared set, never written to). */
const NONE: ReadonlySet<string> = new Set();

/** The first capture of each match of a global pattern, as a set (NONE when there is none). */
function captured(canonical: string, pattern: RegExp): ReadonlySet<string> {
  const found = new Set<string>();
  for (const m of canonical.matchAll(pattern)) {
    const name = m.slice(1).find((group) => group !== undefined);
    if (name !== undefined) found.add(name);
  }
  return found.size > 0 ? found : NONE;
}

/** The programs a canonical line says are missing, by name. */
export function missingPrograms(canonical: string): ReadonlySet<string> {
  return canonical.includes('not found') ? captured(canonical, MISSING_PROGRAM) : NONE; // every form says it; most lines do not
}

/** The first parts of the paths of the URLs a canonical line names. */
export function urlHeads(canonical: string): ReadonlySet<string> {
  return canonical.includes('://') ? captured(canonical, URL_HEAD) : NONE; // every URL has it; most lines have none
}

/** True when both name something (missing programs, URL heads) and nothing in common: the line is about another thing. */
export function subjectsDisagree(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a.size === 0 || b.size === 0) return false;
  for (const name of a) if (b.has(name)) return false;
  return true;
}
