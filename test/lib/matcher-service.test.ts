import { MessageChannel } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import { matcherClient, type MatcherPort, type MatcherRequest } from '../../src/lib/matcher-client.ts';
import { createMatcher } from '../../src/lib/matcher.ts';
import { serveMatcher } from '../../src/lib/matcher-service.ts';
import { SEARCH_INDEX_VERSION, type IndexedItem, type SearchIndex } from '../../src/lib/search-index.ts';

const item = (slug: string, errors: string[], symptoms: string[] = []): IndexedItem => ({ slug, kind: 'entry', title: slug, errors, symptoms });
const INDEX: SearchIndex = {
  version: SEARCH_INDEX_VERSION,
  distros: [],
  items: [
    item('subuid-missing', ['No subuid ranges found for user'], ['没有 subuid']),
    item('ping-not-working', ['ping: socket: Operation not permitted'], ['ping 不通']),
    item('xdg-runtime-dir', ['XDG_RUNTIME_DIR is not set'], []),
    { ...item('iptables-missing', ['failed to create NAT chain DOCKER: iptables not found']), lookalikes: ['iptables: No chain/target/match by that name.'] },
  ],
  background: ['permission denied', 'operation not permitted'],
};

const channels: MessageChannel[] = [];
/** The two ends of a channel as the worker and the page see them (Node's ports deliver `{ data }` events like the browser's). */
function pair(): [MatcherPort, MatcherPort] {
  const channel = new MessageChannel();
  channels.push(channel);
  const wrap = (port: typeof channel.port1): MatcherPort => ({
    postMessage: (m) => port.postMessage(m),
    addEventListener: (_type, listener) => port.on('message', (data) => listener({ data } as MessageEvent)),
  });
  return [wrap(channel.port1), wrap(channel.port2)];
}
afterEach(() => { for (const c of channels.splice(0)) { c.port1.close(); c.port2.close(); } });

describe('the matcher behind a port (the browser runs it in a worker)', () => {
  it('answers each paste with the same outcome as the matcher on the page', async () => {
    const [worker, page] = pair();
    serveMatcher(worker);
    page.postMessage({ kind: 'index', json: JSON.stringify(INDEX) } satisfies MatcherRequest);
    const client = matcherClient(page);
    const local = createMatcher(INDEX.items, { background: INDEX.background });
    for (const paste of ['[rootlesskit:parent] error: No subuid ranges found for user 1000 ("alice")', 'ping: socket: Operation not permitted', 'docker 很奇怪', 'iptables: No chain/target/match by that name.']) {
      expect(await client.match(paste)).toEqual(local.match(paste));
    }
    expect((await client.match('iptables: No chain/target/match by that name.')).lookalike?.slug, 'a look-alike crosses the port').toBe('iptables-missing');
  });

  it('gives each concurrent paste its own answer, whatever order they were sent in', async () => {
    const [worker, page] = pair();
    serveMatcher(worker);
    page.postMessage({ kind: 'index', json: JSON.stringify(INDEX) } satisfies MatcherRequest);
    const client = matcherClient(page);
    const [a, b] = await Promise.all([client.match('XDG_RUNTIME_DIR is not set'), client.match('No subuid ranges found for user')]);
    expect(a.results[0]?.slug).toBe('xdg-runtime-dir');
    expect(b.results[0]?.slug).toBe('subuid-missing');
  });

  it('fails every paste, pending and later, when the index is broken or stale (so the page falls back)', async () => {
    const [worker, page] = pair();
    serveMatcher(worker);
    page.postMessage({ kind: 'index', json: JSON.stringify({ ...INDEX, version: SEARCH_INDEX_VERSION - 1 }) } satisfies MatcherRequest);
    const client = matcherClient(page);
    await expect(client.match('ping: socket: Operation not permitted')).rejects.toThrow(/stale/);
    await expect(client.match('anything')).rejects.toThrow(/stale/);
  });

  it('rejects what is pending when the page gives up on the worker (it did not load)', async () => {
    const [, page] = pair(); // nobody serves: the worker's script never ran
    page.postMessage({ kind: 'index', json: JSON.stringify(INDEX) } satisfies MatcherRequest);
    const client = matcherClient(page);
    const pending = client.match('ping: socket: Operation not permitted');
    client.fail('matcher worker failed');
    await expect(pending).rejects.toThrow('matcher worker failed');
    await expect(client.match('again')).rejects.toThrow('matcher worker failed');
  });

  it('serves a client that did not send the index itself (it went to the worker as it arrived, before any paste)', async () => {
    const [worker, page] = pair();
    serveMatcher(worker);
    page.postMessage({ kind: 'index', json: JSON.stringify(INDEX) } satisfies MatcherRequest);
    const client = matcherClient(page);
    expect((await client.match('XDG_RUNTIME_DIR is not set')).results[0]?.slug).toBe('xdg-runtime-dir');
  });
});
