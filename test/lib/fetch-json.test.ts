import { afterEach, describe, expect, test, vi } from 'vitest';
import { arrivedJson, fetchJsonOnce, waitAtMost } from '../../src/lib/fetch-json.ts';

const isList = (v: unknown): v is number[] => Array.isArray(v);
const answer = (body: unknown, ok = true) => Promise.resolve({ ok, json: () => Promise.resolve(body) } as Response);

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('fetchJsonOnce', () => {
  test('fetches a URL once however often it is asked for', async () => {
    const fetch = vi.fn(() => answer([1, 2]));
    vi.stubGlobal('fetch', fetch);
    const [a, b] = await Promise.all([fetchJsonOnce('/once.json', isList, 'list'), fetchJsonOnce('/once.json', isList, 'list')]);
    expect(a).toEqual([1, 2]);
    expect(b).toBe(a);
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  test('refuses a file of the wrong shape or a failed response, and tries again next time', async () => {
    const fetch = vi.fn().mockReturnValueOnce(answer({ not: 'a list' })).mockReturnValueOnce(answer(null, false)).mockReturnValueOnce(answer([3]));
    vi.stubGlobal('fetch', fetch);
    await expect(fetchJsonOnce('/retry.json', isList, 'the list')).rejects.toThrow('the list missing or stale');
    await expect(fetchJsonOnce('/retry.json', isList, 'the list')).rejects.toThrow('missing or stale');
    await expect(fetchJsonOnce('/retry.json', isList, 'the list')).resolves.toEqual([3]);
    expect(fetch).toHaveBeenCalledTimes(3);
  });

  test('arrivedJson gives what has arrived at once, and nothing before or after a failure', async () => {
    let release: (r: Response) => void = () => undefined;
    vi.stubGlobal('fetch', vi.fn(() => new Promise<Response>((done) => { release = done; })));
    const pending = fetchJsonOnce('/later.json', isList, 'list');
    expect(arrivedJson('/later.json', isList)).toBeUndefined();
    release({ ok: true, json: () => Promise.resolve([7]) } as Response);
    await pending;
    expect(arrivedJson('/later.json', isList)).toEqual([7]);
    vi.stubGlobal('fetch', vi.fn(() => answer(null, false)));
    await expect(fetchJsonOnce('/never.json', isList, 'list')).rejects.toThrow();
    expect(arrivedJson('/never.json', isList)).toBeUndefined();
  });
});

describe('waitAtMost', () => {
  test('settles as soon as the promise does, resolved or rejected', async () => {
    await expect(waitAtMost(Promise.resolve(1), 60_000)).resolves.toBeUndefined();
    await expect(waitAtMost(Promise.reject(new Error('no')), 60_000)).resolves.toBeUndefined();
  });

  test('gives up after the time given when the promise never settles', async () => {
    vi.useFakeTimers();
    let settled = false;
    void waitAtMost(new Promise(() => undefined), 2000).then(() => { settled = true; });
    await vi.advanceTimersByTimeAsync(1999);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(settled).toBe(true);
  });
});
