/** A pasted line reads the words most signatures contain apart (createMatcher's heavy words): answers must be those of reading every word's signatures. */
import { describe, expect, test } from 'vitest';
import { buildModel } from '../../src/lib/match-model.ts';
import { createMatcher, heaviestWords, indexOptions } from '../../src/lib/matcher.ts';
import { PASTE_VARIANTS } from '../../src/lib/paste-variants.ts';
import { buildSearchIndex } from '../../src/lib/search-index-build.ts';
import { loadContent } from '../../src/node/content-files.ts';
import { loadEvalSets } from '../support/eval-sets.ts';

describe('heaviestWords', () => {
  // Four words, in 3, 1, 5 and 3 signatures.
  const starts = Uint32Array.from([0, 3, 4, 9, 12]);
  test('gives the words most signatures contain, most first, the first word first among equals', () => {
    expect(heaviestWords(starts, 3, 1)).toEqual([2, 0, 3]);
    expect(heaviestWords(starts, 8, 1)).toEqual([2, 0, 3, 1]);
  });
  test('leaves out words fewer signatures contain than asked, and gives none when asked for none', () => {
    expect(heaviestWords(starts, 8, 3)).toEqual([2, 0, 3]);
    expect(heaviestWords(starts, 0, 1)).toEqual([]);
  });
});

describe('a line of heavy words alone', () => {
  // Fifty items whose errors all say `daemon failed … no such file or directory`: those words are heavy.
  const items = Array.from({ length: 50 }, (_, i) => ({ slug: `s${i}`, title: `S${i}`, errors: [`daemon failed: widget${i}: no such file or directory`], symptoms: [] }));
  // A pasted log (more lines than a typed query has): its lines read heavy words apart.
  const log = `${['alpha', 'bravo', 'charlie', 'delta', 'echo', 'foxtrot'].map((step) => `step ${step} started`).join('\n')}\ndaemon failed: file or directory: not a directory`;
  test('still reads the errno it names, as the plain reading does (an errno other than the error\'s is a mismatch)', () => {
    const options = { minConfidence: 0, maxResults: 50 };
    const shortcut = createMatcher(items, options).match(log);
    const plain = createMatcher(items, { ...options, heavyWords: 0 }).match(log);
    expect(shortcut.results.length).toBeGreaterThan(0);
    expect(shortcut).toEqual(plain);
  });
});

describe('heavy words a line has inside a compound only', () => {
  // `failed` is common error text (the background) and heavy: a line that has it only inside `step_failed` leaves
  // the error's failure unsaid (FAILURE_UNSAID), a line that has it on its own does not, with the same heavy words.
  const items = Array.from({ length: 50 }, (_, i) => ({ slug: `s${i}`, title: `S${i}`, errors: [`daemon failed: widget${i}: no such file or directory`], symptoms: [] }));
  const options = { minConfidence: 0, maxResults: 50, background: ['step failed', 'it failed again'] };
  const steps = ['alpha', 'bravo', 'charlie', 'delta', 'echo', 'foxtrot'].map((step) => `step ${step} started`).join('\n');
  const whole = 'daemon failed: no such file or directory';
  const inside = 'daemon step_failed: no such file or directory';
  test.each([['whole first', [whole, inside]], ['inside first', [inside, whole]]])('reads each as the plain reading does, whichever comes first (%s)', (_order, lines) => {
    for (const line of lines) {
      // One matcher for both lines: what it worked out for the first must not answer the second.
      const shortcut = createMatcher(items, options);
      const plain = createMatcher(items, { ...options, heavyWords: 0 });
      for (const paste of [...lines.filter((l) => l !== line), line].map((l) => `${steps}\n${l}`)) expect(shortcut.match(paste)).toEqual(plain.match(paste));
    }
  });
});

describe('a matcher reading the heavy words apart', () => {
  const index = buildSearchIndex(loadContent(process.cwd()));
  const model = buildModel(index.items, index.background);
  const options = { ...indexOptions(index), minConfidence: 0, maxResults: 50 };
  const shortcut = createMatcher(index.items, options);
  const plain = createMatcher(index.items, { ...options, heavyWords: 0 });
  const sets = loadEvalSets(process.cwd());

  test('reads apart the words most signatures contain (rootless, docker…)', () => {
    const heavy = heaviestWords(model.signatureStart, 8, 40).map((id) => model.tokens[id]);
    expect(heavy.slice(0, 2)).toEqual(['rootless', 'docker']);
  });

  // Every tuning case as pasted and under one variant that gives each line a log prefix (all fourteen agree too, checked by
  // hand: twelve seconds, too long for the suite).
  const journald = PASTE_VARIANTS.find((v) => v.name === 'journald prefix');
  test('answers every tuning paste and question, as is and from a journal, exactly as reading every word\'s signatures, every weak candidate too', () => {
    const pastes = [...sets.tuning, ...sets.tuningBlind].flatMap((c): [string, string][] => [[c.id, c.paste], [`${c.id} (journald)`, journald?.vary(c.paste) ?? '']]);
    const differ = pastes.filter(([, paste]) => JSON.stringify(shortcut.match(paste)) !== JSON.stringify(plain.match(paste))).map(([id]) => id);
    expect(journald).toBeDefined();
    expect(pastes.length).toBeGreaterThan(1500);
    expect(differ).toEqual([]);
  }, 20_000);
});
