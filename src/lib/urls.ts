/** Base-path-aware URLs, so the site works at `/` and under any sub-path. */

/** Joins the site base (e.g. `/` or `/docs/rootless/`) and a root-relative path, with one slash between. */
export function withBase(base: string, path: string): string {
  return `${base.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
}

/** A search index item's page path from the site root, e.g. `/troubleshooting/<slug>/` (prefix the base path), derived from its kind and slug so the index does not carry it; the site root for no item. */
export function itemPath(item: { kind: 'entry' | 'limitation'; slug: string } | undefined): string {
  return item === undefined ? '/' : `/${contentPath(item.kind, item.slug)}`;
}

/** The page path of a troubleshooting entry or a limitation, relative to the site root. */
export function contentPath(kind: 'entry' | 'limitation', slug: string): string {
  return `${kind === 'entry' ? 'troubleshooting' : 'limitations'}/${slug}/`;
}

/** URL parameter that holds the search page's query: `/search/?q=…`. */
export const QUERY_PARAM = 'q';
