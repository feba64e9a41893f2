import { afterEach, describe, expect, test, vi } from 'vitest';
import { arrivedResultFix, isResultFix, loadResultFix, resultFixUrl } from '../../src/lib/result-fix.ts';

describe('isResultFix', () => {
  test('accepts a fix of the served shape', () => {
    expect(isResultFix({ cause: 'c', steps: [], byDistro: { debian: [] }, moreFixes: 0 })).toBe(true);
  });

  test.each([
    ['nothing', null],
    ['no cause (a copy from before the cause left the index)', { steps: [], byDistro: {}, moreFixes: 0 }],
    ['a string', 'fix'],
    ['no steps', { cause: 'c', byDistro: {}, moreFixes: 0 }],
    ['steps that are not a list', { cause: 'c', steps: {}, byDistro: {}, moreFixes: 0 }],
    ['no distros', { cause: 'c', steps: [], byDistro: null, moreFixes: 0 }],
    ['a count that is not a number', { cause: 'c', steps: [], byDistro: {}, moreFixes: '1' }],
    ['a check without its command', { cause: 'c', steps: [], byDistro: {}, moreFixes: 0, check: { title: 't', bad: 'b' } }],
  ])('refuses %s (a stale or broken copy from the network)', (_what, value) => {
    expect(isResultFix(value)).toBe(false);
  });
});

describe('resultFixUrl', () => {
  test('serves each entry\'s fix (and its tell-apart check) under the site\'s base', () => {
    expect(resultFixUrl('/', 'subuid-missing')).toBe('/fixes/subuid-missing.json');
    expect(resultFixUrl('/docs/rootless/', 'subuid-missing')).toBe('/docs/rootless/fixes/subuid-missing.json');
  });
});

describe('arrivedResultFix', () => {
  afterEach(() => { vi.unstubAllGlobals(); });
  test('is nothing before the fix is fetched, and the fix once it has arrived (no second request)', async () => {
    const fix = { cause: 'c', steps: [], byDistro: { debian: [] }, moreFixes: 0 };
    const fetch = vi.fn(async () => new Response(JSON.stringify(fix)));
    vi.stubGlobal('fetch', fetch);
    expect(arrivedResultFix('/docs/', 'arrived-test')).toBeUndefined();
    await loadResultFix('/docs/', 'arrived-test');
    expect(arrivedResultFix('/docs/', 'arrived-test')).toEqual(fix);
    expect(fetch).toHaveBeenCalledTimes(1);
  });
});
