/**
 * `fixes/<slug>.json`: what a search result shows beyond the index, fetched for each result shown: the
 * item's cause; for an entry, its fix (built from the same content and the same fix view as the entry
 * page) and the check that tells it apart from a close cause. The search index itself stays small.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { buildLimitationResult, buildResultFix } from '../../lib/search-index-build.ts';
import type { Entry } from '../../schemas/entry.ts';
import type { Limitation } from '../../schemas/limitation.ts';

type Item = { entry: Entry } | { limitation: Limitation };

export const getStaticPaths = (async () => [
  ...(await getCollection('entries')).map((e) => ({ params: { slug: e.id }, props: { entry: e.data } satisfies Item })),
  ...(await getCollection('limitations')).map((l) => ({ params: { slug: l.id }, props: { limitation: l.data } satisfies Item })),
]) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, props }) => {
  const item = props as Item;
  const fix = 'entry' in item
    ? buildResultFix(params.slug ?? '', item.entry, (await getCollection('distros')).map((d) => d.data))
    : buildLimitationResult(item.limitation);
  return new Response(JSON.stringify(fix), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
