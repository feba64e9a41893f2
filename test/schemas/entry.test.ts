import { describe, expect, test } from 'vitest';
import { EntrySchema } from '../../src/schemas/entry.ts';

const good = {
  title: '启动失败',
  summary: '一行摘要',
  cause: '一行原因',
  phase: 'daemon-start',
  errors: ['[rootlesskit:parent] error: failed to start the child'],
  fix: [{ title: '开启', run: 'sudo sysctl --system' }],
  verify: [{ run: 'cat /proc/sys/kernel/unprivileged_userns_clone', expect: '1' }],
  sources: [{ title: 'Docker docs', url: 'https://docs.docker.com/engine/security/rootless/troubleshoot/' }],
};

const messages = (input: unknown) => {
  const r = EntrySchema.safeParse(input);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('EntrySchema', () => {
  test('accepts a minimal entry, fills defaults and normalises `fix` into one alternative', () => {
    const entry = EntrySchema.parse(good);
    expect(entry.symptoms).toEqual([]);
    expect(entry.related).toEqual([]);
    expect(entry.distros).toBeUndefined();
    expect(entry.fixes).toEqual([{ id: 'fix', label: '', steps: [{ title: '开启', example: false, byHand: false, action: { kind: 'run', template: 'sudo sysctl --system' } }] }]);
  });

  test('normalises every step kind into one action shape', () => {
    const fix = [
      { title: 'a', install: ['uidmap'] }, { title: 'b', restart: true }, { title: 'c', daemonJson: { 'data-root': '{{dataRoot}}' } },
      { title: 'd', serviceEnv: { DOCKERD_ROOTLESS_ROOTLESSKIT_MTU: '{{mtu}}' } }, { title: 'e', appArmorProfile: { binary: '{{home}}/bin/rootlesskit' } },
    ];
    expect(EntrySchema.parse({ ...good, fix }).fixes[0]!.steps.map((s) => s.action.kind)).toEqual(['install', 'restart', 'daemonJson', 'serviceEnv', 'appArmorProfile']);
  });

  test('rejects an entry without sources, and a source that is not https', () => {
    expect(messages({ ...good, sources: [] })).toEqual(['sources: list at least one source (upstream docs, source file or issue thread)']);
    expect(messages({ ...good, sources: [{ title: 'x', url: 'javascript:alert(1)' }] })).toEqual(['sources.0.url: a source needs an https:// URL']);
  });

  test('rejects both `fix` and `fixes`, and a misspelt field (no silent typos)', () => {
    expect(messages({ ...good, fixes: [{ id: 'a', label: 'A', steps: good.fix }, { id: 'b', label: 'B', steps: good.fix }] })).toEqual([
      'fix: an entry needs exactly one of `fix` (one way) or `fixes` (alternatives the reader picks from)',
    ]);
    expect(messages({ ...good, relatd: ['x'] })[0]).toMatch(/Unrecognized key: "relatd"/);
  });

  test.each([
    ['a runtime-only value in JSON', { daemonJson: { 'data-root': '{{home}}' } }, /\{\{home\}\} has no value at generation time/],
    ['a placeholder inside a JSON string', { daemonJson: { 'data-root': '/srv/{{dataRoot}}' } }, /a placeholder must be the whole JSON string/],
    ['a unit value with a quote', { serviceEnv: { DOCKERD_ROOTLESS_ROOTLESSKIT_NET: 'slirp4netns"\nExecStart=/bin/sh' } }, /a unit value is letters/],
    ['an AppArmor binary given as a fixed path', { appArmorProfile: { binary: '/usr/bin/rootlesskit' } }, /give the binary as \{\{rootlesskit\}\}/],
    ['an AppArmor profile for a program other than rootlesskit', { appArmorProfile: { binary: '{{home}}/bin/bash' } }, /give the binary as \{\{rootlesskit\}\}/],
    ['a malformed version range', { run: 'true', when: { engine: '>=29.5 <29.0' } }, /is empty/],
  ])('refuses a step with %s', (_, step, message) => {
    expect(messages({ ...good, fix: [{ title: 'x', ...step }] }).join('\n')).toMatch(message);
  });

  test('takes look-alikes as a message and one line on where it comes from; none by default', () => {
    expect(EntrySchema.parse(good).lookalikes).toEqual([]);
    const lookalike = { error: 'iptables: No chain/target/match by that name.', from: 'rootful Docker 的 DOCKER 链被 firewalld 清掉了' };
    expect(EntrySchema.parse({ ...good, lookalikes: [lookalike] }).lookalikes).toEqual([lookalike]);
    expect(messages({ ...good, lookalikes: [{ error: lookalike.error }] })).toEqual(['lookalikes.0.from: Invalid input: expected string, received undefined']);
    expect(messages({ ...good, lookalikes: [{ ...lookalike, from: 'two\nlines' }] }).join('\n')).toMatch(/^lookalikes\.0\.from: /);
  });

  test('rejects an entry with neither errors nor symptoms', () => {
    expect(messages({ ...good, errors: [] })).toMatchInlineSnapshot(`
      [
        "errors: an entry needs at least one of \`errors\` or \`symptoms\`, or search cannot find it",
      ]
    `);
  });

  test('rejects an unknown phase', () => {
    expect(messages({ ...good, phase: 'boot' })[0]).toMatch(/^phase: /);
  });

  test('rejects a multi-line summary', () => {
    expect(messages({ ...good, summary: 'a\nb' })).toEqual(['summary: must be one line']);
  });

  test('rejects a fix step with two kinds of commands', () => {
    expect(messages({ ...good, fix: [{ title: 'x', run: 'true', install: ['uidmap'] }] })).toEqual([
      'fix.0: a fix step needs exactly one of: run, byDistro, install, daemonJson, serviceEnv, restart, appArmorProfile',
    ]);
  });

  test('rejects a fix step with no commands at all', () => {
    expect(messages({ ...good, fix: [{ title: 'x' }] })).toHaveLength(1);
  });

  test.each([
    ['an unknown placeholder', 'ls {{password}}', /unknown value \{\{password\}\}/],
    ['a placeholder inside double quotes', 'cat "{{home}}/x"', /inside quotes/],
    ['a placeholder glued to a word', 'ls /home/{{user}}', /whole shell word/],
  ])('rejects a command template with %s', (_, run, message) => {
    expect(messages({ ...good, fix: [{ title: 'x', run }] }).join('\n')).toMatch(message);
  });

  test('accepts placeholders used as words, assignments and user@', () => {
    const run = 'home={{home}}\nsudo machinectl shell {{user}}@\nsudo usermod --add-subuids 100000-165535 {{user}}';
    expect(messages({ ...good, fix: [{ title: 'x', run }] })).toEqual([]);
  });

  test('accepts per-distro commands with null for "not needed"', () => {
    expect(messages({ ...good, fix: [{ title: 'x', byDistro: { rhel: 'sudo dnf install -y fuse-overlayfs', ubuntu: null } }] })).toEqual([]);
  });

  test('rejects a related slug that is not a slug', () => {
    expect(messages({ ...good, related: ['Not A Slug'] })[0]).toMatch(/^related.0: a slug is/);
  });
});

test.each(['</title><script>alert(1)</script>', 'a <!-- comment', '<SCRIPT src=x>'])('refuses a title that browsers would read as markup: %s', (title) => {
  expect(EntrySchema.safeParse({ ...good, title }).error?.issues.map((i) => i.path.join('.'))).toContain('title');
});

test('keeps placeholder titles such as lchown <FILE> and @-> arrows', () => {
  expect(EntrySchema.safeParse({ ...good, title: 'docker pull 失败：lchown <FILE>: invalid argument @->' }).success).toBe(true);
});
