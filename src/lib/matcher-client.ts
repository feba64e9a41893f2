/**
 * The page's side of the matcher worker (matcher-service.ts is the worker's): the messages both
 * sides exchange, and a client that sends pastes and resolves with the outcomes. It imports no
 * matcher code, so the page does not download the matcher twice.
 */
import type { MatchOutcome } from './matcher.ts';
/** A request to the matcher's side: the index (as JSON text, once, first) or a paste to match. */
export type MatcherRequest = { kind: 'index'; json: string } | { kind: 'match'; id: number; text: string };

/** A reply: a paste's outcome, or why the matcher cannot answer (then every request fails). */
export type MatcherReply = { kind: 'outcome'; id: number; outcome: MatchOutcome } | { kind: 'failed'; message: string };

/** The part of a Worker, a worker's global scope or a MessagePort the service and client use. */
export interface MatcherPort {
  /** Sends a message to the other side. */
  postMessage: (message: unknown) => void;
  /** Receives the other side's messages. */
  addEventListener: (type: 'message', listener: (event: MessageEvent) => void) => void;
}

/** Matching on the other side of a port; `fail` rejects what is pending and everything after (e.g. the worker did not load). */
export interface MatcherClient {
  /** The paste's outcome, computed on the other side. */
  match: (text: string) => Promise<MatchOutcome>;
  /** Gives up on the other side: pending and later calls reject with this reason. */
  fail: (reason: string) => void;
}

/** A client of a served port whose calls resolve with that side's outcomes; whoever started the other side sends it the index first (matcher-start.ts). */
export function matcherClient(port: MatcherPort): MatcherClient {
  const pending = new Map<number, { resolve: (o: MatchOutcome) => void; reject: (e: Error) => void }>();
  let nextId = 0;
  let failure: Error | undefined;
  const fail = (reason: string) => {
    failure ??= new Error(reason);
    for (const p of pending.values()) p.reject(failure);
    pending.clear();
  };
  port.addEventListener('message', (event) => {
    const reply = event.data as MatcherReply;
    if (reply.kind === 'failed') fail(reply.message);
    else if (reply.kind === 'outcome') {
      pending.get(reply.id)?.resolve(reply.outcome);
      pending.delete(reply.id);
    }
  });
  return {
    match(text) {
      if (failure) return Promise.reject(failure);
      const id = nextId++;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject });
        port.postMessage({ kind: 'match', id, text } satisfies MatcherRequest);
      });
    },
    fail,
  };
}
