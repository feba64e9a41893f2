import { describe, expect, test } from 'vitest';
import { withModulePreloads } from '../../src/lib/module-preload.ts';
import { firstVisitFiles } from '../../src/lib/page-weight.ts';

const modules: Record<string, string> = {
  '_astro/Island.js': 'import{h}from"./preact.js";import"./fix.js";const lazy=()=>import("./lazy.js")',
  '_astro/fix.js': 'import{h}from"./preact.js";',
  '_astro/preact.js': '',
  '_astro/client.js': 'import"./preact.js";',
  '_astro/header.js': 'import{s}from"./start.js";',
  '_astro/start.js': '',
  '_astro/lazy.js': '',
};
const read = (p: string) => modules[p];
const page = (base: string) => `<html><head><script type="module" src="${base}_astro/header.js"></script></head><body>
  <astro-island component-url="${base}_astro/Island.js" renderer-url="${base}_astro/client.js"></astro-island>
  <template><script type="module" src="${base}_astro/lazy.js"></script></template></body></html>`;
const preloads = (html: string) => [...html.matchAll(/<link rel="modulepreload" href="([^"]+)"/g)].map((m) => m[1]);

describe('withModulePreloads', () => {
  test('preloads every module the header script and the island import before they run, in the head, under the base path', () => {
    const html = withModulePreloads(page('/docs/'), '/docs/', read);
    expect(preloads(html)).toEqual(['/docs/_astro/start.js', '/docs/_astro/Island.js', '/docs/_astro/preact.js', '/docs/_astro/fix.js', '/docs/_astro/client.js']);
    expect(html.indexOf('modulepreload')).toBeLessThan(html.indexOf('</head>'));
  });

  test('leaves out what the page loads already, what is imported on use, and what sits inert in a <template>', () => {
    const html = preloads(withModulePreloads(page('/'), '/', read));
    expect(html).not.toContain('/_astro/header.js');
    expect(html).not.toContain('/_astro/lazy.js');
  });

  test('is idempotent, and leaves a page with nothing to preload as it is', () => {
    const once = withModulePreloads(page('/'), '/', read);
    expect(withModulePreloads(once, '/', read)).toBe(once);
    const plain = '<html><head></head><body><p>no scripts</p></body></html>';
    expect(withModulePreloads(plain, '/', read)).toBe(plain);
  });

  test('refuses a module path that would need escaping in an attribute', () => {
    expect(() => withModulePreloads('<head></head><astro-island component-url="/_astro/a&quot;b.js"></astro-island>', '/', () => '')).toThrow(/not a plain path/);
  });

  test('the added links do not move island code into Starlight\'s share of the page weight', () => {
    const html = withModulePreloads(page('/'), '/', read);
    const owners = Object.fromEntries(firstVisitFiles(html, '/', read).map((f) => [f.path, f.owner]));
    expect(owners).toMatchObject({ '_astro/Island.js': 'ours', '_astro/fix.js': 'ours', '_astro/preact.js': 'ours', '_astro/header.js': 'starlight', '_astro/start.js': 'starlight' });
  });
});
