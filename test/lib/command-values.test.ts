import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { DEFAULT_VALUES, validateValue, valuesFromInput, valuesFromQuery } from '../../src/lib/command-values.ts';
import { renderTemplate, TEMPLATE_VALUE_NAMES, type TemplateValueName } from '../../src/lib/template.ts';
import { bash } from '../support/shell.ts';

/** Values a hostile or careless user might type. */
export const HOSTILE = ["a'b", '$(reboot)', '`reboot`', '; rm -rf /', 'a b', 'a\nb', '用户', '/home/a b', "/tmp/x'; rm -rf / #", '/x\n$(id)', '-rf', '$HOME', '*', '/a/$(reboot)', '0x50', ' 8080 ', '١٢٣'];

describe('validateValue', () => {
  test.each<[TemplateValueName, string]>([
    ['user', 'alice'], ['user', '_svc'], ['user', 'john.doe'], ['user', 'Alice'], ['user', 'build-01'], ['user', 'host$'],
    ['user', 'a'.repeat(32)], ['uid', '0'], ['uid', '1000'], ['uid', '4294967294'], ['home', '/home/alice'], ['home', '/home/a b'],
    ['home', "/home/o'brien"], ['dataRoot', '/srv/数据'], ['mtu', '1280'], ['mtu', '65520'], ['port', '1'], ['port', '65535'], ['port', ' 8080 '],
  ])('accepts %s %j', (name, value) => {
    expect(validateValue(name, value)).toBeUndefined();
  });

  test.each<[TemplateValueName, string, string]>([
    ['user', '', '不能为空'],
    ['user', '-rf', '用户名只能包含字母、数字、.、_ 和 -（不能以 - 开头），最长 32 个字符'],
    ['user', "a'b", '用户名只能包含字母、数字、.、_ 和 -（不能以 - 开头），最长 32 个字符'],
    ['user', '$(reboot)', '用户名只能包含字母、数字、.、_ 和 -（不能以 - 开头），最长 32 个字符'],
    ['user', 'a'.repeat(33), '用户名只能包含字母、数字、.、_ 和 -（不能以 - 开头），最长 32 个字符'],
    ['user', '用户', '用户名只能包含字母、数字、.、_ 和 -（不能以 - 开头），最长 32 个字符'],
    ['user', '1000', '用户名不能全是数字，也不能是 . 或 ..'],
    ['user', '..', '用户名不能全是数字，也不能是 . 或 ..'],
    ['uid', '-1', 'UID 必须是 0–4294967294 之间的整数'],
    ['uid', '4294967295', 'UID 必须是 0–4294967294 之间的整数'],
    ['uid', '0100', 'UID 必须是 0–4294967294 之间的整数'],
    ['home', 'home/alice', '必须是绝对路径（以 / 开头），例如 /home/alice'],
    ['home', '~/x', '必须是绝对路径（以 / 开头），例如 /home/alice'],
    ['home', '/x\n$(id)', '路径不能包含换行、制表符等控制字符'],
    ['dataRoot', '/a\tb', '路径不能包含换行、制表符等控制字符'],
    ['dataRoot', `/${'a'.repeat(4096)}`, '路径太长（最多 4096 个字符）'],
    ['mtu', '1279', 'MTU 必须是 1280–65520 之间的整数'],
    ['mtu', '65521', 'MTU 必须是 1280–65520 之间的整数'],
    ['mtu', '1500.5', 'MTU 必须是 1280–65520 之间的整数'],
    ['port', '0', '端口必须是 1–65535 之间的整数'],
    ['port', '65536', '端口必须是 1–65535 之间的整数'],
    ['port', '0x50', '端口必须是 1–65535 之间的整数'],
    ['port', '١٢٣', '端口必须是 1–65535 之间的整数'],
  ])('rejects %s %j with a clear message', (name, value, message) => {
    expect(validateValue(name, value)).toBe(message);
  });
});

describe('valuesFromInput', () => {
  test('uses valid inputs as trimmed literals and keeps defaults for empty or invalid ones', () => {
    expect(valuesFromInput({ user: ' alice ', uid: 'x', home: '' })).toEqual({ ...DEFAULT_VALUES, user: { literal: 'alice' } });
  });
});

/** Any string, hostile strings, and strings shaped like each kind of value. */
const anyValue = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.constantFrom(...HOSTILE),
  fc.string({ unit: 'binary', maxLength: 30 }).map((s) => `/${s}`),
  fc.stringMatching(/^[A-Za-z0-9._$' -]{1,34}$/),
  fc.integer({ min: -5, max: 70000 }).map(String),
);

describe('the one rule for user values', () => {
  test.each(TEMPLATE_VALUE_NAMES)('a %s value is rejected, or reaches bash -c as one literal word', (name) => {
    fc.assert(
      fc.property(anyValue, (raw) => {
        const values = valuesFromInput({ [name]: raw });
        if (validateValue(name, raw) !== undefined) {
          expect(values[name]).toEqual(DEFAULT_VALUES[name]);
          return;
        }
        const { stdout, status } = bash(renderTemplate(`set -- {{${name}}}; printf '%s:%s' "$#" "$1"`, values));
        expect(status).toBe(0);
        expect(stdout).toBe(`1:${raw.trim()}`);
      }),
      { numRuns: 120 },
    );
  });
});

describe('valuesFromQuery', () => {
  test('keeps known, non-empty values and ignores the rest', () => {
    expect(valuesFromQuery('?path=a.b&user=alice&home=%2Fhome%2Falice&port=&evil=1')).toEqual({ user: 'alice', home: '/home/alice' });
  });
  test('passes hostile text through unvalidated, for the generator to reject or quote', () => {
    expect(valuesFromQuery(`?user=${encodeURIComponent('$(reboot)')}`)).toEqual({ user: '$(reboot)' });
  });
});
