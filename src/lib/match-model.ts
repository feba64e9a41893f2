/**
 * The matcher's data model, built once from the items' `errors` and `symptoms`: each token's
 * weight (rare across items and common error text → heavy), which items use it and how
 * central it is to each (the share of the item's signatures that contain it).
 */
import { canonicalise, cleanLine, LOW_PORT, namesHighPort, namesLowPort } from './log-normalise.ts';
import { errnosOf } from './errno-phrases.ts';
import { filePaths } from './file-paths.ts';
import { urlHeads } from './line-subjects.ts';
import { namesRootfulPath, saysRootless } from './paste-context.ts';
import { isHan, isSingleHan, tokenBuffer, tokenize, tokenizeInto, tokenSet } from './match-tokens.ts';

/** The texts of one item that the model learns from. */
export interface ItemTexts {
  /** Error signatures, verbatim. */
  errors: readonly string[];
  /** Phrases a user might type. */
  symptoms: readonly string[];
  /** Where the errors' then the symptoms' texts read otherwise once canonical (their positions, ascending), found at build time (textsNeedingCanonicalForm): loading the model canonicalises only those and reads the rest in lower case; every text is canonicalised when absent. */
  needsCanonical?: readonly number[];
}

/** The form an error, a phrase or a line of text is matched in: cleaned (cleanLine), then canonical (canonicalise). */
export function canonicalForm(text: string): string {
  return canonicalise(cleanLine(text));
}

/**
 * Where, among these texts, the canonical form reads otherwise than the text in lower case and trimmed
 * (readsTheSame: about one text in nine): what the search index carries, so a page loading it canonicalises only
 * those and reads the rest in lower case. Positions, not the forms: the forms took 1.4 KB of the index's
 * 25 KB gzip budget, and canonicalising the hundred-odd texts listed costs a page some milliseconds on load
 * (the code canonicalise runs is compiled on load anyway, for canonicalPrint). Pure.
 */
export function textsNeedingCanonicalForm(texts: readonly string[]): number[] {
  return texts.flatMap((text, at) => (readsTheSame(text.toLowerCase().trim(), canonicalForm(text)) ? [] : [at]));
}

/**
 * Whether the model reads two texts of a signature the same: the same tokens in the same order, the same
 * ones inside compounds, and the same of what a Signature reads of its canonical form (errnos, files, a
 * rootful place, only a privileged port, what URLs point at). A text the erasures only change in what the tokenizer drops anyway
 * (a number, a quote, a blank: `exit status 1`) is read in lower case on load, not canonicalised
 * (textsNeedingCanonicalForm): about eight texts in nine.
 */
export function readsTheSame(a: string, b: string): boolean {
  return a === b || signatureReading(a) === signatureReading(b);
}

/** What buildModel and its Signature read of a canonical text, as one string (readsTheSame). */
function signatureReading(canonical: string): string {
  const parts = new Set<string>();
  const tokens = tokenize(canonical, parts);
  const sig = new LazySignature(0, '', 'error', canonical);
  return JSON.stringify([tokens, [...parts].sort(), sig.errnos, [...sig.files].map(([name, folders]) => [name, [...folders]]), sig.rootful, sig.lowPortOnly, [...sig.urls]]);
}

/** Texts that go through every kind of rule canonicalise has (log prefixes, numbers, ports, addresses, ids, placeholders, quotes, a Chinese message, Go struct dumps), for canonicalPrint. */
const CANONICAL_PROBES = [
  'Nov 29 09:15:27 h dockerd-rootless.sh[9]: [rootlesskit:parent] error: failed to setup UID/GID map: newuidmap 4242 [0 1000 1 1 100000 65536] failed',
  'listen tcp4 0.0.0.0:80: bind: permission denied; dial tcp 10.0.2.3:53: i/o timeout',
  'container 3f4e5d6c7b8a9f0e1d2c3b4a5f6e7d8c9b0a1f2e3d4c5b6a7f8e9d0c1b2a3f4e, id 123e4567-e89b-12d3-a456-426614174000',
  "chown: changing ownership of '<FILE>': Operation not permitted (os error 1) at /run/user/1000/docker.sock",
  '“quoted” `code` and "double"   spaces	and 「中文」',
  '权限不够',
  'docker: Error response from daemon: 无法连接',
  'failed to bind host port 10.0.2.100:3000/tcp; -p 127.0.0.1; curl localhost:8080; 连 192.168.1.100 端口不通; 绑不了443',
  'drwxr-xr-x 2 100999 100999 4096 data, owned by 165535; - rootlesskit version: 0.14.6',
  'failed to setup network &{logWriter:0x4000 infoMu:{w:{state:0 sema:0}} mtu:65520}: waiting; &{ExitCode:1 Stderr:newuidmap: write failed',
];

