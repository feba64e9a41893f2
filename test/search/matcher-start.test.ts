/** matcher-start.ts: one start per page (index fetch and worker together), the index sent to the worker before anyone can ask it anything, and a fresh start after a drop. */
import { afterEach, describe, expect, it, vi } from 'vitest';

/** A stand-in Worker that records what it is sent and whether it was stopped. */
class FakeWorker {
  static started: FakeWorker[] = [];
  sent: unknown[] = [];
  stopped = false;
  constructor(public url: URL) { FakeWorker.started.push(this); }
  postMessage(message: unknown) { this.sent.push(message); }
  addEventListener() { /* errors are not simulated here */ }
  terminate() { this.stopped = true; }
}

/** A fresh copy of the module (its one start per page is module state) with stubbed Worker and fetch. */
async function fresh(response: () => Promise<Response>) {
  vi.resetModules();
  FakeWorker.started = [];
  const fetched: string[] = [];
  vi.stubGlobal('Worker', FakeWorker);
  vi.stubGlobal('fetch', (url: string) => { fetched.push(url); return response(); });
  return { start: await import('../../src/components/islands/matcher-start.ts'), fetched };
}
afterEach(() => { vi.unstubAllGlobals(); });

describe('startMatcher', () => {
  it('fetches the index and starts the worker once, whoever asks first, and sends the worker the index as it arrives', async () => {
    const { start, fetched } = await fresh(async () => new Response('{"version":1}'));
    const first = start.startMatcher('/docs/search-index.json');
    expect(start.startMatcher('/docs/search-index.json')).toBe(first);
    expect(fetched).toEqual(['/docs/search-index.json']);
    expect(FakeWorker.started).toHaveLength(1);
    await expect(first.indexJson).resolves.toBe('{"version":1}');
    await Promise.resolve();
    expect(FakeWorker.started[0]?.sent).toEqual([{ kind: 'index', json: '{"version":1}' }]);
  });

  it('sends the worker nothing when the index cannot be fetched, and after a drop starts afresh', async () => {
    const { start, fetched } = await fresh(async () => new Response('', { status: 404 }));
    const first = start.startMatcher('/search-index.json');
    await expect(first.indexJson).rejects.toThrow('HTTP 404');
    expect(FakeWorker.started[0]?.sent).toEqual([]);
    start.dropMatcher();
    expect(FakeWorker.started[0]?.stopped).toBe(true);
    expect(start.startMatcher('/search-index.json')).not.toBe(first);
    expect(fetched).toHaveLength(2);
  });

  it('still fetches the index where no worker can start (the page then matches by itself)', async () => {
    const { start } = await fresh(async () => new Response('{}'));
    vi.stubGlobal('Worker', function NoWorker() { throw new Error('no module workers here'); });
    const started = start.startMatcher('/search-index.json');
    expect(started.worker).toBeUndefined();
    await expect(started.indexJson).resolves.toBe('{}');
  });
});
