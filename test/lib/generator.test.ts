import { describe, expect, test } from 'vitest';
import { generatorView, queryForState, scriptHeader, stateFromQuery } from '../../src/lib/generator.ts';
import { DISTROS, distro, entry } from '../support/fixtures.ts';

const e = entry({
  fixes: [
    { id: 'high-port', label: '方案一', steps: [{ title: '换端口', run: 'docker run -d -p {{port}}:80 nginx', example: true }] },
    { id: 'sysctl', label: '方案二', steps: [{ title: '写 sysctl', run: 'sudo sysctl --system' }, { title: '重启', restart: true }] },
  ],
});
const source = { slug: 'privileged-port', entry: e };

describe('the generator\'s state in the URL', () => {
  test('reads settings and values, and remembers which values came from the link', () => {
    const state = stateFromQuery('?path=a.b&fix=sysctl&install=script&systemd=0&engine=29.4&port=80&user=%24(reboot)');
    expect(state).toEqual({
      alternative: 'sysctl', settings: { install: 'script', systemd: false, engine: '29.4' },
      input: { port: '80', user: '$(reboot)' }, fromLink: ['user', 'port'],
    });
  });

  test('falls back to defaults for anything unreadable', () => {
    expect(stateFromQuery('?fix=%3Cscript%3E&install=rm&engine=latest').settings).toEqual({ install: 'packages', systemd: true });
    expect(stateFromQuery('?fix=%3Cscript%3E').alternative).toBe('');
  });

  test('writes the state back next to the wizard path, leaving defaults out', () => {
    const state = stateFromQuery('?fix=sysctl&systemd=0&home=/home/alice');
    expect(queryForState('?path=distro.network', state)).toBe('?path=distro.network&fix=sysctl&systemd=0&home=/home/alice');
    expect(queryForState('?path=x', stateFromQuery(''))).toBe('?path=x');
  });
});

describe('generatorView', () => {
  test('shows only the controls that change this entry\'s steps', () => {
    const g = generatorView(source, DISTROS, distro('ubuntu'), 'ubuntu-2404', stateFromQuery('?fix=sysctl'));
    expect(g.controls).toEqual({ install: false, systemd: true, engine: [] });
    expect(g.view.alternatives[g.chosen]!.id).toBe('sysctl');
  });

  test('turns a non-systemd host\'s restart into a manual step', () => {
    const g = generatorView(source, DISTROS, distro('ubuntu'), undefined, stateFromQuery('?fix=sysctl&systemd=0'));
    expect(g.view.alternatives[1]!.steps.map((s) => s.body.kind)).toEqual(['commands', 'manual']);
  });

  test('shows an invalid value\'s error, and no command for the steps that use it', () => {
    const g = generatorView(source, DISTROS, distro('ubuntu'), undefined, stateFromQuery('?port=0x50'));
    expect(g.errors).toEqual({ port: '端口必须是 1–65535 之间的整数' });
    expect(g.view.alternatives[0]!.steps[0]!.body).toEqual({ kind: 'needs-value', names: ['port'] });
  });
});

describe('scriptHeader', () => {
  test('says what the script does, for which setup and values', () => {
    expect(scriptHeader('docker run -p 报错', '方案二', 'Ubuntu 24.04；软件包；有 systemd；Docker Engine 最新版本', { port: '80' })).toEqual([
      'rootless-doctor 生成的修复脚本：docker run -p 报错（方案二）',
      '适用于：Ubuntu 24.04；软件包；有 systemd；Docker Engine 最新版本',
      '填入的值：port=80',
      '以出问题的 rootless 用户身份运行；需要 root 的命令会自己调用 sudo。',
    ]);
  });
});
