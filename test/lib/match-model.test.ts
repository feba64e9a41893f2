import { describe, expect, test } from 'vitest';
import { buildModel, describeToken, isDistinctive, isEdgeBigram, lineCost, textTokens } from '../../src/lib/match-model.ts';

const ITEMS = [
  { errors: ["can't open lock file /run/xtables.lock: Permission denied"], symptoms: ['xtables selinux'] },
  { errors: ['listen tcp 0.0.0.0:80: bind: permission denied'], symptoms: ['80 端口'] },
  { errors: ['fork/exec /proc/self/exe: permission denied'], symptoms: [] },
];

describe('isDistinctive', () => {
  test('is false for words of common error text and the port class, true for others', () => {
    expect(isDistinctive('xtable', false)).toBe(true);
    expect(isDistinctive('denied', true)).toBe(false);
    expect(isDistinctive('lowport', false)).toBe(false);
  });
});

describe('buildModel', () => {
  const model = buildModel(ITEMS, ['operation not permitted', 'permission denied']);
  const known = (t: string) => describeToken(model, t);
  const w = (t: string) => known(t)?.weight ?? 0;

  test('weighs a word used by one item above a word used by all', () => {
    expect(w('xtable')).toBeGreaterThan(w('denied'));
  });

  test('weighs words of common error text lower and marks them generic', () => {
    expect(w('permission')).toBeLessThan(w('bind') / 2);
    expect(known('permission')?.generic).toBe(true);
    expect(known('xtable')?.generic).toBe(false);
  });

  test('weighs single Chinese characters below words', () => {
    expect(w('端')).toBeLessThan(w('端口'));
  });

  test('weighs the port class like any word as rare', () => {
    expect(w('lowport')).toBeCloseTo(w('bind'));
  });

  test('records which items use a token and in what share of their signatures', () => {
    expect(known('xtable')?.owners).toEqual([[0, 1]]);
    expect(known('lock')?.owners).toEqual([[0, 0.5]]);
  });

  test('counts common error words in full when measuring how much of a signature a line holds', () => {
    expect(known('permission')?.cover).toBeCloseTo(w('permission') * 2);
    expect(known('xtable')?.cover).toBe(w('xtable'));
  });

  test('records the errnos a signature names', () => {
    const [first, , third] = model.signatures;
    expect(first?.errnos).not.toBe(0);
    expect(first?.errnos).toBe(third?.errnos);
    expect(model.signatures[1]?.errnos).toBe(0);
  });

  test('counts the words of each signature that are not common error text', () => {
    expect(model.signatures[1]?.distinctive).toBe(2);
    expect(model.signatures[1]?.distinctive).toBe(textTokens('xtables selinux').size);
    expect(model.signatures[0]?.distinctive).toBeLessThan(textTokens("can't open lock file /run/xtables.lock: Permission denied").size);
  });

  test('marks the signatures that name a place of the rootful daemon', () => {
    const m = buildModel([{ errors: ['Cannot connect to the Docker daemon at unix:///var/run/docker.sock.', 'dial unix /run/user/1000/docker.sock: connect: no such file'], symptoms: [] }], []);
    expect(m.signatures.map((s) => s.rootful)).toEqual([true, false]);
    expect(model.signatures.some((s) => s.rootful)).toBe(false);
  });

  test('marks the signatures whose words say rootless Docker', () => {
    const m = buildModel([{ errors: ['[rootlesskit:parent] error: failed', 'dial unix /run/user/1000/docker.sock: connect: no such file', 'chmod: /data: Operation not permitted'], symptoms: ['rootless docker ping'] }], []);
    expect(m.signatures.map((s) => s.rootless)).toEqual([true, true, false, true]);
  });

  test('gives each signature its total and heaviest cover weight', () => {
    const [first] = model.signatures;
    const cover = [...textTokens("can't open lock file /run/xtables.lock: Permission denied")].map((t) => known(t)?.cover ?? 0);
    expect(first?.item).toBe(0);
    expect(first?.top).toBe(Math.max(...cover));
    expect(first?.total).toBeCloseTo(cover.reduce((n, c) => n + c, 0));
  });

  test('lists the signatures that contain a token, and the items whose errors (not symptoms) do', () => {
    expect(known('denied')?.signatures).toEqual([0, 2, 4]);
    expect(known('xtable')?.signatures).toEqual([0, 1]);
    expect(known('xtable')?.inErrors).toEqual([0]);
    expect(known('selinux')?.inErrors).toEqual([]);
    expect(known('denied')?.inErrors).toEqual([0, 1, 2]);
  });

  test('knows nothing of a word no item uses, even one of common error text', () => {
    expect(known('operation')).toBeUndefined();
    expect(known('kubernetes')).toBeUndefined();
  });

  test('builds an empty model from no items', () => {
    expect(buildModel([], []).signatures).toEqual([]);
  });
});

describe('lineCost', () => {
  test.each([
    ['a known token costs its weight', 'bind', 2.5, 2.5],
    ['an unknown word', 'allocated', undefined, 1],
    ['an unknown Chinese bigram', '加速', undefined, 0.5],
    ['a single Chinese character', '速', undefined, 0],
  ])('%s', (_what, token, weight, cost) => {
    expect(lineCost(token, weight)).toBe(cost);
  });
});

describe('Chinese bigrams at a function character', () => {
  test('are recognised at either edge; words, single characters and Latin are not', () => {
    expect(isEdgeBigram('里跑')).toBe(true);
    expect(isEdgeBigram('户的')).toBe(true);
    expect(isEdgeBigram('容器')).toBe(false);
    expect(isEdgeBigram('里')).toBe(false);
    expect(isEdgeBigram('li')).toBe(false);
  });

  test('weigh 0.7 of a bigram as rare (EDGE_BIGRAM_FACTOR)', () => {
    const model = buildModel([{ errors: [], symptoms: ['容器里跑'] }, { errors: [], symptoms: ['其他'] }], []);
    const edge = describeToken(model, '里跑')?.weight ?? 0;
    const word = describeToken(model, '容器')?.weight ?? 0;
    expect(word).toBeGreaterThan(0);
    expect(edge / word).toBeCloseTo(0.7);
  });
});
