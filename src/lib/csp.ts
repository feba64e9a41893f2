/**
 * Completing the Content-Security-Policy meta tag Astro writes: Starlight's `is:inline` scripts
 * (theme, tabs restore, sidebar) are not hashed by Astro, so after the build every inline
 * script and style element of a page gets its hash added. Nothing is ever allowed by
 * 'unsafe-inline' for scripts; only what the build itself wrote runs.
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
  const parts = policy.split(';').map((p) => p.trim()).filter(Boolean);
  const i = parts.findIndex((p) => p.split(/\s+/)[0] === directive);
  const current = i === -1 ? [directive] : (parts[i] ?? '').split(/\s+/);
  const merged = [...current, ...sources.filter((s) => !current.includes(s))].join(' ');
  if (i === -1) parts.push(merged);
  else parts[i] = merged;
  return `${parts.join('; ')};`;
}

/** Returns the page with every inline script and style hash present in its CSP meta tag. */
export function completePolicy(html: string, hash: HashSource): string {
  const policy = pagePolicy(html);
  if (policy === undefined) return html;
  const { scripts, styles } = inlineCode(html);
  let next = addSources(policy, 'script-src', [...new Set(scripts.map(hash))]);
  next = addSources(next, 'style-src', [...new Set(styles.map(hash))]);
  return html.replace(META, () => `<meta http-equiv="content-security-policy" content="${next.replaceAll("'", '&#39;')}">`);
}
