/**
 * Ranks content items against a paste. Each item's `errors` and `symptoms` are normalised
 * like the paste; tokens are weighted by how few items use them (so `xtables`, `subuid` or
 * `no space left` count for much, `error` or `docker` for little; see match-model.ts).
 * A line scores against an item by how much of one signature it contains (long verbatim
 * errors) and how much of the line the item explains (short phrases), times how credible the
 * matched words are; fuse.js maps typos in typed queries to known words. An item's score is its
 * best line's, so a log with two problems yields both.
 */
import { normalisePaste, type PasteLine } from './log-normalise.ts';
import { buildModel, lineCost } from './match-model.ts';
import { tokenSet } from './match-tokens.ts';
import { typoCorrector } from './typo-corrector.ts';

/** What the matcher needs of a troubleshooting entry or limitation. */
export interface MatchableItem {
  /** Stable id. */
  slug: string;
  /** Shown in results. */
  title: string;
  /** Error signatures, verbatim. */
  errors: readonly string[];
  /** Phrases a user might type. */
  symptoms: readonly string[];
  /** Limitations explain rather than fix, so they rank below an entry that matches as well. */
  kind?: 'entry' | 'limitation';
}

/** One ranked result. */
export interface Match {
  /** Slug of the matched item. */
  slug: string;
  /** Its title. */
  title: string;
  /** Confidence 0..1. */
  score: number;
  /** The paste line that matched, as plain text. */
  line: string;
}

/** Results for one paste, best first; empty when nothing is confident. */
export interface MatchOutcome {
  /** Confident results, best first. */
  results: Match[];
  /** True when the paste was too long and only part of it was examined. */
  capped: boolean;
}

/** A matcher built once from an index and reused for every paste. */
export interface Matcher {
  /** Ranks the items for a paste. Never throws. */
  match: (paste: string) => MatchOutcome;
}

/** Results below this confidence are not shown. */
export const MIN_CONFIDENCE = 0.42;
/** At most this many results. */
export const MAX_RESULTS = 6;
/** Pastes up to this length are treated as typed text: typos are corrected, short lines read together. */
const TYPED_CHARS = 400;
/** Lines that do not look like errors count for less when the paste has error lines. */
const QUIET_LINE_FACTOR = 0.9;
/** Words of common error text count this much towards a match being credible. */
const GENERIC_EVIDENCE = 0.3;
/** Results far weaker than the best are noise around it (a `docker info` dump next to the error). */
const RELATIVE_CUT = 0.6;
/** In a short paste, a second line pointing at the same entry adds this share of its score. */
const SUPPORT = 0.4;
/** Pastes with at most this many lines get that support (longer logs repeat noise). */
const SUPPORT_LINES = 10;
/** Limitations rank below entries. */
const LIMITATION_FACTOR = 0.85;

/** A signature whose heaviest word is missing from the line is only partly there (`exec: "iptables": …` vs `exec: "bash": …`). */
function keyWordFactor(sig: { top: number }, matchedTop: number): number {
  return sig.top > 0 ? 0.5 + 0.5 * Math.min(1, matchedTop / sig.top) : 1;
}

type Best = Map<number, { score: number; line: string; second: number }>;

/** A word used by few of an item's signatures says less about that item. */
function centrality(share: number): number {
  return Math.min(1, 0.4 + 1.5 * share);
}

/** Tuning for tests and tools. */
export interface MatcherOptions {
  /** Results below this confidence are dropped (default MIN_CONFIDENCE). */
  minConfidence?: number;
  /** At most this many results (default MAX_RESULTS). */
  maxResults?: number;
  /** Generic error text no item is about (the index's `background`, from common-errors.ts), to weigh words against. */
  background?: readonly string[];
}

