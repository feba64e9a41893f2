/**
 * What a search result shows beyond the index (its cause; an entry's fix and tell-apart check), as
 * served at `fixes/<slug>.json`: its shape and the guard for a copy read from the network. Apart from
 * the search index, so the index holds only what the matcher reads and each result fetches the rest.
 */
import { arrivedJson, fetchJsonOnce } from './fetch-json.ts';
import type { StepView } from './fix-view.ts';
import { withBase } from './urls.ts';

/** The check that confirms an entry, shown when it is one of two close causes, to tell them apart. */
export interface TellApartCheck {
  /** What the check does. */
  title: string;
  /** The command, for the common setup. */
  run: string;
  /** What it prints when this entry is the cause. */
  bad: string;
}

/**
 * What a search result shows beyond the index (`fixes/<slug>.json`, fetched for each result shown): its
 * cause; for an entry, the first alternative's steps for the common setup (packages, systemd, newest
 * Engine), for each distro the entry applies to, steps shared by several distros stored once, and its
 * tell-apart check; for a limitation, no steps.
 */
export interface ResultFix {
  /** One line: why it happens (a limitation: what does not work), shown under the result's title. */
  cause: string;
  /** Every distinct step. */
  steps: StepView[];
  /** For each distro id, the indexes of its steps in order. */
  byDistro: Record<string, number[]>;
  /** How many other fix alternatives the entry page offers. */
  moreFixes: number;
  /** The entry's first check, shown when it is one of two close causes (not in the index: only those two need it). */
  check?: TellApartCheck;
}

/** Checks the shape of a result fix read from the network. */
export function isResultFix(value: unknown): value is ResultFix {
  const v = value as Partial<ResultFix> | null;
  return typeof v === 'object' && v !== null && typeof v.cause === 'string' && Array.isArray(v.steps) && typeof v.byDistro === 'object' && v.byDistro !== null && typeof v.moreFixes === 'number'
    && (v.check === undefined || isTellApartCheck(v.check));
}

/** Checks the shape of a tell-apart check read from the network or a cache file. */
export function isTellApartCheck(value: unknown): value is TellApartCheck {
  const c = value as Partial<TellApartCheck> | null;
  return typeof c === 'object' && c !== null && typeof c.title === 'string' && typeof c.run === 'string' && typeof c.bad === 'string';
}

/** Where an entry's result fix is served, under the site's base. */
export function resultFixUrl(base: string, slug: string): string {
  return withBase(base, `fixes/${slug}.json`);
}

/** An entry's result fix if it has already arrived (no wait, no request): what a component can show at once. */
export function arrivedResultFix(base: string, slug: string): ResultFix | undefined {
  return arrivedJson(resultFixUrl(base, slug), isResultFix);
}

/** Fetches an entry's result fix once per page (a failed fetch is tried again next time); undefined when it cannot be had. */
export function loadResultFix(base: string, slug: string): Promise<ResultFix | undefined> {
  return fetchJsonOnce(resultFixUrl(base, slug), isResultFix, `fix for ${slug}`).catch(() => undefined);
}
