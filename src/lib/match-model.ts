/**
 * The matcher's data model, built once from the items' `errors` and `symptoms`: each token's
 * weight (rare across items and common error text → heavy), which items use it and how
 * central it is to each (the share of the item's signatures that contain it).
 */
import { canonicalise, cleanLine } from './log-normalise.ts';
import { errnosOf } from './errno-phrases.ts';
import { filePaths } from './file-paths.ts';
import { isHan, isSingleHan, tokenize, tokenSet } from './match-tokens.ts';

/** The texts of one item that the model learns from. */
export interface ItemTexts {
  /** Error signatures, verbatim. */
  errors: readonly string[];
  /** Phrases a user might type. */
  symptoms: readonly string[];
}

/** One error or symptom of an item, as tokens. */
export interface Signature {
  /** Index of the item in the list the model was built from. */
  item: number;
  /** Total cover weight of its tokens. */
  total: number;
  /** Cover weight of its heaviest token: the word that sets it apart (`iptables` in `exec: "iptables": … not found`). */
  top: number;
  /** The error or phrase as written in the content (shown as "why this result"). */
  text: string;
  /** An error message (what logs print) or a symptom (what people type). */
  kind: 'error' | 'symptom';
  /** The errnos the text names (errno-phrases.ts), as a bit set; 0 for none. */
  errnos: number;
  /** How many of its tokens are not words of common error text (what a line must repeat to be this error). */
  distinctive: number;
  /** The files it names by path, by name (file-paths.ts); empty for none. */
  files: ReadonlyMap<string, ReadonlySet<string>>;
}

/** Everything the scorer looks up per token. */
export interface MatchModel {
  /** All signatures of all items. */
  signatures: Signature[];
  /** Weight of every known token as evidence for an item (common error words count half). */
  weight: Map<string, number>;
  /** Weight of a token when measuring how much of a signature a line contains: common error words count in full here. */
  coverWeight: Map<string, number>;
  /** Items using a token, with the share (0..1] of that item's signatures that contain it. */
  owners: Map<string, [item: number, share: number][]>;
  /** Signatures containing a token. */
  signaturesOf: Map<string, number[]>;
  /** Tokens of common error text: they add to a match but cannot make one credible alone. */
  generic: Set<string>;
  /** For each token, the items whose error messages (not only symptoms) contain it. */
  inErrors: Map<string, number[]>;
}

/** Tokens of a text, normalised exactly like a pasted line. */
export function textTokens(text: string): Set<string> {
  return tokenSet(canonicalise(cleanLine(text)));
}

/** A single Chinese character counts this share of its rarity: characters only help paraphrases match; bigrams carry the words. */
const SINGLE_HAN_FACTOR = 0.3;
/** A short bit seen only inside compounds (`rm` of `user_subvol_rm_allowed`) counts this share. */
const PART_ONLY_FACTOR = 0.5;
/** A word of common error text counts this share as evidence (`operation not permitted` is everywhere; `ping` in front of it is the news). */
const GENERIC_FACTOR = 0.5;

/** Chinese function characters (particles, `里`, `在`, `是`…): a bigram that begins or ends with one mostly spans two words. */
const FUNCTION_HAN = /^[的了里在是就也都和]|[的了里在是就也都和]$/u;
/**
 * A Chinese bigram at a function character (`里跑` of `容器里跑`, `户的` of `用户的`) is mostly two
 * words' edges, not a word: rare in the content by chance, it made `docker 里跑 pytorch` look like
 * `容器里跑 rootless docker`. It counts this share of its rarity. On the tuning sets 0.8 / 0.7 / 0.6 /
 * 0.5 give top-1 82.1 / 82.1 / 82.3 / 82.4 % (81.9 % without), out-of-scope quiet unchanged, but
 * 0.6 and 0.5 bring correct answers to 0.447 and 0.425 (weaker edges pull down those Chinese
 * questions too), inside the margin MIN_CONFIDENCE keeps.
 */
const EDGE_BIGRAM_FACTOR = 0.7;

/** Whether a token is a Chinese bigram that begins or ends with a function character (EDGE_BIGRAM_FACTOR). */
export function isEdgeBigram(token: string): boolean {
  return token.length === 2 && isHan(token) && FUNCTION_HAN.test(token);
}

/**
 * Some tokens say less than their rarity suggests: single Chinese characters, short bits seen only
 * inside compounds, and words of common error text. The port class (`lowport`, a port below 1024)
 * counts in full: it used to count half, but it is the one word a question about a privileged
 * port has of its entry (`fails to publish port 80`); in full, tuning questions +1 (70), nothing
 * else moved, although 61 out-of-scope tuning cases name such a port.
 */
