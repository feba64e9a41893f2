/**
 * Completing the Content-Security-Policy meta tag Astro writes. Astro hashes the scripts and
 * styles it bundles, but not Starlight's `is:inline` scripts (theme, tabs restore, sidebar). After
 * the build, an inline script or style is allowed only when Astro's policy already has its hash
 * or its text is one of the known ones (Starlight's is:inline scripts, read from the installed
 * package, and this site's own); anything else — a script that content smuggled into the page —
 * is refused, and the build fails. Nothing is ever allowed by 'unsafe-inline' for scripts.
 */

/** Computes a CSP source for some text, e.g. `'sha256-…'`. */
export type HashSource = (text: string) => string;

const META = /<meta http-equiv="content-security-policy" content="([^"]*)"\s*\/?>/i;

/** The page's CSP from its meta tag, or undefined. */
export function pagePolicy(html: string): string | undefined {
  return META.exec(html)?.[1]?.replaceAll('&#39;', "'");
}

/** Bodies of inline `<script>` elements (those without src) and `<style>` elements. */
export function inlineCode(html: string): { scripts: string[]; styles: string[] } {
  return {
    scripts: [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? ''),
    styles: [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1] ?? ''),
  };
}

/** Adds each source to a directive of a policy (appending the directive if absent), skipping duplicates. */
export function addSources(policy: string, directive: string, sources: readonly string[]): string {
  if (sources.length === 0) return policy;
  const parts = policy.split(';').map((p) => p.trim()).filter(Boolean);
  const i = parts.findIndex((p) => p.split(/\s+/)[0] === directive);
  const current = i === -1 ? [directive] : (parts[i] ?? '').split(/\s+/);
  const merged = [...current, ...sources.filter((s) => !current.includes(s))].join(' ');
  if (i === -1) parts.push(merged);
  else parts[i] = merged;
  return `${parts.join('; ')};`;
}

/** Inline code as compared with its source: whitespace runs collapsed (the build compresses HTML). */
export function normaliseCode(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The bodies of `<script is:inline>` elements in component sources, normalised. */
export function inlineScriptsOf(source: string): string[] {
  return [...source.matchAll(/<script is:inline[^>]*>([\s\S]*?)<\/script>/g)].map((m) => normaliseCode(m[1] ?? ''));
}

/** Inline code a page may run besides what Astro hashed itself: normalised texts. */
export interface KnownInline { scripts: ReadonlySet<string>; styles: ReadonlySet<string> }

/**
 * Returns the page with the hashes of its known inline scripts and styles added to its CSP meta
 * tag, and the inline code that is neither hashed by Astro nor known (each a problem).
 */
export function completePolicy(html: string, hash: HashSource, known: KnownInline): { html: string; unknown: string[] } {
  const policy = pagePolicy(html);
  if (policy === undefined) return { html, unknown: [] };
  const { scripts, styles } = inlineCode(html);
  const unknown: string[] = [];
  const allowed = (texts: string[], directive: string, knownTexts: ReadonlySet<string>, kind: string) => {
    const already = new Set((policy.split(';').find((p) => p.trim().startsWith(`${directive} `)) ?? '').trim().split(/\s+/));
    return [...new Set(texts)].flatMap((text) => {
      const h = hash(text);
      if (already.has(h)) return [];
      if (knownTexts.has(normaliseCode(text))) return [h];
      unknown.push(`inline ${kind}: ${normaliseCode(text).slice(0, 120)}`);
      return [];
    });
  };
  let next = addSources(policy, 'script-src', allowed(scripts, 'script-src', known.scripts, 'script'));
  next = addSources(next, 'style-src', allowed(styles, 'style-src', known.styles, 'style'));
  return { html: html.replace(META, () => `<meta http-equiv="content-security-policy" content="${next.replaceAll("'", '&#39;')}">`), unknown };
}
