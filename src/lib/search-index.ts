/**
 * The search index: everything the error search needs, built from the content at build time
 * (site) or on first call (CLI), so both read the entries' own `errors` and `symptoms`.
 * This module is what the browser loads (shape and guard); the builder is in search-index-build.ts,
 * so the page does not ship the command generator. What only a shown result needs (its cause, its
 * fix) is not here but in the item's result fix (result-fix.ts), fetched for the results shown.
 */
import type { Phase } from '../schemas/entry.ts';

/** Bump when the shape changes, so cached copies are rebuilt. */
export const SEARCH_INDEX_VERSION = 10;

/** A troubleshooting entry or a limitation, as the search sees it (its page path is derived from kind and slug: itemPath in urls.ts). */
export interface IndexedItem {
  /** Stable id. */
  slug: string;
  /** `entry` for troubleshooting pages, `limitation` for known limitations. */
  kind: 'entry' | 'limitation';
  /** Page title. */
  title: string;
  /** When the problem shows up (entries only). */
  phase?: Phase;
  /** Error signatures, verbatim. */
  errors: string[];
  /** Phrases a user might type. */
  symptoms: string[];
  /** Where the errors' then the symptoms' texts read otherwise once canonical (positions, ascending; textsNeedingCanonicalForm in match-model.ts): a page canonicalises only those on load. */
  needsCanonical?: number[];
  /** Errors that look like this item's but come from elsewhere (entries only; omitted when none): the matcher does not count them as this item. */
  lookalikes?: string[];
  /** Where the problem happens and the items whose errors that place produces too (entries only; omitted when none): a paste naming it puts this item first. */
  setting?: { words: string[]; over: string[] };
  /** Its errors only say that something failed (entries only; omitted when not): search puts it right under the answer another line's error points at, if any. */
  fallback?: true;
}

/** The whole index, as served at `search-index.json`. */
export interface SearchIndex {
  /** SEARCH_INDEX_VERSION at build time. */
  version: number;
  /** Distros in tab order: id and the display name the synced tabs store. */
  distros: { id: string; name: string }[];
  /** Entries first, then limitations. */
  items: IndexedItem[];
  /** Generic error text no entry is about, for the matcher's word weights (data, so the page's JS stays small). */
  background: string[];
  /** The print of the code that listed the texts needing a canonical form (canonicalPrint in match-model.ts): a matcher whose code canonicalises otherwise canonicalises every text. */
  canonicalPrint?: string;
}

/** Checks the shape of an index read from a file or the network, so stale or broken copies are refused. */
export function isSearchIndex(value: unknown): value is SearchIndex {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<SearchIndex>;
  return v.version === SEARCH_INDEX_VERSION && Array.isArray(v.distros) && Array.isArray(v.items) && Array.isArray(v.background)
    && (v.canonicalPrint === undefined || typeof v.canonicalPrint === 'string')
    && v.items.every((i) => typeof i?.slug === 'string' && (i.kind === 'entry' || i.kind === 'limitation') && Array.isArray(i.errors) && Array.isArray(i.symptoms) && (i.lookalikes === undefined || Array.isArray(i.lookalikes))
      && (i.setting === undefined || (Array.isArray(i.setting.words) && Array.isArray(i.setting.over)))
      && (i.needsCanonical === undefined || isAscendingPositions(i.needsCanonical, i.errors.length + i.symptoms.length)) && (i.fallback === undefined || i.fallback === true));
}

/** Whether a value is a list of whole numbers below `count`, each above the one before. */
function isAscendingPositions(value: unknown, count: number): boolean {
  return Array.isArray(value) && value.every((at, k) => Number.isInteger(at) && at >= 0 && at < count && (k === 0 || at > (value[k - 1] as number)));
}
