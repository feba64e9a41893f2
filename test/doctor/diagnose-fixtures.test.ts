/**
 * Every fixture report (test/fixtures/reports, built from real command outputs, each value's source
 * cited in its header) diagnosed with the site's real content and matcher: exactly the entries its
 * `# expect:` line names, in that order, with commands for the report's distro and values, and one
 * script that bash, dash and shellcheck accept.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { diagnose } from '../../src/lib/doctor-diagnose.ts';
import { parseDoctorReport } from '../../src/lib/doctor-report.ts';
import { createMatcher } from '../../src/lib/matcher.ts';
import { buildDoctorData, buildSearchIndex } from '../../src/lib/search-index-build.ts';
import { typoCorrector } from '../../src/lib/typo-corrector.ts';
import { loadContent } from '../../src/node/content-files.ts';

const root = process.cwd();
const content = loadContent(root);
const data = buildDoctorData(content);
const index = buildSearchIndex(content);
const matcher = createMatcher(index.items, { background: index.background, typos: typoCorrector });
const dir = join(root, 'test/fixtures/reports');
const fixtures = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((name) => {
  const text = readFileSync(join(dir, name), 'utf8');
  const expect = (/^# expect: (.+)$/m.exec(text)?.[1] ?? '').trim().split(/\s+/).filter((s) => s !== 'none');
  return { name, text, expect, diagnosis: diagnose(parseDoctorReport(text), data, (log) => matcher.match(log)) };
});

/** Runs a shell's syntax check (or shellcheck) on a script given on stdin; the output when it fails. */
function check(argv: string[], script: string): string {
  const r = spawnSync(argv[0]!, argv.slice(1), { input: script, encoding: 'utf8' });
  return r.status === 0 ? '' : `${r.stdout}${r.stderr}`.trim() || `exit ${r.status}`;
}
const hasShellcheck = spawnSync('shellcheck', ['--version']).status === 0;

