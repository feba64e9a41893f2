/** The index lists the texts whose canonical form reads otherwise, so a page canonicalises only those on load: answers must not change for it. */
import { describe, expect, test } from 'vitest';
import { canonicalPrint, readsTheSame, textsNeedingCanonicalForm } from '../../src/lib/match-model.ts';
import { createMatcher, indexOptions } from '../../src/lib/matcher.ts';
import { buildSearchIndex } from '../../src/lib/search-index-build.ts';
import { loadContent } from '../../src/node/content-files.ts';
import { loadEvalSets } from '../support/eval-sets.ts';

describe('textsNeedingCanonicalForm', () => {
  test('lists where the canonical form reads otherwise than the text in lower case, not a number the tokenizer drops anyway', () => {
    expect(textsNeedingCanonicalForm(['Could not get XDG_RUNTIME_DIR', 'newuidmap 4242 failed: exit status 1', 'listen tcp 0.0.0.0:80: bind: permission denied'])).toEqual([2]);
  });

  test('is an empty list when every text reads the same in lower case, which a matcher reads as lower case throughout', () => {
    expect(textsNeedingCanonicalForm(['rootless 容器里 ping 不通', 'Ping fails', 'exit status 1'])).toEqual([]);
    // `<NAME>` reads as a word in lower case: a matcher told [] keeps it, one told nothing canonicalises it away.
    const item = { slug: 'drv', title: 'Driver', errors: ['driver <NAME> not supported'], symptoms: [] };
    const options = { canonicalPrint: canonicalPrint(), minConfidence: 0 };
    expect(createMatcher([{ ...item, needsCanonical: [] }], options).match('name').results[0]?.slug).toBe('drv');
    expect(createMatcher([item], options).match('name').results).toEqual([]);
  });

  test('lists a text whose canonical form is empty (all placeholders), which then gives no word', () => {
    expect(textsNeedingCanonicalForm(['<PLACEHOLDER>', 'Ping fails'])).toEqual([0]);
    const item = { slug: 'ph', title: 'Placeholder', errors: ['<PLACEHOLDER>'], symptoms: ['ping fails'], needsCanonical: [0] };
    expect(createMatcher([item], { canonicalPrint: canonicalPrint(), minConfidence: 0 }).match('placeholder').results).toEqual([]);
  });
});

describe('readsTheSame', () => {
  test.each([
    ['a number and quotes the tokenizer drops', "exit status 1 'x'", 'exit status x'],
    ['the same text', 'ping fails', 'ping fails'],
  ])('is true for %s', (_what, a, b) => { expect(readsTheSame(a, b)).toBe(true); });
  test.each([
    ['another word', 'ping fails', 'ping works'],
    ['the same words in another order (sums are taken in order)', 'ping fails', 'fails ping'],
    ['a word inside a compound instead of on its own', 'xdg_runtime_dir runtime', 'xdg_runtime_dir'],
    ['a privileged port', 'port 80', 'port lowport'],
    ['words that name another errno', 'bind: permission denied', 'bind: permission'],
    ['a file in another folder', 'open /run/docker.sock', 'open ~/run/docker.sock'],
    ['a rootful place and its file', 'dial /var/run/docker.sock', 'dial var/run/docker.sock'],
  ])('is false for %s', (_what, a, b) => { expect(readsTheSame(a, b)).toBe(false); });
});

describe('a list of texts needing a canonical form made by other code', () => {
  // `<NAME>`: a word in lower case, erased once canonical.
  const item = { slug: 'drv', title: 'Driver', errors: ['driver <NAME> not supported'], symptoms: [], needsCanonical: [] };
  test('is used when the print says this code made it, and every text canonicalised when it does not (an index cached across a release)', () => {
    expect(canonicalPrint()).toMatch(/^[0-9a-f]{8}$/);
    expect(createMatcher([item], { canonicalPrint: canonicalPrint(), minConfidence: 0 }).match('name').results[0]?.slug).toBe('drv');
    for (const stale of ['00000000', undefined]) {
      expect(createMatcher([item], { ...(stale !== undefined && { canonicalPrint: stale }), minConfidence: 0 }).match('name').results).toEqual([]);
    }
  });
});

describe('a matcher built from the index with its lists of texts needing a canonical form', () => {
  const index = buildSearchIndex(loadContent(process.cwd()));
  const withForms = createMatcher(index.items, indexOptions(index));
  const computing = createMatcher(index.items.map(({ needsCanonical: _dropped, ...item }) => item), { background: index.background });
  const sets = loadEvalSets(process.cwd());

  test('carries one for every item (an empty list where no text needs one), with the print of the code that made them', () => {
    expect(index.items.every((i) => i.needsCanonical !== undefined)).toBe(true);
    expect(index.items.filter((i) => (i.needsCanonical?.length ?? 0) > 0).length).toBeGreaterThan(index.items.length / 3);
    expect(index.canonicalPrint).toBe(canonicalPrint());
  });

  test('answers every tuning paste and question exactly as one that computes them on load', () => {
    const differ = [...sets.tuning, ...sets.tuningBlind].filter((c) => JSON.stringify(withForms.match(c.paste)) !== JSON.stringify(computing.match(c.paste))).map((c) => c.id);
    expect(differ).toEqual([]);
  });
});
