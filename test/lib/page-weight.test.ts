import { describe, expect, test } from 'vitest';
import { firstVisitFiles, inlineScripts, staticImports, withoutInlineScripts, workerScripts } from '../../src/lib/page-weight.ts';

describe('staticImports', () => {
  test.each([
    ['import{a as b}from"./preact.js";', ['./preact.js']],
    ['import "./side.js";export{x}from"./x.js"', ['./side.js', './x.js']],
    ['const m = import("./lazy.js")', []],
  ])('finds the static imports of %s', (js, specs) => {
    expect(staticImports(js)).toEqual(specs);
  });
});

describe('workerScripts', () => {
  test.each([
    ['let w=new Worker(new URL(`/_astro/matcher.worker-B1.js`,``+import.meta.url),{type:`module`})', ['/_astro/matcher.worker-B1.js']],
    ['new Worker(new URL("./w.js", import.meta.url))', ['./w.js']],
    ['const u = new URL("./not-a-worker.js", import.meta.url)', []],
  ])('finds the worker scripts started by %s', (js, specs) => {
    expect(workerScripts(js)).toEqual(specs);
  });
});

describe('firstVisitFiles', () => {
  const modules: Record<string, string> = {
    '_astro/Island.js': 'import{h}from"./preact.js";new Worker(new URL(`/docs/_astro/matcher.worker.js`,``+import.meta.url))',
    '_astro/matcher.worker.js': '',
    '_astro/preact.js': '',
    '_astro/client.js': 'import"./preact.js";',
    '_astro/page.js': 'import"./ui.js";',
    '_astro/ui.js': '',
  };
  const html = `
    <link rel="stylesheet" href="/docs/_astro/common.css"><link rel="stylesheet" href="/docs/_astro/print.css" media="print">
    <script type="module" src="/docs/_astro/page.js"></script>
    <astro-island component-url="/docs/_astro/Island.js" renderer-url="/docs/_astro/client.js"></astro-island>
    <script src="https://cdn.example/x.js"></script>`;

  test('counts island modules, their imports and the workers they start as ours, the rest as Starlight\'s', () => {
    const files = firstVisitFiles(html, '/docs/', (p) => modules[p]);
    expect(files.filter((f) => f.owner === 'ours').map((f) => f.path).sort()).toEqual(['_astro/Island.js', '_astro/client.js', '_astro/matcher.worker.js', '_astro/preact.js']);
    expect(files.filter((f) => f.owner === 'starlight').map((f) => f.path).sort()).toEqual(['_astro/common.css', '_astro/page.js', '_astro/ui.js']);
  });

  test('counts the worker an island starts through a module the header also imports, not one only the header starts (on use)', () => {
    const shared: Record<string, string> = {
      '_astro/header.js': 'import{s}from"./start-worker.js";addEventListener("keydown",()=>s())',
      '_astro/start-worker.js': 'export const s=()=>new Worker(new URL(`/_astro/matcher.worker.js`,import.meta.url))',
      '_astro/Island.js': 'import{s}from"./start-worker.js";s()',
    };
    const header = '<script type="module" src="/_astro/header.js"></script>';
    expect(firstVisitFiles(header, '/', (p) => shared[p] ?? '').map((f) => f.path)).toEqual(['_astro/header.js', '_astro/start-worker.js']);
    const withIsland = firstVisitFiles(`${header}<astro-island component-url="/_astro/Island.js"></astro-island>`, '/', (p) => shared[p] ?? '');
    expect(withIsland.filter((f) => f.owner === 'ours').map((f) => f.path)).toEqual(['_astro/Island.js', '_astro/matcher.worker.js']);
  });

  test('does not count a script that sits inert in a <template> (the search dialog\'s, loaded on use)', () => {
    const files = firstVisitFiles('<template data-code><script type="module" src="/_astro/ui.js"></script></template><script type="module" src="/_astro/page.js"></script>', '/', () => '');
    expect(files.map((f) => f.path)).toEqual(['_astro/page.js']);
  });

  test('does not count a stylesheet in <noscript> (a browser that runs scripts never loads it)', () => {
    const files = firstVisitFiles('<noscript><link rel="stylesheet" href="/noscript-tabs.css" /></noscript><link rel="stylesheet" href="/_astro/site.css">', '/', () => '');
    expect(files.map((f) => f.path)).toEqual(['_astro/site.css']);
  });

  test('loads no JS of ours on a page without islands', () => {
    const files = firstVisitFiles('<script type="module" src="/_astro/page.js"></script>', '/', (p) => modules[p]);
    expect(files.some((f) => f.owner === 'ours')).toBe(false);
  });
});

test('counts a module shared by Starlight and an island as Starlight\'s', () => {
  const modules: Record<string, string> = { '_astro/Island.js': 'import"./helper.js";', '_astro/page.js': 'import"./helper.js";', '_astro/helper.js': '' };
  const html = '<astro-island component-url="/_astro/Island.js"></astro-island><script type="module" src="/_astro/page.js"></script>';
  const helper = firstVisitFiles(html, '/', (p) => modules[p]).find((f) => f.path === '_astro/helper.js');
  expect(helper?.owner).toBe('starlight');
});

describe('inline scripts', () => {
  const page = '<head><script>theme()</script><script type="module" src="/_astro/a.js"></script><script type="application/ld+json">{"a":1}</script></head><body><script type="module">tabs()</script></body>';

  test('lists the code of classic and module inline scripts, not files or JSON data', () => {
    expect(inlineScripts(page)).toEqual(['theme()', 'tabs()']);
  });

  test('withoutInlineScripts empties only the inline code, so the difference in gzip size is what the code costs', () => {
    expect(withoutInlineScripts(page)).toBe('<head><script></script><script type="module" src="/_astro/a.js"></script><script type="application/ld+json">{"a":1}</script></head><body><script type="module"></script></body>');
  });
});
