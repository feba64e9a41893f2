/** Loads the paste corpus (test/fixtures/pastes.yaml) and scores a matcher against it. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { Match } from '../../src/lib/matcher.ts';

/** One paste with the slugs it should land on (none: nothing should show). */
export interface Case { id: string; expect: string[]; paste: string }

/** How one case went. */
export interface Outcome { id: string; expect: string[]; got: string[]; top1: boolean; top3: boolean }

/** Reads the corpus. */
export function loadCorpus(root = process.cwd(), file = 'pastes.yaml'): Case[] {
  return parse(readFileSync(join(root, 'test/fixtures', file), 'utf8')) as Case[];
}

/**
 * Top-1: the first results are exactly the expected slugs (one, or all of a multi-problem log);
 * top-3: they are all within two more places. A case expecting nothing passes only when nothing shows.
 */
export function judge(c: Case, results: readonly Match[]): Outcome {
  const got = results.map((r) => r.slug);
  const within = (n: number) => c.expect.every((slug) => got.slice(0, n).includes(slug));
  const none = c.expect.length === 0;
  return {
    id: c.id, expect: c.expect, got,
    top1: none ? got.length === 0 : within(c.expect.length),
    top3: none ? got.length === 0 : within(c.expect.length + 2),
  };
}
