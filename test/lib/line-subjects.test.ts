import { describe, expect, test } from 'vitest';
import { canonicalForm } from '../../src/lib/match-model.ts';
import { missingPrograms, subjectsDisagree, urlHeads } from '../../src/lib/line-subjects.ts';

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

describe('subjectsDisagree, for missing programs', () => {
  const tool = missingPrograms(canonicalForm('dockerd-rootless-setuptool.sh: command not found'));
  test('is true when another program is missing', () => {
    expect(subjectsDisagree(tool, missingPrograms(canonicalForm('/usr/bin/dockerd-rootless.sh: 232: sysctl: not found')))).toBe(true);
  });
  test('is false for the same program said another way, or when one side names none', () => {
    expect(subjectsDisagree(tool, missingPrograms(canonicalForm('zsh: command not found: dockerd-rootless-setuptool.sh bash: dockerd-rootless-setuptool.sh: command not found')))).toBe(false);
    expect(subjectsDisagree(tool, missingPrograms(canonicalForm('dockerd-rootless-setuptool.sh failed')))).toBe(false);
  });
});

const heads = (line: string) => [...urlHeads(canonicalForm(line))];

describe('urlHeads', () => {
  test.each([
    ["a registry's API, its port erased", 'Get "http://localhost:56140/v2/": dial tcp 127.0.0.1:56140: connect: connection refused', ['v2']],
    ['the same API at an address', 'Get "http://127.0.0.1:5000/v2/library/alpine/manifests/latest": EOF', ['v2']],
    ["Kubernetes' API", 'couldn\'t get current server API group list: Get "https://0.0.0.0:40245/api?timeout=32s": dial tcp 0.0.0.0:40245: connect: connection refused', ['api']],
    ['a documentation link', 'see https://docs.docker.com/go/rootless/', ['go']],
    ['a Q&A page, its number erased', 'https://stackoverflow.com/questions/47580528/error-response-from-daemon', ['questions']],
  ])('reads %s', (_what, line, expected) => {
    expect(heads(line)).toEqual(expected);
  });

  test('reads nothing from a line without a URL, or a URL without a path', () => {
    expect(heads('connect: connection refused')).toEqual([]);
    expect(heads('curl http://localhost:8080 fails')).toEqual([]);
  });
});

describe('subjectsDisagree, for URLs', () => {
  const registry = urlHeads(canonicalForm('Get "http://localhost:5000/v2/": connection refused'));
  test('is true for URLs that point at other things', () => {
    expect(subjectsDisagree(registry, urlHeads(canonicalForm('Get "https://0.0.0.0:6443/api?timeout=32s": connection refused')))).toBe(true);
  });
  test('is false for the same thing at another host or deeper, or when one side names no URL', () => {
    expect(subjectsDisagree(registry, urlHeads(canonicalForm('Get "http://127.0.0.1:5000/v2/alpine/manifests/latest": EOF')))).toBe(false);
    expect(subjectsDisagree(registry, urlHeads(canonicalForm('dial tcp 127.0.0.1:5000: connect: connection refused')))).toBe(false);
  });
});