describe('fixture reports', () => {
  test('every fixture says what it expects and where its values come from', () => {
    for (const f of fixtures) {
      expect(f.text, f.name).toMatch(/^# expect: \S/m);
      expect(f.text, f.name).toMatch(/^# source: https:\/\//m);
    }
  });

  test('every entry with detect rules has a fixture that finds it', () => {
    const found = new Set(fixtures.flatMap((f) => f.expect));
    const detectable = data.entries.filter((e) => e.detect !== undefined).map((e) => e.slug);
    expect(detectable.filter((slug) => !found.has(slug))).toEqual([]);
  });

  test('several fixtures have several problems, across phases', () => {
    expect(fixtures.filter((f) => f.expect.length >= 3).length).toBeGreaterThanOrEqual(4);
  });

  test.each(fixtures.map((f) => [f.name, f] as const))('%s: exactly the expected problems, in fix order', (_, f) => {
    expect(f.diagnosis.problems.map((p) => p.slug)).toEqual(f.expect);
  });

  // A diagnosis whose first step is run by hand (sudoedit, machinectl shell) offers no script: it would stop before doing anything.
  const startsByHand = (f: (typeof fixtures)[number]) => f.diagnosis.problems.flatMap((p) => p.fix.steps).find((s) => !s.example && s.body.kind !== 'not-needed')?.byHand === true;

  test('the fixtures whose first step is run by hand offer no script, and are the ones expected', () => {
    expect(fixtures.filter((f) => f.expect.length > 0 && startsByHand(f)).map((f) => [f.name, f.diagnosis.script])).toEqual([
      ['multi-wsl2-no-systemd-no-xdg.txt', undefined], ['subid-file-format-ubuntu2204.txt', undefined],
      ['subid-own-line-not-number-ubuntu2204.txt', undefined], ['subuid-4096-ubuntu2404.txt', undefined],
    ]);
  });

  test.each(fixtures.filter((f) => f.expect.length > 0 && !startsByHand(f)).map((f) => [f.name, f] as const))('%s: one script that bash, dash and shellcheck accept', (_, f) => {
    const script = f.diagnosis.script ?? '';
    expect(script).toMatch(/^#!\/bin\/sh\n/);
    expect(check(['bash', '-n'], script)).toBe('');
    expect(check(['dash', '-n'], script)).toBe('');
    if (hasShellcheck) expect(check(['shellcheck', '-s', 'sh', '-S', 'warning', '-'], script)).toBe('');
  });

  test('healthy: no problem and no script, every detectable entry passed or not checked', () => {
    const healthy = fixtures.find((f) => f.name === 'healthy-ubuntu2404.txt')!.diagnosis;
    expect(healthy.problems).toEqual([]);
    expect(healthy.script).toBeUndefined();
    expect(healthy.passed.length + healthy.unchecked.length).toBe(data.entries.filter((e) => e.detect).length);
    expect(healthy.passed.length).toBeGreaterThan(25);
  });
});

describe('commands for the report\'s machine', () => {
  const by = (name: string) => fixtures.find((f) => f.name === name)!.diagnosis;

  test('a clean report says nothing about its rootlesskit (the packaged /usr/bin/rootlesskit is no problem of ours)', () => {
    for (const f of fixtures) if (!/hostile/.test(f.name)) expect(f.diagnosis.machine.refused.join('\n'), f.name).not.toMatch(/rootlesskit/);
  });

  test('the AppArmor profile is written for the report\'s own rootlesskit: ~/bin from the install script, /usr/local/bin put there by hand', () => {
    expect(by('ubuntu2404-apparmor.txt').script).toContain('profile_path=/home/alice/bin/rootlesskit\nfilename=home.alice.bin.rootlesskit');
    const byHand = by('ubuntu2404-apparmor-usr-local.txt');
    expect(byHand.script).toContain('profile_path=/usr/local/bin/rootlesskit\nfilename=usr.local.bin.rootlesskit');
    expect(byHand.script).toContain('sudo systemctl restart apparmor.service');
    expect(byHand.script).not.toContain('/home/alice/bin/rootlesskit');
  });

  test('the distro decides the package manager: apt on Debian, dnf on Rocky', () => {
    expect(by('no-newuidmap-debian12.txt').script).toContain('sudo apt-get install -y uidmap');
    expect(by('iptables-missing-rocky9.txt').script).toContain('sudo dnf install -y iptables');
  });

  test('the report\'s user goes into commands as a quoted word; a redacted or hostile one is read at run time', () => {
    expect(by('no-linger-ubuntu2404.txt').script).toContain('sudo loginctl enable-linger alice');
    const hostile = by('hostile-user-home-no-linger.txt');
    expect(hostile.script).toContain('sudo loginctl enable-linger "$(whoami)"');
    expect(hostile.script).not.toMatch(/o'brien|pwned|`id`/);
    expect(hostile.machine.refused.join('\n')).toMatch(/user 值不能写进命令[\s\S]*home 值不能写进命令/);
  });

  test('the rule that found a problem picks its fix: cgroup v1 gets the switch to v2, v2 without cpu gets delegation', () => {
    const v1 = by('cgroup-v1-ubuntu2004.txt').problems[0]!;
    const v2 = by('cgroup-not-delegated-ubuntu2204.txt').problems[0]!;
    expect([v1.fix.id, v2.fix.id]).toEqual(['cgroup-v2', 'delegate']);
    expect(by('cgroup-not-delegated-ubuntu2204.txt').script).toContain('Delegate=cpu cpuset io memory pids');
  });

  test('a data-root on NFS gets no made-up directory: the script stops at that step and says which value it needs', () => {
    const script = by('data-root-nfs-ubuntu2404.txt').script!;
    expect(script).not.toContain('somewhere-out-of-nfs');
    expect(script).toMatch(/manual_step '第 \d+ 步缺少有效的值：data-root 目录。/);
  });

  test('the daemon restarts once, at the end, after every change', () => {
    const script = by('multi-centos8-selinux-old-docker.txt').script!;
    expect(script.match(/systemctl --user restart docker/g)).toHaveLength(1);
    expect(script.trimEnd().endsWith('systemctl --user restart docker')).toBe(true);
  });

  // The install tool stopped on a missing requirement and wrote no docker user unit (rootless_service=absent):
  // `systemctl --user enable` or `restart docker` would fail under `set -eu` before the later fixes ran.
  test('where the install tool never finished, the script touches no docker user unit and ends by running the tool again', () => {
    for (const name of ['multi-debian10-no-subuid-no-linger.txt', 'iptables-modules-nftables-debian12.txt', 'multi-debian12-no-extras-no-uidmap.txt']) {
      const script = by(name).script!;
      expect(script, name).not.toMatch(/systemctl --user (?:enable|restart|start|stop) docker/);
      expect(script.trimEnd().endsWith('\ndockerd-rootless-setuptool.sh install'), name).toBe(true);
      expect(script.match(/dockerd-rootless-setuptool\.sh install/g), name).toHaveLength(1);
    }
    // Every fixture: the tool runs at most once, whatever its path or options (review: conflicting-daemon's `install --force`
    // was followed by a second, plain run that the rootful daemon made fail).
    for (const f of fixtures) expect(f.diagnosis.script?.match(/dockerd-rootless-setuptool\.sh[ \t]+install/g)?.length ?? 0, f.name).toBeLessThanOrEqual(1);
    // After a problem only a hand can fix (a new login shell), the tool is said, not run: it would fail the same way.
    expect(by('newgrp-shell-debian12.txt').script).toMatch(/manual_step '[^']*\ndockerd-rootless-setuptool\.sh install'/);
    // Linger is still turned on: only the unit's own step waits for the tool.
    expect(by('multi-debian10-no-subuid-no-linger.txt').script).toContain('sudo loginctl enable-linger');
    expect(by('multi-debian10-no-subuid-no-linger.txt').machine.text).toContain('还没有 docker 用户服务');
    expect(by('multi-debian10-no-subuid-no-linger.txt').machine.assumed.join('\n')).toMatch(/问题都修好后运行它/);
    // With nothing else wrong the tool still has to run: the page says so though it finds no problem.
    expect(by('healthy-getsubids-bad-other-line-debian12.txt').machine.assumed.join('\n')).toMatch(/还没有 docker 用户服务/);
  });

  test('a report taken as root lists only that problem and nothing as passed', () => {
    const root = by('running-as-root-ubuntu2404.txt');
    expect(root.problems.map((p) => p.slug)).toEqual(['run-as-root']);
    expect(root.passed).toEqual([]);
  });

  test('a problem only the log shows is found from its line', () => {
    const port = by('privileged-port-ubuntu2404.txt').problems[0]!;
    expect(port.evidence.kind).toBe('log');
    expect(port.evidence.kind === 'log' && port.evidence.line).toMatch(/privileged port|80/);
  });
});
