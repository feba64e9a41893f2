import { describe, expect, test } from 'vitest';
import { entryHeadings } from '../../src/lib/entry-sections.ts';
import { splitInlineCode } from '../../src/lib/inline-code.ts';
import { groupByPhase } from '../../src/lib/phases.ts';
import { contentPath, withBase } from '../../src/lib/urls.ts';
import { EntrySchema } from '../../src/schemas/entry.ts';

describe('splitInlineCode', () => {
  test('marks backtick runs as code and leaves a lone backtick literal', () => {
    expect(splitInlineCode('run `sysctl --system` now `x')).toEqual([
      { code: false, text: 'run ' },
      { code: true, text: 'sysctl --system' },
      { code: false, text: ' now `x' },
    ]);
  });
});

describe('withBase', () => {
  test.each([
    ['/', 'troubleshooting/a/', '/troubleshooting/a/'],
    ['/docs/rootless/', 'troubleshooting/a/', '/docs/rootless/troubleshooting/a/'],
    ['/docs/rootless', '/search/', '/docs/rootless/search/'],
  ])('joins %s and %s', (base, path, url) => {
    expect(withBase(base, path)).toBe(url);
  });
  test('builds entry and limitation paths', () => {
    expect(contentPath('entry', 'x')).toBe('troubleshooting/x/');
    expect(contentPath('limitation', 'y')).toBe('limitations/y/');
  });
});

describe('groupByPhase', () => {
  test('orders phases as a user meets them and drops empty ones', () => {
    const groups = groupByPhase([
      { phase: 'network', title: 'b' },
      { phase: 'install', title: 'a' },
    ] as const);
    expect(groups.map((g) => g.phase)).toEqual(['install', 'network']);
  });
});

describe('entryHeadings', () => {
  test('puts the answer first (errors, fix, how to confirm, verify), then the body, then versions, related and sources', () => {
    const entry = EntrySchema.parse({
      title: 't', summary: 's', cause: 'c', phase: 'run', errors: ['e'], related: ['x'],
      diagnose: [{ title: 'd', run: 'true', bad: 'x' }], versions: [{ applies: 'v29.5+', note: 'n' }],
      fix: [{ title: 'f', run: 'true' }], verify: [{ run: 'true', expect: 'ok' }], sources: [{ title: 's', url: 'https://docs.docker.com/' }],
    });
    const slugs = entryHeadings(entry, [{ depth: 2, slug: 'why', text: '为什么会这样' }]).map((h) => h.slug);
    expect(slugs).toEqual(['errors', 'fix', 'diagnose', 'verify', 'why', 'versions', 'related', 'sources']);
  });
});
