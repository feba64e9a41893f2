/**
 * `doctor-data.json`: what the doctor needs to diagnose a pasted report in the browser (every
 * entry's `detect` rules and fixes, the distros), built from the same content as the pages and
 * fetched only when a report is pasted.
 */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { buildDoctorData } from '../lib/search-index-build.ts';

export const GET: APIRoute = async () => {
  const [entries, distros] = await Promise.all([getCollection('entries'), getCollection('distros')]);
  const loaded = <T,>(items: { id: string; data: T }[], dir: string) => items.map((i) => ({ slug: i.id, file: `${dir}/${i.id}`, data: i.data }));
  const data = buildDoctorData({ entries: loaded(entries, 'troubleshooting'), distros: loaded(distros, 'distros') });
  return new Response(JSON.stringify(data), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
