// Gives entry and limitation pages their meta description (from `summary`) and a TOC that
// includes the sections rendered from frontmatter.
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { getEntry } from 'astro:content';
import { entryHeadings } from './lib/entry-sections.ts';
import { withBase } from './lib/urls.ts';
import { NOSCRIPT_SEARCH_STYLE } from './route-middleware-text.ts';

/** Pages that host the error search island (its index loads when the reader reaches for the box, or with a `?q=`). */
const SEARCH_PAGES = new Set([withBase(import.meta.env.BASE_URL, ''), withBase(import.meta.env.BASE_URL, 'search/')]);

export const onRequest = defineRouteMiddleware(async (context) => {
  const route = context.locals.starlightRoute;
  if (SEARCH_PAGES.has(context.url.pathname)) {
    // Without JavaScript the paste box would be a dead control; the noscript text explains what to do instead.
    route.head.push({ tag: 'noscript', content: `<style>${NOSCRIPT_SEARCH_STYLE}</style>` });
  }
  const [section, slug] = route.id.split('/');
  if (!slug) return;
  const data =
    section === 'troubleshooting' ? (await getEntry('entries', slug))?.data
    : section === 'limitations' ? (await getEntry('limitations', slug))?.data
    : undefined;
  if (!data) return;
  if (!route.entry.data.description) route.head.push({ tag: 'meta', attrs: { name: 'description', content: data.summary } });
  if (section === 'troubleshooting' && route.toc && 'fixes' in data) {
    const [overview] = route.toc.items;
    const headings = entryHeadings(data, route.headings).filter((h) => h.depth === 2);
    route.toc.items = [...(overview ? [overview] : []), ...headings.map((h) => ({ ...h, children: [] }))];
  }
});
