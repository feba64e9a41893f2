/**
 * `search-index.json`: the error search's index, generated from the content at build time
 * (one source of truth with the pages) and fetched by the ErrorSearch island.
 */
import type { APIRoute } from 'astro';
import { loadContent } from '../../scripts/load-content.ts';
import { buildSearchIndex } from '../lib/search-index-build.ts';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(buildSearchIndex(loadContent(process.cwd()))), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
