/**
 * Loads the search index once per page, for every search island on it (the paste box, the header
 * dialog, the doctor's report): one download, one matcher. The matcher is built and run in a worker
 * (matcher.worker.ts), so typing and pasting never wait on the main thread; if the worker cannot
 * start or load, the matcher is built on the page instead and the search works the same.
 */
import type { Matcher, MatchOutcome } from '../../lib/matcher.ts';
import { matcherClient } from '../../lib/matcher-client.ts';
import { isSearchIndex, type IndexedItem, type SearchIndex } from '../../lib/search-index.ts';
import { withBase } from '../../lib/urls.ts';

/** What the islands need from the index. */
export interface LoadedIndex {
  index: SearchIndex;
  items: Map<string, IndexedItem>;
  /** Ranks the items for a paste (in the worker, or on the page when the worker failed). */
  match: (paste: string) => Promise<MatchOutcome>;
}

let loading: Promise<LoadedIndex> | undefined;

/** The matcher on the page: the fallback when no worker runs (typos corrected once fuse.js has arrived). */
function pageMatcher(data: SearchIndex): Promise<Matcher> {
  return import('../../lib/matcher.ts').then(({ createMatcher }) => {
    let typos: typeof import('../../lib/typo-corrector.ts').typoCorrector | undefined;
    void import('../../lib/typo-corrector.ts').then((m) => { typos = m.typoCorrector; }, () => undefined);
    return createMatcher(data.items, { background: data.background, typos: (words) => typos?.(words) });
  });
}

/** The worker, and a promise that settles if it fails to load or run (an error can come before the index does). */
interface StartedWorker { worker: Worker; failed: Promise<void> }

/** Starts the worker (its code downloads while the index does); undefined where workers cannot start. */
function startWorker(): StartedWorker | undefined {
  try {
    const worker = new Worker(new URL('./matcher.worker.ts', import.meta.url), { type: 'module', name: 'rootless-doctor-matcher' });
    const failed = new Promise<void>((resolve) => worker.addEventListener('error', (e) => {
      e.preventDefault();
      resolve();
    }));
    return { worker, failed };
  } catch {
    return undefined;
  }
}

/** Matching in the worker, falling back to the page for good at the worker's first failure. */
function workerMatch(started: StartedWorker | undefined, json: string, data: SearchIndex): (paste: string) => Promise<MatchOutcome> {
  let fallback: Promise<Matcher> | undefined;
  const onPage = (paste: string) => (fallback ??= pageMatcher(data)).then((m) => m.match(paste));
  if (!started) return onPage;
  const client = matcherClient(started.worker, json);
  void started.failed.then(() => client.fail('matcher worker failed'));
  return (paste) => client.match(paste).catch(() => onPage(paste));
}

/** Fetches and checks the index from the site's own origin under its base path; the same promise for every caller. */
export function loadIndex(base: string): Promise<LoadedIndex> {
  if (loading) return loading;
  const worker = startWorker();
  loading = fetch(withBase(base, 'search-index.json')).then(async (response) => {
    const json = response.ok ? await response.text() : '';
    let data: unknown;
    try { data = JSON.parse(json); } catch { data = undefined; }
    if (!isSearchIndex(data)) throw new Error('search index missing or stale');
    return { index: data, items: new Map(data.items.map((i) => [i.slug, i])), match: workerMatch(worker, json, data) };
  });
  loading.catch(() => {
    worker?.worker.terminate();
    loading = undefined;
  });
  return loading;
}
