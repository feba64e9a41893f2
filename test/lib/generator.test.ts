import { describe, expect, test } from 'vitest';
import { bucketIndex, generatorView, queryForState, scriptHeader, stateFromQuery } from '../../src/lib/generator.ts';
import { versionBuckets } from '../../src/lib/version-range.ts';
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

  test('says when the link gave an Engine version that is none (the page then says so), not when it gave none', () => {
    expect(stateFromQuery('?engine=latest').engineUnreadable).toBe(true);
    expect(stateFromQuery('?engine=%24(id)').engineUnreadable).toBe(true);
    expect(stateFromQuery('?engine=29.0.1').engineUnreadable).toBeUndefined();
    expect(stateFromQuery('?engine=').engineUnreadable).toBeUndefined();
    expect(stateFromQuery('').engineUnreadable).toBeUndefined();
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

  // A regression fixed in v29.6: upgrading helps only on v29.5; the switch-off works there and before.
  const regression = { slug: 'detach-netns', entry: entry({
    fixes: [
      { id: 'upgrade', label: '方案一', steps: [{ title: '升级', run: 'sudo apt-get install docker-ce', when: { engine: '>=29.5 <29.6' } }] },
      { id: 'switch-off', label: '方案二', steps: [{ title: '关掉', restart: true, when: { engine: '<29.6' } }] },
    ],
  }) };

  test('with no alternative asked for, picks the first that has a step for the setup', () => {
    const g = generatorView(regression, DISTROS, distro('ubuntu'), 'ubuntu-2404', stateFromQuery('?engine=29.4'));
    expect(g.view.alternatives.map((a) => a.steps.length)).toEqual([0, 1]);
    expect(g.view.alternatives[g.chosen]!.id).toBe('switch-off');
    const asked = generatorView(regression, DISTROS, distro('ubuntu'), 'ubuntu-2404', stateFromQuery('?engine=29.4&fix=upgrade'));
    expect(asked.view.alternatives[asked.chosen]!.id).toBe('upgrade');
  });

  test('with no version asked for and nothing to do on the newest, gives the steps of the newest version that has the problem, and says so', () => {
    const g = generatorView(regression, DISTROS, distro('ubuntu'), 'ubuntu-2404', stateFromQuery(''));
    expect(g.controls.engine.map((c) => c.label)).toEqual(['v29.6 及以后', 'v29.5', 'v29.5 之前']);
    expect(g.engineDefaulted).toBe(true);
    expect(g.engineChoice).toBe('29.5');
    expect(g.view.alternatives[g.chosen]!.id).toBe('upgrade');
    // The newest asked for explicitly stays the newest, with nothing to do.
    const newest = generatorView(regression, DISTROS, distro('ubuntu'), 'ubuntu-2404', stateFromQuery('?engine=29.6'));
    expect([newest.engineDefaulted, newest.engineChoice, newest.view.alternatives.every((a) => a.steps.length === 0)]).toEqual([false, '', true]);
  });

  test('shows a version from a link in the tab that holds it, even when it is no tab\'s own (29.0.1, 20.10)', () => {
    expect(generatorView(regression, DISTROS, distro('ubuntu'), 'ubuntu-2404', stateFromQuery('?engine=20.10')).engineChoice).toBe('29.4');
    expect(generatorView(regression, DISTROS, distro('ubuntu'), 'ubuntu-2404', stateFromQuery('?engine=29.5.3')).engineChoice).toBe('29.5');
    expect(generatorView(regression, DISTROS, distro('ubuntu'), 'ubuntu-2404', stateFromQuery('?engine=30.1')).engineChoice).toBe('');
  });

  test('shows an invalid value\'s error, and no command for the steps that use it', () => {
    const g = generatorView(source, DISTROS, distro('ubuntu'), undefined, stateFromQuery('?port=0x50'));
    expect(g.errors).toEqual({ port: '端口必须是 1–65535 之间的整数' });
    expect(g.view.alternatives[0]!.steps[0]!.body).toEqual({ kind: 'needs-value', names: ['port'] });
  });
});

describe('scriptHeader', () => {
  test('names only the values the commands use and that pass validation: a link\'s other values never reach the script', () => {
    const header = scriptHeader('x', '', 'Debian 12', { user: 'alice', home: '/home/a;id', dataRoot: '$(reboot)', mtu: '1500\ntouch /tmp/p' }, ['user', 'home']);
    expect(header).toContain('填入的值：user=alice');
    expect(header.join('\n')).not.toMatch(/;id|reboot|touch/);
    expect(scriptHeader('x', '', 'Debian 12', { home: '/home/a;id' }, ['user', 'home'])).toContain('没有填写值：命令在运行时取当前用户的值');
  });

  test('says what the script does, for which setup and values', () => {
    expect(scriptHeader('docker run -p 报错', '方案二', 'Ubuntu 24.04；软件包；有 systemd；Docker Engine 最新版本', { port: '80' }, ['port'])).toEqual([
      'rootless-doctor 生成的修复脚本：docker run -p 报错（方案二）',
      '适用于：Ubuntu 24.04；软件包；有 systemd；Docker Engine 最新版本',
      '填入的值：port=80',
      '以出问题的 rootless 用户身份运行；需要 root 的命令会自己调用 sudo。',
    ]);
  });
});

describe('bucketIndex', () => {
  const buckets = versionBuckets([{ min: [29, 0, 0], below: [29, 0, 2] }, { min: [29, 5, 0] }]);
  test('finds the tab (newest first) that holds a version', () => {
    expect(buckets.map((b) => b.label)).toEqual(['v29.5 及以后', 'v29.0.2–29.4', 'v29.0–29.0.1', 'v29.0 之前']);
    expect([undefined, [30, 0, 0], [29, 5, 0], [29, 4, 9], [29, 0, 1], [28, 5, 0], [20, 10, 0]].map((v) => bucketIndex(buckets, v))).toEqual([0, 0, 0, 1, 2, 3, 3]);
  });
});
