import { describe, expect, test } from 'vitest';
import { errnosDisagree, errnosOf } from '../../src/lib/errno-phrases.ts';

describe('errnosOf', () => {
  test('finds the errno text at the end of a canonical line', () => {
    expect(errnosOf('lchown /x: invalid argument')).toBe(errnosOf('invalid argument'));
    expect(errnosOf('lchown /x: invalid argument')).not.toBe(0);
  });

  test('gives different errnos different bits and several errnos several bits', () => {
    const eperm = errnosOf('operation not permitted');
    const enoent = errnosOf('no such file or directory');
    expect(eperm & enoent).toBe(0);
    expect(errnosOf('open /x: no such file or directory: operation not permitted')).toBe(eperm | enoent);
  });

  test('finds nothing in a line without an errno', () => {
    expect(errnosOf('could not get xdg_runtime_dir')).toBe(0);
  });
});

describe('errnosDisagree', () => {
  const eperm = errnosOf('operation not permitted');
  const einval = errnosOf('invalid argument');

  test('is true only when both name an errno and share none', () => {
    expect(errnosDisagree(eperm, einval)).toBe(true);
    expect(errnosDisagree(eperm, eperm | einval)).toBe(false);
    expect(errnosDisagree(eperm, 0)).toBe(false);
    expect(errnosDisagree(0, einval)).toBe(false);
  });
});
