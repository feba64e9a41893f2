import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { quoteShellWord } from '../../src/lib/shell-quote.ts';
import { bash } from '../support/shell.ts';

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

  test('keeps any NUL-free string as one literal word under bash -c', () => {
    const value = fc.string({ unit: 'binary', maxLength: 40 }).filter((s) => !s.includes('\0') && s.isWellFormed());
    fc.assert(
      fc.property(value, (v) => {
        const { stdout, status } = bash(`set -- ${quoteShellWord(v)}; printf '%s:%s' "$#" "$1"`);
        expect(status).toBe(0);
        expect(stdout).toBe(`1:${v}`);
      }),
      { numRuns: 150 },
    );
  });
});
