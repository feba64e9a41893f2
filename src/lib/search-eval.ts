/**
 * Measuring the error search on labelled cases: top-1 and top-3 for cases with an expected entry,
 * "no confident answer" for out-of-scope cases, and the margin of the confidence threshold. Pure:
 * the caller loads the cases and passes a matcher. Used by the accuracy test and bench:search-accuracy.
 */
import type { Matcher } from './matcher.ts';
import { PASTE_VARIANTS, type PasteVariant } from './paste-variants.ts';

/** A labelled case: what the user pasted or typed, and the slugs a correct answer may put first. */
export interface EvalCase {
  id: string;
  /** Correct slugs (any of them first is top-1); empty: out of scope, nothing should be confident. */
  expect: string[];
  paste: string;
}

/** How one case went. */
export interface CaseOutcome {
  id: string;
  expect: string[];
  /** Slugs of the results, best first. */
  got: string[];
  confidence: 'high' | 'ambiguous' | 'low';
  /** In scope: the first result is expected and given as an answer (confidence not low). Out of scope: no confident answer. */
  top1: boolean;
  /** In scope: an expected slug is among the first three. */
  top3: boolean;
}

/** Judges one case. A multi-problem case (`expect` from a tuning set with several) needs all expected slugs in the first places. */
export function judgeCase(c: EvalCase, matcher: Matcher, allRequired = false): CaseOutcome {
  const outcome = matcher.match(c.paste);
  const got = outcome.results.map((r) => r.slug);
  const base = { id: c.id, expect: c.expect, got, confidence: outcome.confidence };
  if (c.expect.length === 0) {
    const quiet = outcome.confidence === 'low';
    return { ...base, top1: quiet, top3: quiet };
  }
  if (allRequired && c.expect.length > 1) {
    const within = (n: number) => c.expect.every((s) => got.slice(0, n).includes(s));
    return { ...base, top1: outcome.confidence !== 'low' && within(c.expect.length), top3: within(c.expect.length + 2) };
  }
  // Top-1 is an answer: the expected entry first and the search confident about it (not "possibly related").
  return { ...base, top1: outcome.confidence !== 'low' && c.expect.includes(got[0] ?? ''), top3: got.slice(0, 3).some((s) => c.expect.includes(s)) };
}

/** Share of outcomes that pass `key`, 0 for none. */
export function rate(outcomes: readonly CaseOutcome[], key: 'top1' | 'top3'): number {
  return outcomes.length === 0 ? 0 : outcomes.filter((o) => o[key]).length / outcomes.length;
}

/** How many answers stayed right under one variant of the pastes. */
export interface VariantOutcome { name: string; kept: number; of: number }

/**
 * Of the cases the matcher answers right as given, how many it still answers right when each paste is
 * brought another way (paste-variants.ts): per variant, and the share over all. Cases are judged as
 * judgeCase does (`allRequired` from the case when it has one).
 */
export function keptUnderVariants(
  cases: readonly (EvalCase & { allRequired?: boolean })[], matcher: Matcher, variants: readonly PasteVariant[] = PASTE_VARIANTS,
): { share: number; perVariant: VariantOutcome[] } {
  const judge = (c: EvalCase & { allRequired?: boolean }, paste: string) => judgeCase({ ...c, paste }, matcher, c.allRequired ?? false).top1;
  const answered = cases.filter((c) => c.expect.length > 0 && judge(c, c.paste));
  const perVariant = variants.map((v) => ({ name: v.name, kept: answered.filter((c) => judge(c, v.vary(c.paste))).length, of: answered.length }));
  const total = perVariant.reduce((sum, v) => sum + v.of, 0);
  return { share: total === 0 ? 0 : perVariant.reduce((sum, v) => sum + v.kept, 0) / total, perVariant };
}
