/**
 * The error search against labelled cases (test/support/eval-sets.ts): the frozen held-out set,
 * gathered blind before tuning, and the tuning set. The figures themselves are printed by
 * `npm run bench:search-accuracy`; here each is held to a floor so a regression fails, and the
 * confidence threshold keeps its margin on the tuning set.
 */
import { describe, expect, test } from 'vitest';
import { createMatcher, indexOptions, MIN_CONFIDENCE } from '../../src/lib/matcher.ts';
import { buildSearchIndex } from '../../src/lib/search-index-build.ts';
import { judgeCase, keptUnderVariants, rate } from '../../src/lib/search-eval.ts';
import { typoCorrector } from '../../src/lib/typo-corrector.ts';
import { loadContent } from '../../src/node/content-files.ts';
import { ACCURACY_FLOORS } from '../../bench/search-accuracy-floors.ts';
import { loadEvalSets } from '../support/eval-sets.ts';

const index = buildSearchIndex(loadContent(process.cwd()));
const matcher = createMatcher(index.items, { ...indexOptions(index), typos: typoCorrector });
const sets = loadEvalSets(process.cwd());
const slugs = new Set(index.items.map((i) => i.slug));
const inScope = (cases: typeof sets.heldoutPastes) => cases.filter((c) => c.expect.length > 0);

describe('the evaluation sets', () => {
  test('the held-out set is as large as issue 11 asks: ≥ 120 real pastes, ≥ 40 questions, ≥ 25 out of scope', () => {
    expect(inScope(sets.heldoutPastes).length).toBeGreaterThanOrEqual(120);
    expect(inScope(sets.heldoutQuestions).length).toBeGreaterThanOrEqual(40);
    expect([...sets.heldoutPastes, ...sets.heldoutQuestions].filter((c) => c.expect.length === 0).length).toBeGreaterThanOrEqual(25);
  });

  test('every case has a unique id and expects only slugs that exist', () => {
    const all = [...sets.heldoutPastes, ...sets.heldoutQuestions, ...sets.tuning, ...sets.tuningBlind];
    expect(new Set(all.map((c) => c.id)).size).toBe(all.length);
    expect(all.flatMap((c) => c.expect).filter((s) => !slugs.has(s))).toEqual([]);
  });

  test('the tuning set covers every troubleshooting entry at least twice', () => {
    const count = (slug: string) => sets.tuning.filter((c) => c.expect.includes(slug)).length;
    expect(index.items.filter((i) => i.kind === 'entry' && count(i.slug) < 2).map((i) => i.slug)).toEqual([]);
  });
});

describe('matching', () => {
  const figures = {
    heldoutPastesTop1: rate(inScope(sets.heldoutPastes).map((c) => judgeCase(c, matcher)), 'top1'),
    heldoutPastesTop3: rate(inScope(sets.heldoutPastes).map((c) => judgeCase(c, matcher)), 'top3'),
    heldoutOutOfScopeQuiet: rate([...sets.heldoutPastes, ...sets.heldoutQuestions].filter((c) => c.expect.length === 0).map((c) => judgeCase(c, matcher)), 'top1'),
    heldoutQuestionsTop1: rate(inScope(sets.heldoutQuestions).map((c) => judgeCase(c, matcher)), 'top1'),
    tuningTop1: rate(sets.tuning.map((c) => judgeCase(c, matcher, c.allRequired)), 'top1'),
    tuningBlindTop1: rate(sets.tuningBlind.map((c) => judgeCase(c, matcher, c.allRequired)), 'top1'),
    tuningVariantsKept: keptUnderVariants(sets.tuning, matcher).share,
  };

  test.each(Object.keys(ACCURACY_FLOORS) as (keyof typeof ACCURACY_FLOORS)[])('%s stays at or above its floor', (name) => {
    expect(figures[name]).toBeGreaterThanOrEqual(ACCURACY_FLOORS[name]);
  });

  test('the confidence threshold sits at least 0.05 below the weakest tuning answer it lets through', () => {
    const loose = createMatcher(index.items, { ...indexOptions(index), typos: typoCorrector, minConfidence: 0 });
    const scores = sets.tuning.filter((c) => c.expect.length > 0).flatMap((c) => {
      const top = loose.match(c.paste).results[0];
      return top && c.expect.includes(top.slug) && top.score >= MIN_CONFIDENCE ? [top.score] : [];
    });
    expect(Math.min(...scores) - MIN_CONFIDENCE).toBeGreaterThanOrEqual(0.05 - 1e-9);
  });
});
