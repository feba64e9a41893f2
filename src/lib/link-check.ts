/**
 * Finds broken internal links and anchors in a built site. Pure: the caller reads the
 * files; this only parses our own generated HTML (attribute values in double quotes).
 */

/** The links a page makes and the anchor ids it offers. */
export interface PageLinks { hrefs: string[]; ids: Set<string> }

const decode = (s: string) => s.replaceAll('&amp;', '&').replaceAll('&quot;', '"').replaceAll('&#39;', "'");

/** Pulls `<a href>` targets and every `id` out of an HTML page. */
export function extractLinks(html: string): PageLinks {
  const hrefs = [...html.matchAll(/<a\b[^>]*?\shref="([^"]*)"/g)].map((m) => decode(m[1] ?? ''));
  const ids = new Set([...html.matchAll(/\sid="([^"]*)"/g)].map((m) => decode(m[1] ?? '')));
  return { hrefs, ids };
}

/** Maps a URL path below the base to the file that serves it (`a/` → `a/index.html`). */
function fileForPath(path: string): string {
  return path.endsWith('/') || path === '' ? `${path}index.html` : path;
}

/**
 * Lists broken links as "page: href (why)". `pages` is keyed by file path relative to the
 * site root (e.g. `troubleshooting/x/index.html`); `files` holds every file of the site.
 */
export function findBrokenLinks(pages: ReadonlyMap<string, PageLinks>, files: ReadonlySet<string>, base: string): string[] {
  const root = `${base.replace(/\/+$/, '')}/`;
  const broken: string[] = [];
  for (const [page, { hrefs }] of pages) {
    const pageUrl = new URL(root + page.replace(/index\.html$/, ''), 'http://site.invalid');
    for (const href of hrefs) {
      if (href === '' || /^[a-z][a-z0-9+.-]*:/i.test(href) && !href.startsWith('http://site.invalid')) continue;
      if (href.startsWith('//')) continue;
      const target = new URL(href, pageUrl);
      if (!target.pathname.startsWith(root)) {
        broken.push(`${page}: ${href} (outside the site base ${root})`);
        continue;
      }
      const file = fileForPath(decodeURIComponent(target.pathname.slice(root.length)));
      if (!files.has(file)) {
        broken.push(`${page}: ${href} (no page at ${target.pathname})`);
        continue;
      }
      const hash = decodeURIComponent(target.hash.slice(1));
      const targetPage = pages.get(file);
      if (hash && targetPage && hash !== '_top' && !targetPage.ids.has(hash)) broken.push(`${page}: ${href} (no #${hash} on that page)`);
    }
  }
  return broken;
}
