import { describe, expect, test } from 'vitest';
import { canonicalForm } from '../../src/lib/match-model.ts';
import { missingPrograms, programsDisagree } from '../../src/lib/missing-programs.ts';

const missing = (line: string) => [...missingPrograms(canonicalForm(line))];

describe('missingPrograms', () => {
  test.each([
    ["Go's exec", 'exec: "iptables": executable file not found in $PATH', ['iptables']],
    ["RootlessKit's child running ip", '[rootlesskit:child ] error: executing [[ip link set lo up]]: exec: "ip": executable file not found in $PATH', ['ip']],
    ["bash's error", 'bash: dockerd-rootless-setuptool.sh: command not found', ['dockerd-rootless-setuptool.sh']],
    ["bash's error in a script, with its line", 'bash: line 1: newuidmap: command not found', ['newuidmap']],
    ["dash's error in a script, with its line", '/usr/bin/dockerd-rootless.sh: 232: sysctl: not found', ['sysctl']],
    ["the setup tool's own check", 'newuidmap binary not found. Please install with a package manager.', ['newuidmap']],
  ])('names the program in %s', (_what, line, expected) => {
    expect(missing(line)).toEqual(expected);
  });

  test.each([
    ['a missing context', 'context "rootless": context not found: open /home/a/.docker/contexts/meta/x/meta.json: no such file or directory'],
    ['a missing systemd', '# WARNING: systemd not found. You have to remove XDG_RUNTIME_DIR manually on every logout.'],
    ['a missing file', 'open /etc/subuid: no such file or directory'],
  ])('names none in %s', (_what, line) => {
    expect(missing(line)).toEqual([]);
  });
});

describe('programsDisagree', () => {
  const tool = missingPrograms(canonicalForm('dockerd-rootless-setuptool.sh: command not found'));
  test('is true when another program is missing', () => {
    expect(programsDisagree(tool, missingPrograms(canonicalForm('/usr/bin/dockerd-rootless.sh: 232: sysctl: not found')))).toBe(true);
  });
  test('is false for the same program said another way, or when one side names none', () => {
    expect(programsDisagree(tool, missingPrograms(canonicalForm('zsh: command not found: dockerd-rootless-setuptool.sh bash: dockerd-rootless-setuptool.sh: command not found')))).toBe(false);
    expect(programsDisagree(tool, missingPrograms(canonicalForm('dockerd-rootless-setuptool.sh failed')))).toBe(false);
  });
});