let print: string | undefined;
/** A short fingerprint of how this code canonicalises (FNV-1a of its forms of CANONICAL_PROBES): an index stores the print of the code that listed its texts needing a canonical form, and a list made by other code is not used. */
export function canonicalPrint(): string {
  if (print !== undefined) return print;
  let hash = 0x811c9dc5;
  for (const ch of CANONICAL_PROBES.map(canonicalForm).join('\n')) hash = Math.imul(hash ^ (ch.codePointAt(0) ?? 0), 0x01000193) >>> 0;
  return (print = hash.toString(16).padStart(8, '0'));
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
  /** How many of its tokens are words of common error text (the background's): what says it failed (`not found`, `denied`), and some subject words (`docker`, `file`); not those it has inside a compound (`runtime`, `dir` of `XDG_RUNTIME_DIR` name the subject). */
  commonWords: number;
  /** The files it names by path, by name (file-paths.ts); empty for none. */
  files: ReadonlyMap<string, ReadonlySet<string>>;
  /** Whether it names a place of the rootful daemon (`/var/run/docker.sock`: paste-context.ts), so rootful Docker prints it too. */
  rootful: boolean;
  /** Whether its own words say rootless Docker (rootlesskit, subuid, `/run/user/<uid>`…: paste-context.ts), so only rootless Docker prints it. */
  rootless: boolean;
  /** Whether it names a privileged port (the `lowport` class of log-normalise) and no other. */
  lowPortOnly: boolean;
  /** What its URLs point at (line-subjects.ts); empty for none. */
  urls: ReadonlySet<string>;
}

/**
 * A Signature whose errnos, files and rootful/rootless marks are worked out the first time they are read:
 * the scorer reads them only for the signature a line matched best, and working them out for every one
 * of the index's signatures was about a twentieth of the index's load time.
 */
