/**
 * Module preloads for a built page: the page names up front every module its scripts and islands
 * import before they can run, so they download with the page instead of one level of imports after
 * another (see src/integrations/module-preload.ts).
 */
import { ADDED_PRELOAD_ATTR, loadedScripts, pageModules } from './page-weight.ts';
import { withBase } from './urls.ts';

/** What a built module's site path may hold: the bundler's hashed names under the base path, nothing to escape. */
const SAFE_PATH = /^[\w./-]+$/;

/**
 * The page with a `<link rel="modulepreload">` before `</head>` for each module its scripts and islands need
 * that it does not already load or preload; the page unchanged when there is none. `read` returns a
 * built JS file by site path. Throws on a module path that would need escaping in HTML, or a page without `</head>`.
 */
export function withModulePreloads(page: string, base: string, read: (path: string) => string | undefined): string {
  const already = new Set(loadedScripts(page, base));
  const missing = pageModules(page, base, read).filter((path) => !already.has(path));
  if (missing.length === 0) return page;
  const bad = missing.find((path) => !SAFE_PATH.test(path) || !SAFE_PATH.test(base));
  if (bad !== undefined) throw new Error(`module-preload: module path ${JSON.stringify(bad)} under base ${JSON.stringify(base)} is not a plain path`);
  const at = page.indexOf('</head>');
  if (at < 0) throw new Error('module-preload: page has no </head>');
  const links = missing.map((path) => `<link rel="modulepreload" href="${withBase(base, path)}" ${ADDED_PRELOAD_ATTR}>`).join('');
  return page.slice(0, at) + links + page.slice(at);
}
