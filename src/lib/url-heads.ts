/**
 * What the URLs of a canonical line point at, by the first part of their path: `/v2/` is a registry's
 * API, `/api` Kubernetes', `/questions/` a Q&A page. Two lines whose URLs point at different things
 * report different problems, whatever else they share: `Get "http://localhost:5000/v2/": … connection
 * refused` is a local registry that is not reachable, the same words with `/api?timeout=32s` a
 * Kubernetes API server that is not up. The host is left out: the canonical form erases addresses and
 * ports, and `localhost` and `127.0.0.1` are the same place.
 */

/** A URL in a canonical line (a port or address erased to a placeholder word between spaces), capturing the first part of its path. */
const URL_HEAD = /https?:\/\/[^\s/]*(?: [a-z]+ )?\/([\w.-]+)/g;

/** What most lines name: no URL (one shared set, never written to). */
const NONE: ReadonlySet<string> = new Set();

/** The first parts of the paths of the URLs a canonical line names. */
export function urlHeads(canonical: string): ReadonlySet<string> {
  if (!canonical.includes('://')) return NONE; // every URL has it; most lines have none
  const heads = new Set<string>();
  for (const m of canonical.matchAll(URL_HEAD)) if (m[1] !== undefined) heads.add(m[1]);
  return heads.size > 0 ? heads : NONE;
}

/** True when both name URLs and none points at the same thing. */
export function urlsDisagree(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a.size === 0 || b.size === 0) return false;
  for (const head of a) if (b.has(head)) return false;
  return true;
}
