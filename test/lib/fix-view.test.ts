import { describe, expect, test } from 'vitest';
import { loadContent } from '../../scripts/load-content.ts';
import { DEFAULT_SETTINGS } from '../../src/lib/command-values.ts';
import { fieldsOf, inputErrors, viewFix, type FixSource } from '../../src/lib/fix-view.ts';

const distros = loadContent(process.cwd()).distros.map((d) => d.data);
const source: FixSource = {
  fix: [
    { title: '装包', install: ['uidmap'] },
    { title: '加范围', run: 'sudo usermod --add-subuids 100000-165535 {{user}}' },
  ],
  verify: [{ run: 'grep {{user}} /etc/subuid', expect: '一行' }],
  distros: ['ubuntu', 'debian', 'rhel'],
};

describe('fieldsOf', () => {
  test('lists the values the fix and its checks use', () => {
    expect(fieldsOf(source)).toEqual(['user']);
    expect(fieldsOf({ fix: [{ title: 't', byDistro: { debian: 'x={{mtu}}', rhel: null } }], verify: [{ run: 'ls {{home}}', expect: 'x' }] })).toEqual(['home', 'mtu']);
  });
});

describe('inputErrors', () => {
  test('flags typed invalid values only; empty means the default', () => {
    expect(inputErrors({ user: '', uid: 'abc', port: '8080' })).toEqual({ uid: 'UID 必须是 0–4294967294 之间的整数' });
  });
});

describe('viewFix', () => {
  test.each([
    [undefined, 'no-distro'],
    ['arch', 'not-for-distro'],
    ['rhel-9', 'ready'],
  ])('with release %j the panel is %s', (release, status) => {
    expect(viewFix(source, distros, {}, { ...DEFAULT_SETTINGS, ...(release && { release }) }).status).toBe(status);
  });

  test('renders steps, checks and the script with valid values only', () => {
    const view = viewFix(source, distros, { user: '$(reboot)' }, { ...DEFAULT_SETTINGS, release: 'rhel-8' });
    if (view.status !== 'ready') throw new Error(view.status);
    expect(view.errors.user).toBeDefined();
    expect(view.steps.map((s) => s.commands)).toEqual(['sudo dnf install -y shadow-utils', 'sudo usermod --add-subuids 100000-165535 "$(whoami)"']);
    expect(view.verify).toEqual([{ run: 'grep "$(whoami)" /etc/subuid', expect: '一行' }]);
    expect(view.script).toContain('# 2. 加范围\nsudo usermod');
    expect(view.script).not.toContain('reboot');
  });
});