function tokenFactor(token: string, partOnly: boolean, generic: boolean): number {
  const base = isSingleHan(token) ? SINGLE_HAN_FACTOR : partOnly && token.length <= 3 ? PART_ONLY_FACTOR : isEdgeBigram(token) ? EDGE_BIGRAM_FACTOR : 1;
  return generic ? base * GENERIC_FACTOR : base;
}

/** A token that can corroborate a match: not a word of common error text, not the port class. */
export function isDistinctive(token: string, generic: { has: (t: string) => boolean }): boolean {
  return token !== 'lowport' && !generic.has(token);
}

/**
 * What an unmatched token costs a line's precision: an unknown word 1, an unknown Chinese
 * bigram less (Chinese text yields a token per character), a single character nothing (they
 * only help paraphrases match), a known token its weight.
 */
export function lineCost(token: string, weight: number | undefined): number {
  if (isSingleHan(token)) return 0;
  if (weight !== undefined) return weight;
  return isHan(token) ? 0.5 : 1;
}

/** Builds the model; `background` lines count as extra documents when weighing tokens, and own no token. */
export function buildModel(items: readonly ItemTexts[], background: readonly string[]): MatchModel {
  const signatures: Signature[] = [];
  const sigTokens: Set<string>[] = [];
  // Per token, the items using it and in how many of their signatures: item, count, item, count… in
  // item order (one flat array per token, not an array per pair: fewer objects to build and collect).
  const counts = new Map<string, number[]>();
  const parts = new Set<string>();
  const standalone = new Set<string>();
  // Items in ascending order, each once (a token is in few items' errors: a short array beats a Set).
  const inErrors = new Map<string, number[]>();
  items.forEach((item, index) => {
    const errorCount = item.errors.length;
    for (const [n, text] of [...item.errors, ...item.symptoms].entries()) {
      const kind = n < errorCount ? 'error' : 'symptom';
      const inside = new Set<string>();
      const canonical = canonicalise(cleanLine(text));
      const tokens = new Set(tokenize(canonical, inside));
      for (const t of tokens) (inside.has(t) ? parts : standalone).add(t);
      if (tokens.size === 0) continue;
      signatures.push({ item: index, total: 0, top: 0, text, kind, errnos: errnosOf(canonical), distinctive: 0, files: filePaths(canonical) });
      sigTokens.push(tokens);
      if (kind === 'error') {
        for (const t of tokens) {
          const list = inErrors.get(t);
          if (list === undefined) inErrors.set(t, [index]);
          else if (list[list.length - 1] !== index) list.push(index);
        }
      }
      for (const t of tokens) {
        const perItem = counts.get(t);
        if (perItem === undefined) counts.set(t, [index, 1]);
        else if (perItem[perItem.length - 2] === index) perItem[perItem.length - 1] = (perItem[perItem.length - 1] ?? 0) + 1;
        else perItem.push(index, 1);
      }
    }
  });
  const backgroundDf = new Map<string, number>();
  for (const line of background) for (const t of textTokens(line)) backgroundDf.set(t, (backgroundDf.get(t) ?? 0) + 1);
  const documents = items.length + background.length;
  const sigCount = signatures.reduce((n, s) => n.set(s.item, (n.get(s.item) ?? 0) + 1), new Map<number, number>());
  const weight = new Map<string, number>();
  const coverWeight = new Map<string, number>();
  const owners = new Map<string, [number, number][]>();
  for (const [t, perItem] of counts) {
    const df = perItem.length / 2 + (backgroundDf.get(t) ?? 0);
    const idf = Math.max(0.05, Math.log((documents + 1) / df));
    weight.set(t, idf * tokenFactor(t, parts.has(t) && !standalone.has(t), backgroundDf.has(t)));
    coverWeight.set(t, idf * tokenFactor(t, parts.has(t) && !standalone.has(t), false));
    const shares: [number, number][] = [];
    for (let k = 0; k < perItem.length; k += 2) {
      const item = perItem[k] ?? 0;
      shares.push([item, (perItem[k + 1] ?? 0) / (sigCount.get(item) ?? 1)]);
    }
    owners.set(t, shares);
  }
  const signaturesOf = new Map<string, number[]>();
  sigTokens.forEach((tokens, i) => {
    const sig = signatures[i];
    if (!sig) return;
    for (const t of tokens) {
      if (isDistinctive(t, backgroundDf)) sig.distinctive += 1;
      sig.total += coverWeight.get(t) ?? 0;
      sig.top = Math.max(sig.top, coverWeight.get(t) ?? 0);
      const list = signaturesOf.get(t);
      if (list) list.push(i);
      else signaturesOf.set(t, [i]);
    }
  });
  return { signatures, weight, coverWeight, owners, signaturesOf, generic: new Set(backgroundDf.keys()), inErrors };
}
