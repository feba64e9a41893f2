/**
 * The matcher's start, once per page, by whoever needs it first: the header's search as the reader
 * reaches for it, or the search index loader. The index is fetched on the page and the worker
 * (matcher.worker.ts) started at the same moment; the index goes to the worker as soon as it is
 * here, so the matcher is built while the page's own search code is still arriving.
 */
import type { MatcherRequest } from '../../lib/matcher-client.ts';

/** The worker, and a promise that settles if it fails to load or run (an error can come before anyone listens). */
export interface StartedWorker { worker: Worker; failed: Promise<void> }

/** What was started: the index's text on its way, and the worker it goes to (none where workers cannot start). */
export interface StartedMatcher { indexJson: Promise<string>; worker: StartedWorker | undefined }

let started: StartedMatcher | undefined;

/** The worker, or undefined where workers cannot start. */
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

/** Fetches the index at `indexUrl` and starts the worker, once (later calls return the same start). */
export function startMatcher(indexUrl: string): StartedMatcher {
  if (started) return started;
  const indexJson = fetch(indexUrl).then((r) => (r.ok ? r.text() : Promise.reject(new Error(`search index: HTTP ${r.status}`))));
  const worker = startWorker();
  // Sent before any client exists, so before any paste: the worker answers in order.
  indexJson.then((json) => worker?.worker.postMessage({ kind: 'index', json } satisfies MatcherRequest), () => undefined);
  started = { indexJson, worker };
  return started;
}

/** Stops and forgets the start (its index could not be used), so the next load starts afresh. */
export function dropMatcher(): void {
  started?.worker?.worker.terminate();
  started = undefined;
}
