import { describe, expect, test } from 'vitest';
import { entryHeadings } from '../../src/lib/entry-sections.ts';
import { splitFrontmatter } from '../../src/lib/frontmatter.ts';
import { splitInlineCode } from '../../src/lib/inline-code.ts';
import { groupByPhase } from '../../src/lib/phases.ts';
import { contentPath, withBase } from '../../src/lib/urls.ts';
import { EntrySchema } from '../../src/schemas/entry.ts';

describe('splitFrontmatter', () => {
  test('separates YAML from the body', () => {
    expect(splitFrontmatter('---\na: 1\n---\n\n# Body')).toEqual({ yaml: 'a: 1', body: '\n# Body' });
  });
  test('returns null without fences', () => {
    expect(splitFrontmatter('# just markdown')).toBeNull();
  });
});

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
  test('puts errors before the body and fix, verify, related after it', () => {
    const entry = EntrySchema.parse({
      title: 't', summary: 's', cause: 'c', phase: 'run', errors: ['e'], related: ['x'],
      fix: [{ title: 'f', run: 'true' }], verify: [{ run: 'true', expect: 'ok' }],
    });
    const slugs = entryHeadings(entry, [{ depth: 2, slug: 'why', text: '为什么会这样' }]).map((h) => h.slug);
    expect(slugs).toEqual(['errors', 'why', 'fix', 'verify', 'related']);
  });
});
