/** The index carries each text's canonical form so a page skips that work on load: answers must not change for it. */
import { describe, expect, test } from 'vitest';
import { canonicalPrint, precomputedCanonicals } from '../../src/lib/match-model.ts';
import { createMatcher, indexOptions } from '../../src/lib/matcher.ts';
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

  test('stores a text whose form is empty as a blank, not as \'\' (which stands for the lower-case text)', () => {
    expect(precomputedCanonicals(['12345', 'Ping fails'])).toEqual([' ', '']);
  });
});

describe('canonical forms made by other code', () => {
  const item = { slug: 'xdg', title: 'XDG', errors: ['could not get XDG_RUNTIME_DIR'], symptoms: [], canonical: ['words that were never in the error'] };
  test('are used when the print says this code made them, and computed afresh when it does not (an index cached across a release)', () => {
    expect(canonicalPrint()).toMatch(/^[0-9a-f]{8}$/);
    expect(createMatcher([item], { canonicalPrint: canonicalPrint() }).match('could not get XDG_RUNTIME_DIR').results).toEqual([]);
    for (const stale of ['00000000', undefined]) {
      expect(createMatcher([item], stale === undefined ? {} : { canonicalPrint: stale }).match('could not get XDG_RUNTIME_DIR').results[0]?.slug).toBe('xdg');
    }
  });
});

describe('a matcher built from the index with its canonical forms', () => {
  const index = buildSearchIndex(loadContent(process.cwd()));
  const withForms = createMatcher(index.items, indexOptions(index));
  const computing = createMatcher(index.items.map(({ canonical: _dropped, ...item }) => item), { background: index.background });
  const sets = loadEvalSets(process.cwd());

  test('carries them for most items, with the print of the code that made them', () => {
    expect(index.items.filter((i) => i.canonical !== undefined).length).toBeGreaterThan(index.items.length / 2);
    expect(index.canonicalPrint).toBe(canonicalPrint());
  });

  test('answers every tuning paste and question exactly as one that computes them on load', () => {
    const differ = [...sets.tuning, ...sets.tuningBlind].filter((c) => JSON.stringify(withForms.match(c.paste)) !== JSON.stringify(computing.match(c.paste))).map((c) => c.id);
    expect(differ).toEqual([]);
  });
});
