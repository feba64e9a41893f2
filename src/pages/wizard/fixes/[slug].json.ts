/**
 * `wizard/fixes/<slug>.json`: what the wizard's generator needs of an entry (its diagnose, fixes and
 * verify steps, its distros), fetched when a path reaches that entry, so the wizard page does not
 * carry every entry's fix in its HTML.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { fixEntryOf } from '../../../lib/fix-view.ts';
import type { Entry } from '../../../schemas/entry.ts';

export const getStaticPaths = (async () => (await getCollection('entries')).map((e) => ({ params: { slug: e.id }, props: { entry: e.data } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify(fixEntryOf((props as { entry: Entry }).entry)), { headers: { 'content-type': 'application/json; charset=utf-8' } });
