// Gives entry and limitation pages their meta description (from `summary`) and a TOC that
// includes the sections rendered from frontmatter.
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { getEntry } from 'astro:content';
import { entryHeadings } from './lib/entry-sections.ts';

export const onRequest = defineRouteMiddleware(async (context) => {
  const route = context.locals.starlightRoute;
  const [section, slug] = route.id.split('/');
  if (!slug) return;
  const data =
    section === 'troubleshooting' ? (await getEntry('entries', slug))?.data
    : section === 'limitations' ? (await getEntry('limitations', slug))?.data
    : undefined;
  if (!data) return;
  if (!route.entry.data.description) route.head.push({ tag: 'meta', attrs: { name: 'description', content: data.summary } });
  if (section === 'troubleshooting' && route.toc && 'fix' in data) {
    const [overview] = route.toc.items;
    const headings = entryHeadings(data, route.headings).filter((h) => h.depth === 2);
    route.toc.items = [...(overview ? [overview] : []), ...headings.map((h) => ({ ...h, children: [] }))];
  }
});
