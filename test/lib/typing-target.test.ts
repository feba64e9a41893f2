import { describe, expect, test } from 'vitest';
import { isTypingTarget } from '../../src/lib/typing-target.ts';

describe('isTypingTarget', () => {
  test.each([
    [{ tagName: 'TEXTAREA' }, true],
    [{ tagName: 'INPUT' }, true],
    [{ tagName: 'SELECT' }, true],
    [{ tagName: 'DIV', isContentEditable: true }, true],
    [{ tagName: 'BODY' }, false],
    [null, false],
  ])('%j → %s', (target, typing) => {
    expect(isTypingTarget(target)).toBe(typing);
  });
});
