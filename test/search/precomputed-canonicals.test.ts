/** The index carries each text's canonical form so a page skips that work on load: answers must not change for it. */
import { describe, expect, test } from 'vitest';
import { precomputedCanonicals } from '../../src/lib/match-model.ts';
import { createMatcher } from '../../src/lib/matcher.ts';
import { buildSearchIndex } from '../../src/lib/search-index-build.ts';
import { loadContent } from '../../src/node/content-files.ts';
import { loadEvalSets } from '../support/eval-sets.ts';

describe('precomputedCanonicals', () => {
  test('gives the canonical form where it is more than the text in lower case, and \'\' where it is not', () => {
    expect(precomputedCanonicals(['Could not get XDG_RUNTIME_DIR', 'newuidmap 4242 failed: exit status 1'])).toEqual(['', 'newuidmap failed: exit status']);
  });

  test('is nothing when every text only needs lower case (the index omits it)', () => {
    expect(precomputedCanonicals(['rootless 容器里 ping 不通', 'Ping fails'])).toBeUndefined();
  });
});

describe('a matcher built from the index with its canonical forms', () => {
  const index = buildSearchIndex(loadContent(process.cwd()));
  const withForms = createMatcher(index.items, { background: index.background });
  const computing = createMatcher(index.items.map(({ canonical: _dropped, ...item }) => item), { background: index.background });
  const sets = loadEvalSets(process.cwd());

  test('carries them for most items', () => {
    expect(index.items.filter((i) => i.canonical !== undefined).length).toBeGreaterThan(index.items.length / 2);
  });

  test('answers every tuning paste and question exactly as one that computes them on load', () => {
    const differ = [...sets.tuning, ...sets.tuningBlind].filter((c) => JSON.stringify(withForms.match(c.paste)) !== JSON.stringify(computing.match(c.paste))).map((c) => c.id);
    expect(differ).toEqual([]);
  });
});
