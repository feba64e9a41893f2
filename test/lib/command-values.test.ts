import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { DEFAULT_VALUES, inputErrors, MAX_VALUE_LENGTH, validateValue, valuesFromInput, valuesFromQuery } from '../../src/lib/command-values.ts';
import { quoteShellWord } from '../../src/lib/shell-quote.ts';
import { TEMPLATE_VALUE_NAMES, type TemplateValueName } from '../../src/lib/template.ts';
import { EDGE_VALID, HOSTILE, PLAIN } from '../support/samples.ts';
import { wordsAsShellSees } from '../support/shell.ts';

describe('validateValue', () => {
  test.each(TEMPLATE_VALUE_NAMES.flatMap((n) => [[n, PLAIN[n]], [n, EDGE_VALID[n]]] as [TemplateValueName, string][]))('accepts %s %j', (name, value) => {
    expect(validateValue(name, value)).toBeUndefined();
  });

  test.each(TEMPLATE_VALUE_NAMES.flatMap((n) => HOSTILE.map((h) => [n, h] as [TemplateValueName, string])))('rejects %s %j with a message in Chinese', (name, value) => {
    expect(validateValue(name, value)).toMatch(/[\u4e00-\u9fff]/);
  });

  test.each<[TemplateValueName, string, string]>([
    ['user', '', '不能为空'],
    ['user', '-rf', '用户名只能包含英文字母、数字、.、_ 和 -（不能以 - 开头），最长 32 个字符'],
    ['user', '1000', '用户名不能全是数字，也不能是 . 或 ..'],
    ['user', 'root', 'root 是管理员账户：rootless 模式要用普通用户运行，请填写那个普通用户的用户名'],
    ['uid', '0', 'UID 0 是 root：rootless 模式要用普通用户运行'],
    ['uid', '4294967295', 'UID 必须是 1–4294967294 之间的整数'],
    ['home', 'home/alice', '必须是绝对路径（以 / 开头），例如 /home/alice'],
    ['home', "/home/o'brien", '路径只能包含英文字母、数字和 . _ - /（不能有空格、引号、$、*、中文等字符）'],
    ['home', '/home/../etc', '路径不能包含 . 或 .. 这样的目录段'],
    ['home', '/tmp/x', '不能使用 /tmp 下的路径：那里任何用户都能写入，或者不是普通目录'],
    ['home', '/usr', '/usr 是系统目录，不能用在这里；请填写具体的子目录，例如 /home/alice'],
    ['rootlesskit', '/usr/local/bin/bash', '必须是 rootlesskit 程序本身的路径（以 /rootlesskit 或 /docker-rootlesskit 结尾），可以用 command -v rootlesskit 查看，例如 /usr/local/bin/rootlesskit'],
    ['rootlesskit', '/home/alice/bin/rootlesskit-old', '必须是 rootlesskit 程序本身的路径（以 /rootlesskit 或 /docker-rootlesskit 结尾），可以用 command -v rootlesskit 查看，例如 /usr/local/bin/rootlesskit'],
    ['rootlesskit', '/usr/bin/rootlesskit', 'Ubuntu 的 apparmor 软件包已经带有 /usr/bin/rootlesskit 的配置文件，不需要再写；如果仍然报错，原因在别处'],
    ['rootlesskit', 'bin/rootlesskit', '必须是绝对路径（以 / 开头），例如 /usr/local/bin/rootlesskit'],
    ['rootlesskit', '/tmp/rootlesskit', '不能使用 /tmp 下的路径：那里任何用户都能写入，或者不是普通目录'],
    // Review: world-writable on Ubuntu, and on no list of the general path rule.
    ['rootlesskit', '/var/crash/rootlesskit', 'rootlesskit 只能在 /usr/local、/usr/sbin、/usr/libexec、/opt 或 /home 下；装在你自己家目录里的（例如 ~/bin），留空即可，默认就是 ~/bin/rootlesskit'],
    ['dataRoot', '/srv/docker\\', '路径只能包含英文字母、数字和 . _ - /（不能有空格、引号、$、*、中文等字符）'],
    ['home', '/home/\u202Eevil', '包含看不见的控制字符（U+202E），可能是从别处复制来的；请手动重新输入'],
    ['home', '/home/a\u200Bb', '包含看不见的控制字符（U+200B），可能是从别处复制来的；请手动重新输入'],
    ['home', `/home/${'a'.repeat(300)}`, `太长了（最多 ${MAX_VALUE_LENGTH} 个字符）`],
    ['mtu', '1279', 'MTU 必须是 1280–65521 之间的整数'],
    ['mtu', '65522', 'MTU 必须是 1280–65521 之间的整数'],
    ['user', 'a'.repeat(300), '用户名只能包含英文字母、数字、.、_ 和 -（不能以 - 开头），最长 32 个字符'],
    ['port', '0x50', '端口必须是 1–65535 之间的整数'],
    ['port', '١٢٣', '端口必须是 1–65535 之间的整数'],
  ])('says exactly what is wrong with %s %j', (name, value, message) => {
    expect(validateValue(name, value)).toBe(message);
  });
});

