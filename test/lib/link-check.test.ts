import { describe, expect, test } from 'vitest';
import { extractLinks, findBrokenLinks, type PageLinks } from '../../src/lib/link-check.ts';

const site = (pages: Record<string, string>, extra: string[] = []) => {
  const map = new Map<string, PageLinks>(Object.entries(pages).map(([f, html]) => [f, extractLinks(html)]));
  return { map, files: new Set([...Object.keys(pages), ...extra]) };
};

describe('extractLinks', () => {
  test('finds hrefs and ids, decoding entities', () => {
    const links = extractLinks('<a class="x" href="a/?q=1&amp;b=2">x</a><h2 id="fix">修复</h2>');
    expect(links.hrefs).toEqual(['a/?q=1&b=2']);
    expect([...links.ids]).toEqual(['fix']);
  });
});

describe('findBrokenLinks', () => {
  test.each([
    ['a relative link to a sibling page', '../b/'],
    ['an absolute link with the base', '/docs/t/b/'],
    ['a link to an anchor that exists', '../b/#fix'],
    ['an external link', 'https://docs.docker.com/'],
    ['an asset', '/docs/favicon.svg'],
  ])('accepts %s', (_, href) => {
    const { map, files } = site({ 't/a/index.html': `<a href="${href}">x</a>`, 't/b/index.html': '<h2 id="fix"></h2>' }, ['favicon.svg']);
    expect(findBrokenLinks(map, files, '/docs/')).toEqual([]);
  });

  test.each([
    ['a missing page', '../c/', 'no page at /docs/t/c/'],
    ['a missing anchor', '../b/#nope', 'no #nope on that page'],
    ['a root link that forgets the base', '/t/b/', 'outside the site base /docs/'],
  ])('reports %s', (_, href, why) => {
    const { map, files } = site({ 't/a/index.html': `<a href="${href}">x</a>`, 't/b/index.html': '<h2 id="fix"></h2>' });
    expect(findBrokenLinks(map, files, '/docs/')).toEqual([`t/a/index.html: ${href} (${why})`]);
  });
});
