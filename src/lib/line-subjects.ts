/**
 * What a canonical line is about, read from its form: what its URLs point at. Two lines whose URLs
 * point at different things report different problems, however many other words they share:
 * `Get "http://localhost:5000/v2/": … connection refused` is a local registry that is not reachable,
 * the same words with `/api?timeout=32s` a Kubernetes API server that is not up. (A rule for the
 * program a line says is missing was tried and dropped: zsh's `command not found: X` and programs an
 * entry covers without listing them, vpnkit or ip6tables, were cut as "another program".)
 */

/**
 * A URL in a canonical line (a port or address erased to a placeholder word between spaces), capturing
 * the first part of its path: `/v2/` is a registry's API, `/api` Kubernetes', `/questions/` a Q&A page.
 * The host is left out: the canonical form erases addresses and ports, and `localhost` and `127.0.0.1`
 * are the same place.
 */
const URL_HEAD = /https?:\/\/[^\s/]*(?: [a-z]+ )?\/([\w.-]+)/g;

/** What most lines name: nothing of the kind (one shared set, never written to). */
const NONE: ReadonlySet<string> = new Set();

/**
 * The first parts of the paths of the URLs a canonical line names. A registry's `/v1/` is not its
 * `/v2/`: only Docker releases far older than rootless mode (v19.03) still asked `/v1/_ping`.
 */
export function urlHeads(canonical: string): ReadonlySet<string> {
  if (!canonical.includes('://')) return NONE; // every URL has it; most lines have none
  const heads = new Set([...canonical.matchAll(URL_HEAD)].map((m) => m[1] ?? ''));
  return heads.size > 0 ? heads : NONE;
}

/** True when both name URL heads and none in common: the line is about another thing. */
export function subjectsDisagree(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a.size === 0 || b.size === 0) return false;
  for (const name of a) if (b.has(name)) return false;
  return true;
}
