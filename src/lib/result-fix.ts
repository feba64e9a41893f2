/**
 * The fix a search result shows, as served at `fixes/<slug>.json`: its shape and the guard for a copy
 * read from the network. Apart from the search index, so each is loaded only by the code that reads it.
 */
import type { StepView } from './fix-view.ts';

/**
 * The fix a search result shows (`fixes/<slug>.json`, fetched when the entry is the answer): the
 * first alternative's steps for the common setup (packages, systemd, newest Engine), for each distro
 * the entry applies to. Steps shared by several distros are stored once.
 */
export interface ResultFix {
  /** Every distinct step. */
  steps: StepView[];
  /** For each distro id, the indexes of its steps in order. */
  byDistro: Record<string, number[]>;
  /** How many other fix alternatives the entry page offers. */
  moreFixes: number;
}

/** Checks the shape of a result fix read from the network. */
export function isResultFix(value: unknown): value is ResultFix {
  const v = value as Partial<ResultFix> | null;
  return typeof v === 'object' && v !== null && Array.isArray(v.steps) && typeof v.byDistro === 'object' && v.byDistro !== null && typeof v.moreFixes === 'number';
}
