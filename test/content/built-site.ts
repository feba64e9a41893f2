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

/**
 * Every code block of the built site with the text its copy button copies: Expressive Code's (page
 * bodies, one element per line, as src/scripts/copy-buttons.ts reads them) and the command blocks
 * of the fix renderer (data-lang="sh").
 */
export function codeBlocks(dist: string): CodeBlock[] {
  return htmlPages(dist).flatMap((page) => {
    const html = readFileSync(join(dist, page), 'utf8');
    const expressive = [...html.matchAll(/<pre data-language="([^"]*)"[^>]*><code>([\s\S]*?)<\/code><\/pre>/g)].map((m) => ({
      page, lang: m[1] ?? '',
      code: [...(m[2] ?? '').matchAll(/<div class="ec-line[^"]*">([\s\S]*?)<\/div><\/div>/g)].map((l) => decodeEntities((l[1] ?? '').replace(/<[^>]*>/g, ''))).join('\n'),
    }));
    const commands = [...html.matchAll(/<pre[^>]*data-lang="(sh)"[^>]*><code>([\s\S]*?)<\/code><\/pre>/g)].map((m) => ({
      page, lang: m[1] ?? 'sh', code: decodeEntities((m[2] ?? '').replace(/<[^>]*>/g, '')),
    }));
    return [...expressive, ...commands];
  });
}

/** The page paths of a built site below its base (`''`, `search/`, `troubleshooting/x/`), from its index.html files. */
export function builtPaths(dir: string): string[] {
  return htmlPages(join(process.cwd(), dir)).filter((p) => p.endsWith('index.html')).map((p) => p.replace(/index\.html$/, '')).sort();
}
