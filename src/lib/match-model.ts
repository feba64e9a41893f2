/**
 * The matcher's data model, built once from the items' `errors` and `symptoms`: each token's
 * weight (rare across items and common error text → heavy), which items use it and how
 * central it is to each (the share of the item's signatures that contain it).
 */
import { canonicalise, cleanLine } from './log-normalise.ts';
import { isHan, isSingleHan, tokenSet } from './match-tokens.ts';

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
  /** Total weight of its tokens. */
  total: number;
}

/** Everything the scorer looks up per token. */
export interface MatchModel {
  /** All signatures of all items. */
  signatures: Signature[];
  /** Weight of every known token. */
  weight: Map<string, number>;
  /** Items using a token, with the share (0..1] of that item's signatures that contain it. */
  owners: Map<string, [item: number, share: number][]>;
  /** Signatures containing a token. */
  signaturesOf: Map<string, number[]>;
}

/** Tokens of a text, normalised exactly like a pasted line. */
export function textTokens(text: string): Set<string> {
  return tokenSet(canonicalise(cleanLine(text)));
}

/** Single Chinese characters and port classes say less than words. */
function tokenFactor(token: string): number {
  return isSingleHan(token) || token === 'lowport' ? 0.5 : 1;
}

/** Weight of a token no item uses: log noise costs the line's precision, Chinese fragments less so. */
export function unknownWeight(token: string): number {
  if (isSingleHan(token)) return 0.15;
  return isHan(token) ? 0.35 : 1;
}

/** Builds the model; `background` lines count as extra documents when weighing tokens, and own no token. */
export function buildModel(items: readonly ItemTexts[], background: readonly string[]): MatchModel {
  const signatures: Signature[] = [];
  const sigTokens: Set<string>[] = [];
  const counts = new Map<string, Map<number, number>>();
  items.forEach((item, index) => {
    for (const text of [...item.errors, ...item.symptoms]) {
      const tokens = textTokens(text);
      if (tokens.size === 0) continue;
      signatures.push({ item: index, total: 0 });
      sigTokens.push(tokens);
      for (const t of tokens) {
        const perItem = counts.get(t) ?? new Map<number, number>();
        counts.set(t, perItem.set(index, (perItem.get(index) ?? 0) + 1));
      }
    }
  });
  const backgroundDf = new Map<string, number>();
  for (const line of background) for (const t of textTokens(line)) backgroundDf.set(t, (backgroundDf.get(t) ?? 0) + 1);
  const documents = items.length + background.length;
  const sigCount = signatures.reduce((n, s) => n.set(s.item, (n.get(s.item) ?? 0) + 1), new Map<number, number>());
  const weight = new Map<string, number>();
  const owners = new Map<string, [number, number][]>();
  for (const [t, perItem] of counts) {
    const df = perItem.size + (backgroundDf.get(t) ?? 0);
    weight.set(t, Math.max(0.05, Math.log((documents + 1) / df)) * tokenFactor(t));
    owners.set(t, [...perItem].map(([item, n]) => [item, n / (sigCount.get(item) ?? 1)]));
  }
  const signaturesOf = new Map<string, number[]>();
  sigTokens.forEach((tokens, i) => {
    const sig = signatures[i];
    if (!sig) return;
    for (const t of tokens) {
      sig.total += weight.get(t) ?? 0;
      signaturesOf.set(t, [...(signaturesOf.get(t) ?? []), i]);
    }
  });
  return { signatures, weight, owners, signaturesOf };
}
