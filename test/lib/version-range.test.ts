import { describe, expect, test } from 'vitest';
import { compareVersions, inRange, parseRange, parseVersion, rangesOverlap, versionBuckets, type VersionRange } from '../../src/lib/version-range.ts';

const range = (text: string) => parseRange(text) as VersionRange;

describe('parseVersion and compareVersions', () => {
  test.each([['29', [29, 0, 0]], ['29.5', [29, 5, 0]], ['v29.5.1', [29, 5, 1]], [' 28.0 ', [28, 0, 0]]])('reads %j', (text, v) => {
    expect(parseVersion(text)).toEqual(v);
  });
  test.each(['29.x', 'latest', '', '29.5.1.2', '-1'])('refuses %j', (text) => {
    expect(parseVersion(text)).toBeUndefined();
  });
  test('orders 29.10 after 29.9 (numbers, not text)', () => {
    expect(compareVersions([29, 10, 0], [29, 9, 0])).toBeGreaterThan(0);
  });
});

describe('parseRange', () => {
  test.each([
    ['>=29.5', { min: [29, 5, 0] }],
    ['<29.5', { below: [29, 5, 0] }],
    ['>=29.0 <29.5', { min: [29, 0, 0], below: [29, 5, 0] }],
  ])('reads %j', (text, parsed) => {
    expect(parseRange(text)).toEqual(parsed);
  });

  test.each([
    ['29.5', 'not a comparison'],
    ['>29.5', 'not a comparison'],
    ['>=29.5 >=29.6', 'two >= bounds'],
    ['>=29.5 <29.0', 'is empty'],
    ['>=29.5 <29.5', 'is empty'],
    ['', 'is not a range'],
    ['>=a', 'not a comparison'],
  ])('refuses %j, saying why', (text, reason) => {
    expect(parseRange(text)).toContain(reason);
  });
});

describe('inRange and rangesOverlap', () => {
  test.each([
    [[29, 5, 0], '>=29.5', true], [[29, 4, 9], '>=29.5', false], [[29, 4, 0], '<29.5', true], [[29, 5, 0], '<29.5', false],
    [[29, 2, 0], '>=29.0 <29.5', true], [[28, 5, 2], '>=29.0 <29.5', false],
  ] as const)('%j in %s: %s', (v, text, expected) => {
    expect(inRange(v, range(text))).toBe(expected);
  });

  test.each([
    ['>=29.5', '<29.5', false], ['>=29.0', '>=29.5', true], ['<29.0', '>=28.0 <29.5', true], ['>=29.0 <29.5', '>=29.5', false],
  ])('%s and %s overlap: %s', (a, b, expected) => {
    expect(rangesOverlap(range(a), range(b))).toBe(expected);
  });
});

describe('versionBuckets', () => {
  test('names a tab of one release by that release, not as a range to itself', () => {
    expect(versionBuckets([range('>=29.5 <29.6')]).map((b) => b.label)).toEqual(['v29.6 及以后', 'v29.5', 'v29.5 之前']);
    expect(versionBuckets([range('>=29.5.0 <29.5.1')]).map((b) => b.label)).toEqual(['v29.5.1 及以后', 'v29.5.0', 'v29.5 之前']);
  });

  test('one bound makes two tabs, the newest first', () => {
    expect(versionBuckets([range('>=29.5')]).map((b) => b.label)).toEqual(['v29.5 及以后', 'v29.5 之前']);
  });

  test('two bounds make three tabs whose labels say where each ends', () => {
    expect(versionBuckets([range('>=29.0 <29.5'), range('>=29.5')]).map((b) => b.label)).toEqual(['v29.5 及以后', 'v29.0–29.4', 'v29.0 之前']);
  });

  test('each tab\'s representative version lies inside it', () => {
    const buckets = versionBuckets([range('>=28.0 <29.5')]);
    expect(inRange(buckets[0]!.representative, range('>=29.5'))).toBe(true);
    expect(inRange(buckets[1]!.representative, range('>=28.0 <29.5'))).toBe(true);
    expect(inRange(buckets[2]!.representative, range('<28.0'))).toBe(true);
  });

  test('no ranges, no tabs', () => {
    expect(versionBuckets([])).toEqual([]);
  });
});
