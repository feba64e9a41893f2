import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { quoteShellWord } from '../../src/lib/shell-quote.ts';
import { SHELLS, wordsAsShellSees } from '../support/shell.ts';

describe('quoteShellWord', () => {
  test.each([
    ['alice', 'alice'],
    ['/home/alice', '/home/alice'],
    ['a.b-c_d@e:f,g+h%i=j', 'a.b-c_d@e:f,g+h%i=j'],
    ['', "''"],
    ['=x', "'=x'"],
    ['a b', "'a b'"],
    ["a'b", "'a'\\''b'"],
    ['$(reboot)', "'$(reboot)'"],
    ['; rm -rf /', "'; rm -rf /'"],
    ['~', "'~'"],
    ['*', "'*'"],
    ['a\nb', "'a\nb'"],
    ['用户', "'用户'"],
  ])('quotes %j as %s', (value, quoted) => {
    expect(quoteShellWord(value)).toBe(quoted);
  });

  test('refuses a NUL byte, which no shell word can hold', () => {
    expect(() => quoteShellWord('a\0b')).toThrow('NUL');
  });

  test('keeps any NUL-free string as one literal word under bash and dash (one shell process for all cases)', () => {
    const values = fc.sample(fc.string({ unit: 'binary', maxLength: 40 }), 400).filter((s) => !s.includes('\0') && s.isWellFormed());
    for (const shell of SHELLS) {
      expect(wordsAsShellSees(shell, values.map(quoteShellWord))).toEqual(values.map((text) => ({ count: 1, text })));
    }
  });
});
