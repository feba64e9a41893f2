/**
 * `search-index.json`: the error search's index, generated from the content collections at build
 * time (one source of truth with the pages) and fetched by the search islands.
 */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { buildSearchIndex } from '../lib/search-index-build.ts';

export const GET: APIRoute = async () => {
  const [entries, limitations, distros] = await Promise.all([getCollection('entries'), getCollection('limitations'), getCollection('distros')]);
  const loaded = <T,>(items: { id: string; data: T }[], dir: string) => items.map((i) => ({ slug: i.id, file: `${dir}/${i.id}`, data: i.data }));
  const index = buildSearchIndex({
    entries: loaded(entries, 'troubleshooting'),
    limitations: loaded(limitations, 'limitations'),
    distros: loaded(distros, 'distros'),
  });
  return new Response(JSON.stringify(index), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
