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
};

const messages = (input: unknown) => {
  const r = EntrySchema.safeParse(input);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('EntrySchema', () => {
  test('accepts a minimal entry and fills defaults', () => {
    const entry = EntrySchema.parse(good);
    expect(entry.symptoms).toEqual([]);
    expect(entry.related).toEqual([]);
    expect(entry.distros).toBeUndefined();
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
      'fix.0: a fix step needs exactly one of `run`, `byDistro` or `install`',
    ]);
  });

  test('rejects a fix step with no commands at all', () => {
    expect(messages({ ...good, fix: [{ title: 'x' }] })).toHaveLength(1);
  });

  test.each([
    ['an unknown placeholder', 'echo {{password}}', /unknown value \{\{password\}\}/],
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
