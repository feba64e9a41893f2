/** A matcher keeps what it works out from paste to paste (the heavy-word sets, each signature's facts, its scratch lists): a reader's tenth paste must get the answer a new matcher gives it. */
import { describe, expect, test } from 'vitest';
import { createMatcher, indexOptions } from '../../src/lib/matcher.ts';
import { buildSearchIndex } from '../../src/lib/search-index-build.ts';
import { loadContent } from '../../src/node/content-files.ts';
import { loadEvalSets } from '../support/eval-sets.ts';

describe('a matcher that has read other pastes', () => {
  const index = buildSearchIndex(loadContent(process.cwd()));
  const options = { ...indexOptions(index), minConfidence: 0, maxResults: 50 };
  const sets = loadEvalSets(process.cwd());
  // Long logs and one-line questions in turn, so each paste follows one that filled the scratch lists more.
  const pastes = [...sets.tuning, ...sets.tuningBlind].map((c) => c.paste).sort((a, b) => a.length - b.length);
  const order = pastes.flatMap((paste, at) => (at % 2 === 0 ? [paste, pastes[pastes.length - 1 - at] ?? ''] : []));

  test('answers every tuning paste as a new matcher does, every weak candidate too', () => {
    const reader = createMatcher(index.items, options);
    const differ = order.filter((paste) => JSON.stringify(reader.match(paste)) !== JSON.stringify(createMatcher(index.items, options).match(paste)));
    expect(order.length).toBeGreaterThan(700);
    expect(differ).toEqual([]);
  }, 60_000);

  test('answers the same paste the same way twice in a row', () => {
    const reader = createMatcher(index.items, options);
    const log = pastes.slice(-20).join('\n');
    const first = JSON.stringify(reader.match(log));
    expect(JSON.stringify(reader.match(log))).toBe(first);
  });
});
