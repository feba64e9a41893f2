/**
 * Ranks content items against a paste. Each item's `errors` and `symptoms` are normalised
 * like the paste; tokens are weighted by how few items use them (so `xtables`, `subuid` or
 * `no space left` count for much, `error` or `docker` for little). A line scores against an
 * item by how much of one signature it contains (long verbatim errors) and how much of the
 * line the item explains (short phrases); fuse.js catches typos in typed queries.
 */
import Fuse from 'fuse.js';
import { cleanLine, canonicalise, normalisePaste, type PasteLine } from './log-normalise.ts';
import { tokenSet } from './match-tokens.ts';

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
export const MIN_CONFIDENCE = 0.5;
/** At most this many results. */
export const MAX_RESULTS = 6;
/** Pastes up to this length are treated as typed text, so typos are corrected. */
const TYPED_CHARS = 600;
/** Weight of a word no item uses: noise in a log, or a word we cannot help with. */
const UNKNOWN_WEIGHT = 1;
/** A line needs about this much matched weight (one rare word) to be fully credible. */
const EVIDENCE_FOR_FULL_CONFIDENCE = 2.6;
/** Lines that do not look like errors count for less when the paste has error lines. */
const QUIET_LINE_FACTOR = 0.9;

interface Signature { item: number; tokens: Set<string>; total: number }

/** Builds a matcher from data only (no DOM, no files). */
export function createMatcher(items: readonly MatchableItem[]): Matcher {
  const signatures: Signature[] = [];
  const itemsOf = new Map<string, Set<number>>();
  items.forEach((item, index) => {
    for (const text of [...item.errors, ...item.symptoms]) {
      const tokens = tokenSet(canonicalise(cleanLine(text)));
      if (tokens.size === 0) continue;
      signatures.push({ item: index, tokens, total: 0 });
      for (const t of tokens) itemsOf.set(t, (itemsOf.get(t) ?? new Set()).add(index));
    }
  });
  const weight = new Map<string, number>();
  for (const [t, owners] of itemsOf) weight.set(t, Math.max(0.05, Math.log((items.length + 1) / owners.size)));
  const sigsOf = new Map<string, number[]>();
  signatures.forEach((sig, i) => {
    for (const t of sig.tokens) {
      sig.total += weight.get(t) ?? 0;
      sigsOf.set(t, [...(sigsOf.get(t) ?? []), i]);
    }
  });
  const correct = typoCorrector([...weight.keys()]);

  function scoreLine(line: PasteLine, typed: boolean, factor: number, best: Map<number, { score: number; line: string }>): void {
    const itemWeight = new Map<number, number>();
    const sigWeight = new Map<number, number>();
    let lineTotal = 0;
    for (const raw of tokenSet(line.canonical)) {
      const [token, trust] = weight.has(raw) ? [raw, 1] : typed ? correct(raw) : [undefined, 0];
      const w = token === undefined ? 0 : (weight.get(token) ?? 0) * trust;
      lineTotal += token === undefined ? UNKNOWN_WEIGHT : w;
      if (token === undefined) continue;
      for (const i of itemsOf.get(token) ?? []) itemWeight.set(i, (itemWeight.get(i) ?? 0) + w);
      for (const s of sigsOf.get(token) ?? []) sigWeight.set(s, (sigWeight.get(s) ?? 0) + w);
    }
    const contained = new Map<number, number>();
    for (const [s, w] of sigWeight) {
      const sig = signatures[s];
      if (sig) contained.set(sig.item, Math.max(contained.get(sig.item) ?? 0, w / sig.total));
    }
    for (const [i, matched] of itemWeight) {
      const s1 = contained.get(i) ?? 0;
      const s2 = lineTotal > 0 ? matched / lineTotal : 0;
      const evidence = Math.min(1, matched / EVIDENCE_FOR_FULL_CONFIDENCE);
      const score = (0.8 * Math.max(s1, s2) + 0.2 * Math.min(s1, s2)) * evidence * factor;
      if (score > (best.get(i)?.score ?? 0)) best.set(i, { score, line: line.text });
    }
  }

  return {
    match(paste) {
      const { lines, capped } = normalisePaste(paste);
      const typed = typeof paste === 'string' && paste.length <= TYPED_CHARS;
      const hasErrors = lines.some((l) => l.isError);
      const best = new Map<number, { score: number; line: string }>();
      for (const line of withJoined(lines, typed)) scoreLine(line, typed, hasErrors && !line.isError ? QUIET_LINE_FACTOR : 1, best);
      const results = [...best]
        .filter(([, b]) => b.score >= MIN_CONFIDENCE)
        .sort((a, b) => b[1].score - a[1].score || a[0] - b[0])
        .slice(0, MAX_RESULTS)
        .map(([i, b]) => ({ slug: items[i]?.slug ?? '', title: items[i]?.title ?? '', score: Math.round(Math.min(1, b.score) * 1000) / 1000, line: b.line }));
      return { results, capped };
    },
  };
}

/** A short typed query spread over a few lines is also read as one line. */
function withJoined(lines: PasteLine[], typed: boolean): PasteLine[] {
  if (!typed || lines.length < 2 || lines.length > 4) return lines;
  const joined = { text: lines.map((l) => l.text).join(' '), canonical: lines.map((l) => l.canonical).join(' '), isError: lines.some((l) => l.isError) };
  return [...lines, joined];
}

/** Maps an unknown word to the nearest known one (fuse.js), with a trust 0..1; cached. */
function typoCorrector(vocabulary: string[]): (word: string) => [string | undefined, number] {
  const words = vocabulary.filter((w) => w.length >= 4 && /^[a-z]/.test(w));
  const fuse = new Fuse(words, { includeScore: true, threshold: 0.3, ignoreLocation: true });
  const cache = new Map<string, [string | undefined, number]>();
  return (word) => {
    const hit = cache.get(word);
    if (hit) return hit;
    let found: [string | undefined, number] = [undefined, 0];
    if (word.length >= 4 && /^[a-z]+$/.test(word)) {
      const top = fuse.search(word, { limit: 1 })[0];
      if (top && Math.abs(top.item.length - word.length) <= 2) found = [top.item, 0.85 * (1 - (top.score ?? 1))];
    }
    if (cache.size < 5000) cache.set(word, found);
    return found;
  };
}
