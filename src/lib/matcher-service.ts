/**
 * The error matcher behind a message port, so the browser builds and runs it in a worker: building
 * it from the index (hundreds of signatures tokenised) and matching a long log take the main
 * thread 100–200 ms on a slow phone, and a page must not freeze while a reader types. The
 * protocol is plain data; the same code serves a Worker, a MessageChannel (tests) or any port.
 */
import { createMatcher, indexOptions, type Matcher, type MatcherOptions } from './matcher.ts';
import type { MatcherPort, MatcherReply, MatcherRequest } from './matcher-client.ts';
import { isSearchIndex } from './search-index.ts';

/** Answers a port's requests: builds the matcher from the first `index`, then matches each paste in order. */
export function serveMatcher(port: MatcherPort, typos?: MatcherOptions['typos']): void {
  let matcher: Matcher | undefined;
  let failure: string | undefined;
  port.addEventListener('message', (event) => {
    const request = event.data as MatcherRequest;
    if (request.kind === 'index') {
      try {
        const data: unknown = JSON.parse(request.json);
        if (!isSearchIndex(data)) throw new Error('search index missing or stale');
        matcher = createMatcher(data.items, { ...indexOptions(data), ...(typos ? { typos } : {}) });
      } catch (error) {
        failure = error instanceof Error ? error.message : String(error);
        port.postMessage({ kind: 'failed', message: failure } satisfies MatcherReply);
      }
    } else if (request.kind === 'match') {
      if (matcher) port.postMessage({ kind: 'outcome', id: request.id, outcome: matcher.match(request.text) } satisfies MatcherReply);
      else port.postMessage({ kind: 'failed', message: failure ?? 'no index yet' } satisfies MatcherReply);
    }
  });
}

