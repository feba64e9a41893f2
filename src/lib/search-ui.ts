/**
 * Pure helpers behind the ErrorSearch island: the query in the URL, the remembered distro,
 * a debounced runner that drops stale results (a rising search id), and how results
 * are grouped when two causes are close.
 */
import type { StepView } from './fix-view.ts';
import type { ResultFix } from './result-fix.ts';
import { DISTRO_TABS_SYNC_KEY, syncedTabsStorageKey } from './starlight-tabs.ts';
import type { Match, MatchOutcome } from './matcher.ts';
import { QUERY_PARAM } from './urls.ts';

/** Longer queries are searched but not put into the URL (it would be unwieldy to share). */
export const MAX_URL_QUERY = 2000;
/** Where Starlight's synced tabs keep the chosen distro; the value is the distro's tab label. */
export const DISTRO_STORAGE_KEY = syncedTabsStorageKey(DISTRO_TABS_SYNC_KEY);

/** The query in a location's search string ('' when none). */
export function queryFromSearch(search: string): string {
  try {
    return new URLSearchParams(search).get(QUERY_PARAM) ?? '';
  } catch {
    return '';
  }
}

/** The search string for a query: `?q=…`, or '' when it is empty or too long to share. */
export function searchForQuery(query: string): string {
  if (query.trim() === '' || query.length > MAX_URL_QUERY) return '';
  return `?${new URLSearchParams({ [QUERY_PARAM]: query }).toString()}`;
}

/**
 * The distro id to show: the remembered one (by display name) when known, even where the entry
 * does not apply (the page then says so); else the first distro the entry has a fix for.
 */
export function pickDistro(distros: readonly { id: string; name: string }[], remembered: string | null, applies: readonly string[] = []): string {
  const known = distros.find((d) => d.name === remembered) ?? distros.find((d) => applies.includes(d.id)) ?? distros[0];
  return known?.id ?? '';
}

/** The fix of a result for a distro: its steps, or why there are none. */
export function fixFor(fix: ResultFix | undefined, distroId: string): { status: 'steps'; steps: StepView[] } | { status: 'none' | 'not-for-distro' } {
  if (!fix || Object.keys(fix.byDistro).length === 0) return { status: 'none' };
  const indexes = fix.byDistro[distroId];
  return indexes ? { status: 'steps', steps: indexes.flatMap((i) => fix.steps[i] ?? []) } : { status: 'not-for-distro' };
}

/** Timer functions, injectable for tests. */
export interface Timers {
  set: (fn: () => void, ms: number) => unknown;
  clear: (handle: unknown) => void;
}

/** Runs `search` `delayMs` after the last call; a result arrives only if no newer query was scheduled meanwhile. */
export function createLatestSearch<T>(
  search: (query: string) => T | Promise<T>,
  onResult: (query: string, result: T) => void,
  delayMs: number,
  timers: Timers = { set: (fn, ms) => setTimeout(fn, ms), clear: (h) => clearTimeout(h as ReturnType<typeof setTimeout>) },
): { schedule: (query: string) => void; now: (query: string) => Promise<void>; cancel: () => void } {
  let latest = 0;
  let handle: unknown;
  const deliver = (query: string, id: number, result: T) => {
    if (id === latest) onResult(query, result);
  };
  const run = async (query: string, id: number): Promise<void> => {
    const result = search(query);
    // a synchronous search delivers in the same tick; only a promise waits
    if (result instanceof Promise) deliver(query, id, await result);
    else deliver(query, id, result);
  };
  return {
    schedule(query) {
      const id = ++latest;
      timers.clear(handle);
      handle = timers.set(() => void run(query, id), delayMs);
    },
    now(query) {
      timers.clear(handle);
      return run(query, ++latest);
    },
    cancel() {
      latest++;
      timers.clear(handle);
    },
  };
}

/** Results grouped as shown: with two close causes (`ambiguous`) the first two are the causes and the rest possibly related; otherwise all in one list. */
export function causesApart(outcome: Pick<MatchOutcome, 'results' | 'confidence'>): { main: Match[]; others: Match[] } {
  return outcome.confidence === 'ambiguous'
    ? { main: outcome.results.slice(0, 2), others: outcome.results.slice(2) }
    : { main: outcome.results, others: [] };
}

