/** Reading the built site (dist/) in tests: its pages and the code blocks Expressive Code rendered. */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** A code block as rendered: its language and the exact text its copy button copies. */
export interface CodeBlock { page: string; lang: string; code: string }

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Decodes the HTML entities Astro and Expressive Code emit in attribute values. */
export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, e: string) => {
    if (e.startsWith('#x') || e.startsWith('#X')) return String.fromCodePoint(parseInt(e.slice(2), 16));
    if (e.startsWith('#')) return String.fromCodePoint(Number(e.slice(1)));
    return ENTITIES[e] ?? whole;
  });
}

/** The HTML files of a built site, relative to its folder. */
export function htmlPages(dist: string): string[] {
  if (!existsSync(dist)) throw new Error(`${dist} does not exist: run \`npm run build\` first (npm test does).`);
  return readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
}

/** Every Expressive Code block of the built site, with the text its copy button copies. */
export function codeBlocks(dist: string): CodeBlock[] {
  return htmlPages(dist).flatMap((page) => {
    const html = readFileSync(join(dist, page), 'utf8');
    return [...html.matchAll(/<pre data-language="([^"]*)"[\s\S]*?data-code="([^"]*)"/g)].map((m) => ({
      page,
      lang: m[1] ?? '',
      code: decodeEntities(m[2] ?? '').replaceAll('\u007f', '\n'),
    }));
  });
}