/** Builds a matcher from data only (no DOM, no files). */
export function createMatcher(items: readonly MatchableItem[], options: MatcherOptions = {}): Matcher {
  const { minConfidence = MIN_CONFIDENCE, maxResults = MAX_RESULTS, background = [] } = options;
  const model = buildModel(items, background);
  const fullEvidence = Math.log(items.length + background.length + 1);
  const correct = typoCorrector(model.weight.keys());

  function scoreLine(line: PasteLine, typed: boolean, factor: number, best: Best): void {
    const itemWeight = new Map<number, number>();
    const itemEvidence = new Map<number, number>();
    const sigWeight = new Map<number, number>();
    const sigTop = new Map<number, number>();
    let lineTotal = 0;
    for (const raw of tokenSet(line.canonical)) {
      const [token, trust] = model.weight.has(raw) ? [raw, 1] : typed ? correct(raw) : [undefined, 0];
      const w = token === undefined ? 0 : (model.weight.get(token) ?? 0) * trust;
      lineTotal += lineCost(raw, token === undefined ? undefined : w);
      if (token === undefined) continue;
      const credible = model.generic.has(token) ? GENERIC_EVIDENCE : 1;
      for (const [i, share] of model.owners.get(token) ?? []) {
        itemWeight.set(i, (itemWeight.get(i) ?? 0) + w * centrality(share));
        itemEvidence.set(i, (itemEvidence.get(i) ?? 0) + w * centrality(share) * credible);
      }
      const cover = (model.coverWeight.get(token) ?? 0) * trust;
      for (const s of model.signaturesOf.get(token) ?? []) {
        sigWeight.set(s, (sigWeight.get(s) ?? 0) + cover);
        sigTop.set(s, Math.max(sigTop.get(s) ?? 0, cover));
      }
    }
    const contained = new Map<number, number>();
    for (const [s, w] of sigWeight) {
      const sig = model.signatures[s];
      if (sig) contained.set(sig.item, Math.max(contained.get(sig.item) ?? 0, (w / sig.total) * keyWordFactor(sig, sigTop.get(s) ?? 0)));
    }
    for (const [i, matched] of itemWeight) {
      const s1 = contained.get(i) ?? 0;
      const s2 = lineTotal > 0 ? matched / lineTotal : 0;
      const evidence = Math.min(1, (itemEvidence.get(i) ?? 0) / fullEvidence);
      const kind = items[i]?.kind === 'limitation' ? LIMITATION_FACTOR : 1;
      const score = (0.8 * Math.max(s1, s2) + 0.2 * Math.min(s1, s2)) * evidence * factor * kind;
      const prior = best.get(i);
      if (!prior) best.set(i, { score, line: line.text, second: 0 });
      else if (score > prior.score) best.set(i, { score, line: line.text, second: prior.score });
      else prior.second = Math.max(prior.second, score);
    }
  }

  return {
    match(paste) {
      const { lines, capped } = normalisePaste(paste);
      const typed = typeof paste === 'string' && paste.length <= TYPED_CHARS;
      const hasErrors = lines.some((l) => l.isError);
      const best: Best = new Map();
      for (const line of withJoined(lines, typed)) scoreLine(line, typed, hasErrors && !line.isError ? QUIET_LINE_FACTOR : 1, best);
      if (lines.length <= SUPPORT_LINES) for (const b of best.values()) b.score += (1 - b.score) * b.second * SUPPORT;
      const results = [...best]
        .sort((a, b) => b[1].score - a[1].score || a[0] - b[0])
        .filter(([, b], _n, all) => b.score >= minConfidence && b.score >= RELATIVE_CUT * (all[0]?.[1].score ?? 0))
        .slice(0, maxResults)
        .map(([i, b]) => ({ slug: items[i]?.slug ?? '', title: items[i]?.title ?? '', score: Math.round(Math.min(1, b.score) * 1000) / 1000, line: b.line }));
      return { results, capped };
    },
  };
}

/** A short typed query spread over two or three short lines is also read as one line. */
function withJoined(lines: PasteLine[], typed: boolean): PasteLine[] {
  if (!typed || lines.length < 2 || lines.length > 3 || lines.some((l) => l.text.length > 100)) return lines;
  const joined = { text: lines.map((l) => l.text).join(' '), canonical: lines.map((l) => l.canonical).join(' '), isError: lines.some((l) => l.isError) };
  return [...lines, joined];
}