describe('valuesFromInput and inputErrors', () => {
  test('uses valid inputs as trimmed literals and defaults for empty ones', () => {
    const { dataRoot: _example, ...runnable } = DEFAULT_VALUES;
    expect(valuesFromInput({ user: ' alice ', home: '' })).toEqual({ ...runnable, user: { literal: 'alice' } });
  });

  test('has no default data-root: the pages\' example path never reaches a generated command', () => {
    expect(valuesFromInput({}).dataRoot).toBeUndefined();
    expect(valuesFromInput({ dataRoot: '/srv/docker-alice' }).dataRoot).toEqual({ literal: '/srv/docker-alice' });
  });

  test('leaves an invalid value out instead of falling back to the default, so its steps show no command', () => {
    const values = valuesFromInput({ mtu: '99999', user: 'alice' });
    expect(values.mtu).toBeUndefined();
    expect(values.user).toEqual({ literal: 'alice' });
  });

  test('reports typed invalid values only; empty means the default', () => {
    expect(inputErrors({ user: '', uid: 'abc', port: '8080' })).toEqual({ uid: 'UID 必须是 1–4294967294 之间的整数' });
  });
});

describe('valuesFromQuery', () => {
  test('keeps known, non-empty values and ignores the rest', () => {
    expect(valuesFromQuery('?path=a.b&user=alice&home=%2Fhome%2Falice&port=&evil=1')).toEqual({ user: 'alice', home: '/home/alice' });
  });

  test('passes hostile and over-long text through whole, for validation to reject (never cut)', () => {
    const long = `/home/${'a'.repeat(5000)}`;
    expect(valuesFromQuery(`?user=${encodeURIComponent('$(reboot)')}&home=${long}`)).toEqual({ user: '$(reboot)', home: long });
    expect(validateValue('home', long)).toContain('太长了');
  });
});

/** Any string, hostile strings, and strings shaped like each kind of value. */
const anyValue = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.constantFrom(...HOSTILE),
  fc.string({ unit: 'binary', maxLength: 30 }).map((s) => `/${s}`),
  fc.stringMatching(/^\/[A-Za-z0-9._/$' -]{1,34}$/),
  fc.stringMatching(/^[A-Za-z0-9._$' -]{1,34}$/),
  fc.integer({ min: -5, max: 70000 }).map(String),
);

describe('the one rule for user values', () => {
  test.each(TEMPLATE_VALUE_NAMES)('a %s value is rejected, or is plain ASCII that bash and dash read back as one literal word', (name) => {
    const accepted = fc.sample(anyValue, 400).filter((raw) => !raw.includes('\0') && validateValue(name, raw) === undefined).map((raw) => raw.trim());
    expect(accepted.every((v) => /^[A-Za-z0-9._/$-]+$/.test(v))).toBe(true);
    for (const shell of ['bash', 'dash'] as const) {
      expect(wordsAsShellSees(shell, accepted.map(quoteShellWord))).toEqual(accepted.map((text) => ({ count: 1, text })));
    }
  });
});
