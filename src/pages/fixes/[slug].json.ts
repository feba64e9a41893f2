/**
 * `fixes/<slug>.json`: the fix a search result shows for an entry (built from the same content and
 * the same fix view as the entry page) and the check that tells it apart from a close cause, fetched
 * only when that entry is the answer or one of two close causes, so the search index itself stays small.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { buildResultFix } from '../../lib/search-index-build.ts';

export const getStaticPaths = (async () => (await getCollection('entries')).map((e) => ({ params: { slug: e.id }, props: { entry: e.data } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, props }) => {
  const distros = (await getCollection('distros')).map((d) => d.data);
  const fix = buildResultFix(params.slug ?? '', (props as { entry: Parameters<typeof buildResultFix>[1] }).entry, distros);
  return new Response(JSON.stringify(fix), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
