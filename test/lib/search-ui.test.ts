import { describe, expect, test, vi } from 'vitest';
import {
  MAX_URL_QUERY, causesApart, createLatestSearch, fixFor, pickDistro, queryFromSearch, searchForQuery,
} from '../../src/lib/search-ui.ts';

describe('the query in the URL', () => {
  test.each([
    ['?q=ping+%E4%B8%8D%E9%80%9A', 'ping 不通'],
    ['?q=a%26b%3Dc&x=1', 'a&b=c'],
    ['?x=1', ''],
    ['', ''],
  ])('reads %s as %j', (search, query) => {
    expect(queryFromSearch(search)).toBe(query);
  });

  test.each([
    ['ping 不通', '?q=ping+%E4%B8%8D%E9%80%9A'],
    ['<script>&', '?q=%3Cscript%3E%26'],
    ['   ', ''],
    ['x'.repeat(MAX_URL_QUERY + 1), ''],
  ])('writes %j as %s', (query, search) => {
    expect(searchForQuery(query)).toBe(search);
  });

  test('round-trips a multi-line log', () => {
    const log = 'line one\n[rootlesskit:parent] error: "quoted" & more\n';
    expect(queryFromSearch(searchForQuery(log))).toBe(log);
  });
});

describe('pickDistro', () => {
  const distros = [{ id: 'ubuntu', name: 'Ubuntu' }, { id: 'rhel', name: 'CentOS / RHEL / Fedora' }];
  test.each([
    ['CentOS / RHEL / Fedora', 'rhel'],
    ['Gentoo', 'ubuntu'],
    [null, 'ubuntu'],
  ])('picks the distro remembered as %j', (remembered, id) => {
    expect(pickDistro(distros, remembered)).toBe(id);
  });
  test('falls back to the first distro the entry applies to', () => {
    expect(pickDistro(distros, null, ['rhel'])).toBe('rhel');
  });
  test('keeps a remembered distro even where the entry does not apply', () => {
    expect(pickDistro(distros, 'Ubuntu', ['rhel'])).toBe('ubuntu');
  });
  test('returns nothing without distros', () => {
    expect(pickDistro([], 'Ubuntu')).toBe('');
  });
});

describe('fixFor', () => {
  const step = (title: string) => ({ title, example: false, body: { kind: 'commands' as const, text: title } });
  const fix = { cause: 'c', steps: [step('a'), step('b')], byDistro: { ubuntu: [0, 1], rhel: [1] }, moreFixes: 0 };
  test('gives the steps of the chosen distro, in order', () => {
    expect(fixFor(fix, 'ubuntu')).toEqual({ status: 'steps', steps: [step('a'), step('b')] });
    expect(fixFor(fix, 'rhel')).toEqual({ status: 'steps', steps: [step('b')] });
  });
  test('says when the entry does not apply to the distro', () => {
    expect(fixFor(fix, 'arch')).toEqual({ status: 'not-for-distro' });
  });
  test('says when there is no fix (not loaded yet, or none)', () => {
    expect(fixFor(undefined, 'ubuntu')).toEqual({ status: 'none' });
  });
});

describe('createLatestSearch', () => {
  test('searches once, after the last of quick keystrokes', () => {
    vi.useFakeTimers();
    const search = vi.fn((q: string) => q.length);
    const seen: [string, number][] = [];
    const runner = createLatestSearch(search, (q, r) => seen.push([q, r]), 150);
    runner.schedule('p');
    runner.schedule('pi');
    vi.advanceTimersByTime(100);
    runner.schedule('ping');
    vi.advanceTimersByTime(149);
    expect(search).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(seen).toEqual([['ping', 4]]);
    vi.useRealTimers();
  });

  test('drops the result of a search that a newer one overtook', async () => {
    let release: (v: string) => void = () => {};
    const slow = new Promise<string>((resolve) => { release = resolve; });
    const seen: string[] = [];
    const runner = createLatestSearch((q: string) => (q === 'old' ? slow : q), (_q, r) => seen.push(r), 0);
    const old = runner.now('old');
    await runner.now('new');
    release('old result');
    await old;
    expect(seen).toEqual(['new']);
  });

  test('drops a pending search when cancelled', () => {
    vi.useFakeTimers();
    const seen: string[] = [];
    const runner = createLatestSearch((q: string) => q, (q) => seen.push(q), 50);
    runner.schedule('x');
    runner.cancel();
    vi.advanceTimersByTime(100);
    expect(seen).toEqual([]);
    vi.useRealTimers();
  });
});

describe('causesApart', () => {
  const r = (slug: string) => ({ slug, title: slug, score: 0.5, line: 'l', signature: 's' });
  const results = [r('a'), r('b'), r('c'), r('d')];
  test('two close causes are the first two; the rest are listed apart', () => {
    expect(causesApart({ results, confidence: 'ambiguous' })).toEqual({ main: [r('a'), r('b')], others: [r('c'), r('d')] });
  });
  test('an answer or nothing confident keeps one list', () => {
    for (const confidence of ['high', 'low'] as const) expect(causesApart({ results, confidence })).toEqual({ main: results, others: [] });
  });
});
