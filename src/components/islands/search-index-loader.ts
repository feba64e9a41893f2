/**
 * Loads the search index once per page, for every search island on it (the paste box, the header
 * dialog, the doctor's report): one download, one matcher. The matcher is built and run in a worker
 * (matcher.worker.ts, started by matcher-start.ts), so typing and pasting never wait on the main
 * thread; if the worker cannot start or load, the matcher is built on the page instead and the
 * search works the same.
 */
import type { Matcher, MatchOutcome } from '../../lib/matcher.ts';
import { matcherClient } from '../../lib/matcher-client.ts';
import { isSearchIndex, type IndexedItem, type SearchIndex } from '../../lib/search-index.ts';
import { withBase } from '../../lib/urls.ts';
import { dropMatcher, startMatcher, type StartedWorker } from './matcher-start.ts';

/** What the islands need from the index. */
export interface LoadedIndex {
  index: SearchIndex;
  items: Map<string, IndexedItem>;
  /** Ranks the items for a paste (in the worker, or on the page when the worker failed). */
  match: (paste: string) => Promise<MatchOutcome>;
}

let loading: Promise<LoadedIndex> | undefined;
/** When the last load failed (performance.now()), or -Infinity. */
let failedAt = -Infinity;

/**
 * How long after a failed load the next one starts, at the earliest: every keystroke may ask again,
 * and offline each attempt fails at once, so without a gap typing would start a fetch and a worker
 * per key. One second: a reader who retries notices no wait, a stream of keys makes one attempt.
 */
const RETRY_GAP_MS = 1000;

/** The matcher on the page: the fallback when no worker runs (typos corrected once fuse.js has arrived). */
function pageMatcher(data: SearchIndex): Promise<Matcher> {
  return import('../../lib/matcher.ts').then(({ createMatcher, indexOptions }) => {
    let typos: typeof import('../../lib/typo-corrector.ts').typoCorrector | undefined;
    void import('../../lib/typo-corrector.ts').then((m) => { typos = m.typoCorrector; }, () => undefined);
    return createMatcher(data.items, { ...indexOptions(data), typos: (words) => typos?.(words) });
  });
}

/** Matching in the worker, falling back to the page for good at the worker's first failure. */
function workerMatch(worker: StartedWorker | undefined, data: SearchIndex): (paste: string) => Promise<MatchOutcome> {
  let fallback: Promise<Matcher> | undefined;
  const onPage = (paste: string) => (fallback ??= pageMatcher(data)).then((m) => m.match(paste));
  if (!worker) return onPage;
  const client = matcherClient(worker.worker); // the index went to the worker as it arrived (matcher-start.ts)
  void worker.failed.then(() => client.fail('matcher worker failed'));
  return (paste) => client.match(paste).catch(() => onPage(paste));
}

/** One load: fetch and check the index (and start the worker), or fail. */
function attemptLoad(base: string): Promise<LoadedIndex> {
  const started = startMatcher(withBase(base, 'search-index.json'));
  return started.indexJson.catch(() => '').then((json) => {
    let data: unknown;
    try { data = JSON.parse(json); } catch { data = undefined; }
    if (!isSearchIndex(data)) throw new Error('search index missing or stale');
    return { index: data, items: new Map(data.items.map((i) => [i.slug, i])), match: workerMatch(started.worker, data) };
  });
}

/** Fetches and checks the index from the site's own origin under its base path; the same promise for every caller. */
export function loadIndex(base: string): Promise<LoadedIndex> {
  if (loading) return loading;
  const wait = failedAt + RETRY_GAP_MS - performance.now();
  // Callers within the gap after a failure share the one attempt that starts when it ends.
  loading = wait > 0 ? new Promise<void>((resolve) => setTimeout(resolve, wait)).then(() => attemptLoad(base)) : attemptLoad(base);
  loading.catch(() => {
    dropMatcher();
    loading = undefined;
    failedAt = performance.now();
  });
  return loading;
}
