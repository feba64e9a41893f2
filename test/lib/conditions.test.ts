import { describe, expect, test } from 'vitest';
import { bundledRootlessKit, conditionHolds, describeCondition, engineVersion, type Setup } from '../../src/lib/conditions.ts';
import type { Condition } from '../../src/schemas/condition.ts';
import { distro } from '../support/fixtures.ts';

describe('conditionHolds', () => {
  test.each<[Condition, Partial<Setup>, boolean]>([
    [{ releases: ['rhel-8'] }, { distro: distro('rhel'), release: 'rhel-8' }, true],
    [{ releases: ['rhel-8'] }, { distro: distro('rhel'), release: 'rhel-9' }, false],
    [{ releases: ['rhel-8'] }, { distro: distro('rhel') }, true],
    [{ releases: ['rhel-8'] }, { distro: distro('ubuntu') }, false],
    [{ releases: ['rhel-8'] }, { distro: undefined }, true],
    [{ releases: ['ubuntu-2204'] }, { distro: distro('ubuntu'), release: 'uos' }, true],
    [{ releases: ['ubuntu-2404'] }, { distro: distro('ubuntu'), release: 'uos' }, false],
    [{ install: 'script' }, { install: 'packages' }, false],
    [{ install: 'script' }, { install: 'script' }, true],
    [{ install: 'script' }, {}, true],
    [{ systemd: false }, { systemd: true }, false],
    [{ systemd: false }, {}, true],
    [{ engine: '>=29.5' }, {}, true],
    [{ engine: '<29.5' }, {}, false],
    [{ engine: '<29.5' }, { engine: [29, 4, 0] }, true],
    [{ rootlesskit: '>=3.0' }, { engine: [29, 4, 0] }, false],
    [{ rootlesskit: '>=3.0' }, { engine: [29, 5, 0] }, true],
    [{ rootlesskit: '<3.0' }, {}, false],
    [{ unit: true }, { unit: false }, false],
    [{ unit: true }, { unit: true }, true],
    [{ unit: true }, {}, true],
  ])('%j with %j holds: %s', (when, setup, holds) => {
    expect(conditionHolds(when, { distro: undefined, ...setup })).toBe(holds);
  });

  test('RootlessKit v3 comes with Engine v29.5 (moby\'s rootlesskit.installer)', () => {
    expect(bundledRootlessKit([29, 4, 0])).toEqual([2, 3, 0]);
    expect(bundledRootlessKit([29, 5, 0])).toEqual([3, 0, 0]);
  });

  test('reads a user\'s Engine version, or the newest for anything else', () => {
    expect(engineVersion('29.4')).toEqual([29, 4, 0]);
    expect(engineVersion('')).toBeUndefined();
    expect(engineVersion('newest')).toBeUndefined();
  });
});

describe('describeCondition', () => {
  test.each<[Condition, string, string]>([
    [{ releases: ['rhel-8'] }, 'rhel', '仅适用于：RHEL 8'],
    [{ systemd: false }, 'ubuntu', '仅适用于：没有 systemd 的主机'],
    [{ install: 'script', systemd: true }, 'ubuntu', '仅适用于：用安装脚本安装时；有 systemd 的主机'],
    [{ releases: ['rhel-8', 'ubuntu-2204'] }, 'ubuntu', '仅适用于：Ubuntu 22.04、UOS'],
    [{ unit: true }, 'debian', '仅适用于：安装工具已经装好 docker 用户服务时'],
  ])('labels %o on %s', (when, id, label) => {
    expect(describeCondition(when, distro(id))).toBe(label);
  });

  test('says nothing for a step without a condition, or one that holds on every release of the distro', () => {
    expect(describeCondition(undefined, distro('rhel'))).toBeUndefined();
    expect(describeCondition({ releases: ['rhel-8', 'rhel-9'] }, distro('rhel'))).toBeUndefined();
  });
});
