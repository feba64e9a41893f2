import { spawnSync } from 'node:child_process';
import { describe, expect, test } from 'vitest';
import { loadContent } from '../../scripts/load-content.ts';
import { DEFAULT_SETTINGS, DEFAULT_VALUES, valuesFromInput } from '../../src/lib/command-values.ts';
import { isDistroIndependent, resolveFix, resolveForPage, stepApplies, stepTemplate, toScript, type ResolvedStep } from '../../src/lib/fix-commands.ts';
import { DistroSchema, type Distro } from '../../src/schemas/distro.ts';
import { FixStepSchema, type FixStep } from '../../src/schemas/entry.ts';

const distros = Object.fromEntries(loadContent(process.cwd()).distros.map((d) => [d.data.id, d.data])) as Record<string, Distro>;
const distro = (id: string) => distros[id] as Distro;

describe('stepTemplate: the install table per distro family', () => {
  test.each([
    ['ubuntu', ['uidmap'], 'sudo apt-get install -y uidmap'],
    ['debian', ['dbusUserSession'], 'sudo apt-get install -y dbus-user-session'],
    ['rhel', ['dbusUserSession'], 'sudo dnf install -y dbus-daemon'],
    ['rhel', ['uidmap'], 'sudo dnf install -y shadow-utils'],
    ['opensuse', ['fuseOverlayfs'], 'sudo zypper install -y fuse-overlayfs'],
    ['arch', ['slirp4netns', 'iptables'], 'sudo pacman -S --needed slirp4netns iptables'],
    ['ubuntu', ['systemdContainer'], 'sudo apt-get install -y systemd-container'],
  ])('on %s, installing %j runs %s', (id, install, command) => {
    expect(stepTemplate({ title: 't', install }, distro(id))).toBe(command);
  });

  test.each([
    ['arch', ['dbusUserSession']],
    ['opensuse', ['dbusUserSession']],
    ['ubuntu', ['noSuchPackage']],
  ])('on %s, installing %j has no verified command rather than a guess', (id, install) => {
    expect(stepTemplate({ title: 't', install }, distro(id))).toBeUndefined();
  });

  test.each([
    ['debian', 'apt-get update', 'apt-get update'],
    ['rhel', undefined, null],
    ['arch', undefined, undefined],
  ])('a per-distro step on %s is %j', (id, _, expected) => {
    expect(stepTemplate({ title: 't', byDistro: { debian: 'apt-get update', rhel: null } }, distro(id))).toBe(expected);
  });
});

describe('stepApplies', () => {
  const rhel8: FixStep = { title: 'fuse', run: 'true', when: { releases: ['rhel-8'] } };
  test.each([
    [rhel8, 'rhel', { release: 'rhel-8' }, true],
    [rhel8, 'rhel', { release: 'rhel-9' }, false],
    [rhel8, 'rhel', {}, true],
    [rhel8, 'debian', {}, false],
    [rhel8, 'rhel', { release: 'debian-12' }, true],
    [{ title: 's', run: 'true', when: { install: 'script' } }, 'ubuntu', { install: 'packages' }, false],
    [{ title: 's', run: 'true', when: { install: 'script' } }, 'ubuntu', { install: 'script' }, true],
    [{ title: 's', run: 'true', when: { systemd: false } }, 'ubuntu', { systemd: true }, false],
    [{ title: 's', run: 'true', when: { systemd: false } }, 'ubuntu', { systemd: false }, true],
    [{ title: 's', run: 'true' }, 'arch', {}, true],
  ] as const)('%j on %s with %j applies: %s', (step, id, settings, applies) => {
    expect(stepApplies(step as FixStep, id, { ...DEFAULT_SETTINGS, ...settings })).toBe(applies);
  });
});

describe('resolveFix', () => {
  const steps: FixStep[] = [
    { title: '装包', install: ['dbusUserSession'] },
    { title: '开 linger', run: 'sudo loginctl enable-linger {{user}}' },
    { title: '只在脚本安装时', run: 'true', when: { install: 'script' } },
  ];

  test('renders values, marks unverified steps and leaves out steps for other setups', () => {
    expect(resolveFix(steps, distro('arch'), valuesFromInput({ user: 'host$' }))).toEqual([
      { title: '装包', status: 'unverified' },
      { title: '开 linger', status: 'commands', commands: "sudo loginctl enable-linger 'host$'" },
    ]);
  });

  test('keeps the step meant for script installs when that is the setup', () => {
    const resolved = resolveFix(steps, distro('debian'), DEFAULT_VALUES, { install: 'script', systemd: true });
    expect(resolved.map((s) => s.status)).toEqual(['commands', 'commands', 'commands']);
  });

  test('knows when every distro renders the same', () => {
    expect(isDistroIndependent([steps[1] as FixStep], Object.values(distros))).toBe(true);
    expect(isDistroIndependent([steps[0] as FixStep], Object.values(distros))).toBe(false);
  });
});

describe('toScript', () => {
  const steps: ResolvedStep[] = [
    { title: '第一步', status: 'commands', commands: 'printf one' },
    { title: '跳过\n这步', status: 'not-needed' },
    { title: '手动', status: 'unverified' },
    { title: '最后', status: 'commands', commands: 'printf last' },
  ];

  test('writes set -eu and a numbered comment per step', () => {
    expect(toScript([steps[0] as ResolvedStep, steps[1] as ResolvedStep])).toBe(
      '#!/bin/sh\nset -eu\n\n# 1. 第一步\nprintf one\n\n# 2. 跳过 这步\n# 这个发行版不需要这一步，已跳过。\n',
    );
  });

  test('stops at a step without a verified command, after running the steps before it', () => {
    const r = spawnSync('sh', ['-c', toScript(steps)], { encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('one');
    expect(r.stderr).toBe('第 3 步没有核实过的命令：请按页面说明手动完成，再运行后面的步骤。\n');
  });
});

describe('resolveForPage', () => {
  const distro = (id: string): Distro => DistroSchema.parse({
    id, name: id, order: 1, family: 'redhat', versions: ['x'],
    packageManager: { name: 'dnf', install: 'sudo dnf install -y ' }, packages: { fuseOverlayfs: 'fuse-overlayfs' },
  });
  const steps = [
    FixStepSchema.parse({ title: 'only RHEL 8', install: ['fuseOverlayfs'], when: { releases: ['rhel-8'] } }),
    FixStepSchema.parse({ title: 'no systemd', run: 'dockerd-rootless.sh', when: { systemd: false } }),
    FixStepSchema.parse({ title: 'always', run: 'systemctl --user restart docker' }),
  ];

  test('keeps every setup\'s steps for a distro, with their conditions, rendered', () => {
    const shown = resolveForPage(steps, distro('rhel'), DEFAULT_VALUES);
    expect(shown.map((s) => [s.title, s.commands, s.when])).toEqual([
      ['only RHEL 8', 'sudo dnf install -y fuse-overlayfs', { releases: ['rhel-8'] }],
      ['no systemd', 'dockerd-rootless.sh', { systemd: false }],
      ['always', 'systemctl --user restart docker', undefined],
    ]);
  });

  test('drops steps limited to another distro\'s releases', () => {
    expect(resolveForPage(steps, distro('ubuntu'), DEFAULT_VALUES).map((s) => s.title)).toEqual(['no systemd', 'always']);
  });

  test('treats a release-limited step as making the fix distro-dependent', () => {
    expect(isDistroIndependent(steps, [distro('rhel'), distro('ubuntu')])).toBe(false);
  });
});