class LazySignature implements Signature {
  total = 0;
  top = 0;
  distinctive = 0;
  commonWords = 0;
  #canonical: string;
  #errnos: number | undefined;
  #files: ReadonlyMap<string, ReadonlySet<string>> | undefined;
  #rootful: boolean | undefined;
  #rootless: boolean | undefined;
  #lowPortOnly: boolean | undefined;
  #urls: ReadonlySet<string> | undefined;
  readonly item: number;
  readonly text: string;
  readonly kind: 'error' | 'symptom';
  constructor(item: number, text: string, kind: 'error' | 'symptom', canonical: string) {
    this.item = item;
    this.text = text;
    this.kind = kind;
    this.#canonical = canonical;
  }
  get errnos(): number { return (this.#errnos ??= errnosOf(this.#canonical)); }
  get files(): ReadonlyMap<string, ReadonlySet<string>> { return (this.#files ??= filePaths(this.#canonical)); }
  get rootful(): boolean { return (this.#rootful ??= namesRootfulPath(this.#canonical)); }
  get rootless(): boolean { return (this.#rootless ??= saysRootless(this.text)); }
  get lowPortOnly(): boolean { return (this.#lowPortOnly ??= namesLowPort(this.#canonical) && !namesHighPort(this.#canonical)); }
  get urls(): ReadonlySet<string> { return (this.#urls ??= urlHeads(this.#canonical)); }
}

/**
 * Everything the scorer looks up per token. Tokens are numbered once (`ids`) and what is known of a
 * token is found at its number: one map lookup per token of a line instead of seven.
 */
export interface MatchModel {
  /** All signatures of all items. */
  signatures: Signature[];
  /** The number of every known token. */
  ids: Map<string, number>;
  /** Known tokens by number. */
  tokens: string[];
  /** Weight of a token as evidence for an item (common error words count half). */
  weight: Float64Array;
  /** Weight of a token when measuring how much of a signature a line contains: common error words count in full here. */
  coverWeight: Float64Array;
  /** 1 for tokens of common error text: they add to a match but cannot make one credible alone. */
  generic: Uint8Array;
  /** 1 for tokens that can corroborate a match (isDistinctive). */
  distinctive: Uint8Array;
  /**
   * The per-token lists below are stored flat, one list after another (no array per token: the index's
   * load time went a sixth to the garbage collector): token `id`'s part runs from `…Start[id]` to
   * `…Start[id + 1]`.
   */
  ownerStart: Uint32Array;
  /** Items using a token, ascending (ownerStart). */
  ownerItem: Int32Array;
  /** For each of ownerItem: the share (0..1] of that item's signatures that contain the token. */
  ownerShare: Float64Array;
  /** Where each token's signatures start in signatureList. */
  signatureStart: Uint32Array;
  /** Signatures containing a token, ascending (signatureStart). */
  signatureList: Int32Array;
  /** Where each token's items start in errorItem. */
  errorStart: Uint32Array;
  /** Items whose error messages (not only symptoms) contain a token, ascending (errorStart). */
  errorItem: Int32Array;
}

/** The part of a flat per-token list that belongs to token `id`, as a plain array (tests and tools). */
function listOf<T extends Int32Array | Float64Array>(start: Uint32Array, list: T, id: number): number[] {
  return Array.from(list.subarray(start[id] ?? 0, start[id + 1] ?? 0));
}

/** What the model knows of one token, as plain values (for tests and tools; the scorer reads the arrays). */
export function describeToken(model: MatchModel, token: string): { weight: number; cover: number; generic: boolean; owners: [item: number, share: number][]; signatures: number[]; inErrors: number[] } | undefined {
  const id = model.ids.get(token);
  if (id === undefined) return undefined;
  const items = listOf(model.ownerStart, model.ownerItem, id);
  const shares = listOf(model.ownerStart, model.ownerShare, id);
  return {
    weight: model.weight[id] ?? 0,
    cover: model.coverWeight[id] ?? 0,
    generic: model.generic[id] === 1,
    owners: items.map((item, k) => [item, shares[k] ?? 0]),
    signatures: listOf(model.signatureStart, model.signatureList, id),
    inErrors: listOf(model.errorStart, model.errorItem, id),
  };
}

/** Tokens of a text, normalised exactly like a pasted line. */
export function textTokens(text: string): Set<string> {
  return tokenSet(canonicalForm(text));
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
export function isDistinctive(token: string, generic: boolean): boolean {
  return token !== LOW_PORT && !generic;
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

/**
 * Builds the model; `background` lines count as extra documents when weighing tokens, and own no token.
 * Only the first `counted` items weigh tokens: items after them (the matcher's look-alikes) own their
 * tokens and signatures but change no word's weight (a word only they use weighs as if one item had it).
 */
export function buildModel(items: readonly ItemTexts[], background: readonly string[], counted = items.length): MatchModel {
  const signatures: Signature[] = [];
  const ids = new Map<string, number>();
  const tokens: string[] = [];
  // Per token number: seen inside a compound (bit 1) / on its own (bit 2); the last signature, item and
  // erroring item that used it, and how many of each (to size the flat lists).
  const seenAs: number[] = [];
  const lastSig: number[] = [];
  const lastOwner: number[] = [];
  const lastError: number[] = [];
  const sigCount: number[] = [];
  const ownerCount: number[] = [];
  const errorCount: number[] = [];
  // Each signature's distinct tokens, in order, one signature after another (ended by -1).
  const sigTokens: number[] = [];
  // For each of those, 1 when the text has it inside a compound (`runtime` of `xdg_runtime_dir`).
  const sigTokenInside: number[] = [];
  const sigsPerItem = new Uint32Array(items.length);
  // The words a text has inside compounds (one set, emptied for each text; most texts have none).
  const inside = new Set<string>();
  // The words of the text being read (one buffer for every text).
  const words = tokenBuffer();
  for (let index = 0; index < items.length; index++) {
    const item = items[index] as ItemTexts;
    const errors = item.errors.length;
    const count = errors + item.symptoms.length;
    const needs = item.needsCanonical;
    // The next listed position (they ascend), read along with n.
    let listed = 0;
    for (let n = 0; n < count; n++) {
      const text = (n < errors ? item.errors[n] : item.symptoms[n - errors]) as string;
      inside.clear();
      const canonicalise = needs === undefined || needs[listed] === n;
      if (canonicalise && needs !== undefined) listed++;
      const canonical = canonicalise ? canonicalForm(text) : text.toLowerCase().trim();
      const sig = signatures.length;
      const error = n < errors;
      let added = false;
      words.count = 0;
      tokenizeInto(canonical, words, inside);
      for (let at = 0; at < words.count; at++) {
        const t = words.tokens[at] ?? '';
        let id = ids.get(t);
        if (id === undefined) {
          id = tokens.push(t) - 1;
          ids.set(t, id);
          seenAs.push(0);
          lastSig.push(-1);
          lastOwner.push(-1);
          lastError.push(-1);
          sigCount.push(0);
          ownerCount.push(0);
          errorCount.push(0);
        }
        seenAs[id] = (seenAs[id] as number) | (inside.size !== 0 && inside.has(t) ? 1 : 2);
        if (lastSig[id] === sig) continue;
        lastSig[id] = sig;
        sigCount[id] = (sigCount[id] as number) + 1;
        sigTokens.push(id);
        sigTokenInside.push(inside.size !== 0 && inside.has(t) ? 1 : 0);
        added = true;
        if (lastOwner[id] !== index) { lastOwner[id] = index; ownerCount[id] = (ownerCount[id] as number) + 1; }
        if (error && lastError[id] !== index) { lastError[id] = index; errorCount[id] = (errorCount[id] as number) + 1; }
      }
      if (!added) continue;
      sigTokens.push(-1);
      sigTokenInside.push(0);
      sigsPerItem[index] = (sigsPerItem[index] ?? 0) + 1;
      signatures.push(new LazySignature(index, text, error ? 'error' : 'symptom', canonical));
    }
  }
  const size = tokens.length;
  // The flat lists: each token's part starts where the previous one's ends.
  const startsOf = (counts: number[]) => {
    const start = new Uint32Array(size + 1);
    for (let id = 0; id < size; id++) start[id + 1] = (start[id] ?? 0) + (counts[id] ?? 0);
    return start;
  };
  const ownerStart = startsOf(ownerCount);
  const signatureStart = startsOf(sigCount);
  const errorStart = startsOf(errorCount);
  const ownerItem = new Int32Array(ownerStart[size] ?? 0);
  const ownerShare = new Float64Array(ownerStart[size] ?? 0);
  const signatureList = new Int32Array(signatureStart[size] ?? 0);
  const errorItem = new Int32Array(errorStart[size] ?? 0);
  // Where the next entry of each token goes; signatures come in item order, so each list comes out ascending.
  const ownerNext = ownerStart.slice(0, size);
  const signatureNext = signatureStart.slice(0, size);
  const errorNext = errorStart.slice(0, size);
  for (let k = 0, sig = 0; k < sigTokens.length; k++) {
    const id = sigTokens[k] as number;
    if (id === -1) { sig++; continue; }
    const { item, kind } = signatures[sig] as Signature;
    const slot = signatureNext[id] as number;
    signatureList[slot] = sig;
    signatureNext[id] = slot + 1;
    const at = ownerNext[id] as number;
    if (at > (ownerStart[id] as number) && ownerItem[at - 1] === item) ownerShare[at - 1] = (ownerShare[at - 1] as number) + 1;
    else { ownerItem[at] = item; ownerShare[at] = 1; ownerNext[id] = at + 1; }
    if (kind === 'error') {
      const e = errorNext[id] as number;
      if (e === (errorStart[id] as number) || errorItem[e - 1] !== item) { errorItem[e] = item; errorNext[id] = e + 1; }
    }
  }
  const backgroundDf = new Uint32Array(size);
  const generic = new Uint8Array(size);
  for (const line of background) {
    for (const t of textTokens(line)) {
      const id = ids.get(t);
      if (id !== undefined) { backgroundDf[id] = (backgroundDf[id] ?? 0) + 1; generic[id] = 1; }
    }
  }
  const documents = counted + background.length;
  const weight = new Float64Array(size);
  const coverWeight = new Float64Array(size);
  const distinctive = new Uint8Array(size);
  tokens.forEach((t, id) => {
    let df = 0;
    for (let k = ownerStart[id] ?? 0, end = ownerStart[id + 1] ?? 0; k < end; k++) {
      const item = ownerItem[k] ?? 0;
      ownerShare[k] = (ownerShare[k] ?? 0) / (sigsPerItem[item] ?? 1);
      if (item < counted) df++;
    }
    const idf = Math.max(0.05, Math.log((documents + 1) / (Math.max(1, df) + (backgroundDf[id] ?? 0))));
    const partOnly = seenAs[id] === 1;
    weight[id] = idf * tokenFactor(t, partOnly, generic[id] === 1);
    coverWeight[id] = idf * tokenFactor(t, partOnly, false);
    distinctive[id] = isDistinctive(t, generic[id] === 1) ? 1 : 0;
  });
  let s = 0;
  for (let k = 0; k < sigTokens.length; k++) {
    const id = sigTokens[k] as number;
    const sig = signatures[s];
    if (id === -1 || sig === undefined) { s++; continue; }
    const cover = coverWeight[id] ?? 0;
    sig.distinctive += distinctive[id] ?? 0;
    if (sigTokenInside[k] !== 1) sig.commonWords += generic[id] ?? 0;
    sig.total += cover;
    if (cover > sig.top) sig.top = cover;
  }
  return { signatures, ids, tokens, weight, coverWeight, generic, distinctive, ownerStart, ownerItem, ownerShare, signatureStart, signatureList, errorStart, errorItem };
}
