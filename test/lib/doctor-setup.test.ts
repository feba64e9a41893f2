import { describe, expect, test } from 'vitest';
import { DEFAULT_VALUES } from '../../src/lib/command-values.ts';
import { distroOf, machineSetup } from '../../src/lib/doctor-setup.ts';
import { parseDoctorReport } from '../../src/lib/doctor-report.ts';
import { DISTROS } from '../support/fixtures.ts';

/** The setup of a report of these lines (`redacted=no` unless they say otherwise, as doctor.sh prints by default). */
const setupOf = (...lines: string[]) => {
  const redacted = lines.some((l) => l.startsWith('redacted=')) ? [] : ['redacted=no'];
  const parsed = parseDoctorReport(['# rootless-doctor report v1', ...lines, ...redacted, '# log', '# end'].join('\n'));
  return machineSetup(parsed.report, parsed.values, DISTROS);
};

describe('which distro tab a report is', () => {
  test.each([
    ['ubuntu', '24.04', [], 'ubuntu', 'ubuntu-2404'],
    ['ubuntu', '22.04', [], 'ubuntu', 'ubuntu-2204'],
    ['rocky', '9.4', ['rhel', 'centos', 'fedora'], 'rhel', 'rhel-9'],
    ['rhel', '8.10', ['fedora'], 'rhel', 'rhel-8'],
    ['uos', '20', ['debian'], 'ubuntu', 'uos'],
    ['fedora', '40', [], 'rhel', undefined],
    ['linuxmint', '22', ['ubuntu', 'debian'], 'ubuntu', undefined],
    ['Rocky', '9.4', [], 'rhel', 'rhel-9'],
    ['gentoo', 'unknown', [], undefined, undefined],
  ])('%s %s (like %j) → %s / %s', (id, version, like, family, release) => {
    const found = distroOf(id, version, like, DISTROS);
    expect([found.distro?.id, found.release]).toEqual([family, release]);
  });
});

describe('the values a report gives the commands', () => {
  test('a sound user, UID and home are used as literals and listed for the script header', () => {
    const s = setupOf('user=alice', 'uid=1000', 'home=/home/alice', 'install_method=script', 'systemd_pid1=no', 'dockerd_version=29.4.3');
    expect(s.values.user).toEqual({ literal: 'alice' });
    expect(s.input).toEqual({ user: 'alice', uid: '1000', home: '/home/alice' });
    expect(s.setup).toMatchObject({ install: 'script', systemd: false, engine: [29, 4, 3] });
    expect(s.refused).toEqual([]);
  });

  test.each([
    ['user', "o'brien$(id)", /user 值不能写进命令/],
    ['home', '/home/a b', /home 值不能写进命令/],
    ['home', '/tmp/x', /home 值不能写进命令/],
    ['uid', '0', /UID 0 是 root/],
    ['user', 'alice\u202e', /user 值不能写进命令/],
  ])('a hostile %s (%j) never becomes a literal: the command reads it at run time, and the page says why', (name, value, message) => {
    const s = setupOf(`${name}=${value}`);
    expect(s.values[name as 'user']).toHaveProperty('shellExpression');
    expect(s.refused.join('\n')).toMatch(message);
    expect(s.input).not.toHaveProperty(name);
  });

  test('the report\'s rootlesskit names the AppArmor profile: as written, under a redacted home read at run time, and only a rootlesskit', () => {
    expect(setupOf('user=alice', 'home=/home/alice', 'redacted=no', 'rootlesskit=/usr/local/bin/rootlesskit').values.rootlesskit).toEqual({ literal: '/usr/local/bin/rootlesskit' });
    expect(setupOf('user=alice', 'home=/home/alice', 'redacted=no', 'rootlesskit=/usr/local/bin/rootlesskit').input.rootlesskit).toBe('/usr/local/bin/rootlesskit');
    expect(setupOf('user=USER', 'home=/home/USER', 'redacted=yes', 'rootlesskit=/home/USER/.local/bin/rootlesskit').values.rootlesskit).toEqual({ shellExpression: `"$HOME"/.local/bin/rootlesskit` });
    expect(setupOf('user=USER', 'home=/home/USER', 'redacted=yes', 'rootlesskit=/opt/rk/rootlesskit').values.rootlesskit).toEqual({ literal: '/opt/rk/rootlesskit' });
    for (const missing of ['rootlesskit=missing', 'rootlesskit=unknown', 'user=alice']) expect(setupOf(missing).values.rootlesskit).toEqual(DEFAULT_VALUES.rootlesskit);
    // The packaged one is no problem of ours: the default, and nothing said (review: 42 of 49 fixtures said it).
    const packaged = setupOf('user=alice', 'home=/home/alice', 'redacted=no', 'rootlesskit=/usr/bin/rootlesskit');
    expect(packaged.values.rootlesskit).toEqual(DEFAULT_VALUES.rootlesskit);
    expect(packaged.refused).toEqual([]);
    // A home outside the folders a typed path may name is read at run time, and the header lists no path it does not write.
    const jenkins = setupOf('user=jenkins', 'home=/var/lib/jenkins', 'redacted=no', 'rootlesskit=/var/lib/jenkins/bin/rootlesskit');
    expect(jenkins.values.rootlesskit).toEqual({ shellExpression: `"$HOME"/bin/rootlesskit` });
    expect(jenkins.input).not.toHaveProperty('rootlesskit');
    expect(setupOf('user=USER', 'home=/home/USER', 'redacted=yes', 'rootlesskit=/home/USER/bin/rootlesskit').input).not.toHaveProperty('rootlesskit');
    const shell = setupOf('user=alice', 'home=/home/alice', 'redacted=no', 'rootlesskit=/usr/bin/bash');
    expect(shell.values.rootlesskit).toEqual(DEFAULT_VALUES.rootlesskit);
    expect(shell.refused.join('\n')).toMatch(/rootlesskit 路径不能写进 AppArmor 配置文件/);
    expect(shell.input).not.toHaveProperty('rootlesskit');
  });

  test('a redacted report uses the runtime values instead of USER and /home/USER', () => {
    const s = setupOf('user=USER', 'home=/home/USER', 'uid=1000', 'redacted=yes');
    expect(s.values.user).toHaveProperty('shellExpression');
    expect(s.values.home).toHaveProperty('shellExpression');
    expect(s.assumed.join('\n')).toMatch(/隐去了用户名/);
    // Cut off before `redacted=`, or with it unreadable: the placeholders are never taken for names either.
    for (const tail of ['redacted=unknown', 'redacted=y\u200bes']) {
      const cut = setupOf('user=USER', 'home=/home/USER', 'uid=1000', tail);
      expect(cut.values.user).toHaveProperty('shellExpression');
      expect(cut.input).toEqual({});
    }
  });

  test('what the report cannot tell is assumed as the common case, and said', () => {
    const s = setupOf('distro_id=gentoo');
    expect(s.setup).toMatchObject({ install: 'packages', systemd: true, engine: undefined, distro: undefined });
    expect(s.assumed).toHaveLength(4);
    expect(s.text).toBe('发行版未知；用软件包安装；有 systemd；Docker Engine 最新版');
  });
});
