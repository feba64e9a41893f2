/** Measures what a first visit to each page type of a built site loads, gzip bytes by kind and owner. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { firstVisitFiles, withoutInlineScripts } from '../lib/page-weight.ts';

/** Gzip size of a byte string. */
export const gzipBytes = (data: string | Buffer) => gzipSync(data, { level: 9 }).length;

/** One page's first-visit weight in gzip bytes. */
export interface PageWeight {
  /** Page type and path, e.g. "entry troubleshooting/x/". */
  page: string;
  /** The whole page, inline scripts included. */
  html: number;
  css: { starlight: number; ours: number };
  /** Script files by owner, and what the inline scripts add to the page's gzip size. */
  js: { starlight: number; ours: number; inline: number };
}

/** The page types budgets apply to, as paths below the site root (first entry/limitation picked by the caller). */
export function pageTypes(dist: string): Record<string, string> {
  const pick = (dir: string) => {
    const files = readFileSync(join(dist, 'index.html'), 'utf8').match(new RegExp(`href="[^"]*/(${dir}/[a-z0-9-]+/)"`));
    return files?.[1] ?? `${dir}/`;
  };
  return {
    home: '',
    entry: pick('troubleshooting'),
    limitation: pick('limitations'),
    reference: 'networking/drivers/',
    distro: 'distros/ubuntu/',
    search: 'search/',
    wizard: 'wizard/',
  };
}

/** Weighs one page of the site in `dist` (built with `base`). */
export function weighPage(dist: string, base: string, path: string): PageWeight {
  const htmlFile = join(dist, path, 'index.html');
  if (!existsSync(htmlFile)) throw new Error(`no page at ${path}: build the site first`);
  const html = readFileSync(htmlFile, 'utf8');
  const read = (p: string) => (existsSync(join(dist, p)) ? readFileSync(join(dist, p), 'utf8') : undefined);
  const weight: PageWeight = { page: path, html: gzipBytes(html), css: { starlight: 0, ours: 0 }, js: { starlight: 0, ours: 0, inline: 0 } };
  // Inline scripts (Starlight's theme, sidebar and tabs, the small modules Astro inlines) are JavaScript
  // too. They travel inside the page's gzip stream, so what they cost is what they add to it.
  weight.js.inline = weight.html - gzipBytes(withoutInlineScripts(html));
  for (const f of firstVisitFiles(html, base, read)) weight[f.kind][f.owner] += gzipBytes(read(f.path) ?? '');
  return weight;
}
