import { describe, expect, test } from 'vitest';
import { typoCorrector } from '../../src/lib/typo-corrector.ts';

const correct = typoCorrector(['permitted', 'xdg_runtime_dir', 'subuid', 'ping', 'namespace']);

describe('typoCorrector', () => {
  test.each([
    ['permited', 'permitted'],
    ['xdg_runtme_dir', 'xdg_runtime_dir'],
    ['namepsace', 'namespace'],
  ])('maps %s to %s with some trust', (typo, word) => {
    const [found, trust] = correct(typo);
    expect(found).toBe(word);
    expect(trust).toBeGreaterThan(0.3);
    expect(trust).toBeLessThan(1);
  });

  test.each([
    ['a short word', 'pin'],
    ['a word far from every known one', 'kubernetes'],
    ['a much longer word', 'subuidsubuid'],
    ['digits first', '9ping'],
  ])('leaves %s alone', (_what, word) => {
    expect(correct(word)).toEqual([undefined, 0]);
  });
});
