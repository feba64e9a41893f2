import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { firstVisitFiles, inlineScripts, pageModules } from '../../src/lib/page-weight.ts';
import { pageTypes } from '../../src/node/page-weight.ts';

// What a first visit loads, by file: the figures and budgets are `npm run bench:weight` (in CI).
const dist = join(process.cwd(), 'dist');
const types = pageTypes(dist);
const read = (p: string) => (existsSync(join(dist, p)) ? readFileSync(join(dist, p), 'utf8') : undefined);
const firstVisit = (path: string) => {
  const html = readFileSync(join(dist, path, 'index.html'), 'utf8');
  return { files: firstVisitFiles(html, '/', read).map((f) => `${f.path} ${(read(f.path) ?? '').slice(0, 4000)}`), inline: inlineScripts(html) };
};

describe('what a first visit loads', () => {
  test.each(['entry', 'limitation', 'reference', 'distro'])('the %s page loads no search code: no dialog, matcher, index or Pagefind', (type) => {
    const { files, inline } = firstVisit(types[type]!);
    // The header script may name the dialog's chunks and the index (to load them on use); it must not
    // load them (the dialog e2e checks what a first visit requests).
    expect(files.map((f) => f.split(' ')[0])).not.toContainEqual(expect.stringMatching(/search-dialog|search-index|typo-corrector|ErrorSearch|pagefind/));
    const code = [...files, ...inline].join('\n');
    expect(code).not.toMatch(/pagefind\/pagefind\.js|doctor-data\.json/);
    expect(code).toContain('rd-search');
  });

  test('the search page loads the paste box island', () => {
    expect(firstVisit(types.search!).files.some((f) => /ErrorSearch/.test(f))).toBe(true);
  });

  test.each(['home', 'search', 'wizard', 'entry'])('the %s page preloads every module its scripts and islands import before they run (no round trip per level of imports)', (type) => {
    const html = readFileSync(join(dist, types[type]!, 'index.html'), 'utf8');
    const head = html.slice(0, html.indexOf('</head>'));
    const modules = pageModules(html, '/', read);
    expect(modules.length).toBeGreaterThan(1);
    for (const path of modules) expect(head.includes(`<link rel="modulepreload" href="/${path}"`) || html.includes(`<script type="module" src="/${path}"`), path).toBe(true);
  });
});
