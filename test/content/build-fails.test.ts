import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readContent } from '../../src/node/content-files.ts';

// Each case breaks one file in a scratch copy of the project. The content checks run inside the
// build's first hook (src/integrations/content-check.ts calls loadContent and fails the build with
// its message), so most cases run that check on the scratch copy (uncached: a break may keep a
// file's size); one content case, the CSP step and the link check run the real `astro build`.
let root: string;
const entry = 'src/content/docs/troubleshooting/ping-not-working.mdx';
let original: string;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'rd-build-'));
  for (const f of ['src', 'scripts', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json']) cpSync(f, join(root, f), { recursive: true });
  // Hard links: fast, and unlike a symlink they keep Vite's module paths inside the scratch root.
  spawnSync('cp', ['-al', 'node_modules', join(root, 'node_modules')]);
  original = readFileSync(join(root, entry), 'utf8');
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const build = () => spawnSync('npx', ['astro', 'build', '--outDir', join(root, 'out')], { cwd: root, encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });

/** What the content check says about the scratch copy with `file` changed by `breakIt` ('' when it passes). */
function contentProblems(file: string, breakIt: (s: string) => string): string {
  const path = join(root, file);
  const text = readFileSync(path, 'utf8');
  writeFileSync(path, breakIt(text));
  try {
    readContent(root);
    return '';
  } catch (err) {
    return err instanceof Error ? err.message : String(err);
  } finally {
    writeFileSync(path, text);
  }
}

describe('astro build refuses bad content', () => {
  test('the unbroken copy passes the content check (each case below breaks one thing)', () => {
    expect(contentProblems(entry, (s) => s)).toBe('');
  });

  test.each([
    ['a related slug that does not exist', (s: string) => s.replace(/^related: .*$/m, 'related: [no-such-entry]'), /related slug "no-such-entry" does not exist/],
    ['a schema violation', (s: string) => s.replace(/^phase: .*$/m, 'phase: teatime'), /ping-not-working\.mdx:\d+: phase: /],
    ['an unknown distro id', (s: string) => s.replace(/^phase: (.*)$/m, 'phase: $1\ndistros: [gentoo]'), /distro "gentoo" is not in src\/content\/distros/],
    ['a detect rule on a key the doctor report does not have', (s: string) => s.replace('{ key: ping_group_range, is: "1 0" }', '{ key: ping_range, is: "1 0" }'), /detect\.rules\.0\.all\.0\.key: not a doctor report key/],
    ['neither errors nor symptoms', (s: string) => s.replace(/^symptoms:\n(  - .*\n)+/m, 'symptoms: []\n').replace(/^errors:\n(  - .*\n)+/m, 'errors: []\n'), /needs at least one of `errors` or `symptoms`/],
    ['a hostile title (Starlight writes titles raw into <title>)', (s: string) => s.replace(/^title: .*$/m, `title: '</title><script>window.__pwned=1</script>'`), /ping-not-working\.mdx:\d+: title: a title must not contain/],
  ])('with %s, naming the file', (_, breakIt, message) => {
    const problems = contentProblems(entry, breakIt);
    expect(problems).toMatch(message);
    expect(problems).toContain('ping-not-working.mdx');
  });

  test.each([
    ['an option pointing at a missing entry', (s: string) => s.replace('entry: systemd-not-detected }', 'entry: no-such-entry }'), /no-such-entry/],
    ['a cycle', (s: string) => s.replace(/^(  - id: install\n    question: [^\n]*\n    options:\n)/m, '$1      - { label: loop, next: distro }\n'), /cycle/i],
    ['a hint cut by YAML at an unquoted " #"', (s: string) => s.replace(/^    hint: ".*BEGIN.*"$/m, '    hint: 命令在 `########## BEGIN ##########` 之间'), /hint: a `code` mark is not closed/],
  ])('with a wizard tree that has %s', (_, breakIt, message) => {
    const problems = contentProblems('src/content/wizard.yaml', breakIt);
    expect(problems).toMatch(message);
    expect(problems).toContain('wizard.yaml');
  });

  test('the real build stops on a content problem before anything renders, naming the file and the fix', () => {
    writeFileSync(join(root, entry), original.replace(/^phase: .*$/m, 'phase: teatime'));
    const r = build();
    writeFileSync(join(root, entry), original);
    expect(r.status).not.toBe(0);
    expect(r.stdout + r.stderr).toMatch(/ping-not-working\.mdx:\d+: phase: /);
    expect(r.stdout + r.stderr).toContain('Fix the files named above');
    expect(r.stdout + r.stderr).not.toContain('page(s) built');
  });

  test('with an inline script in a page body: the CSP step refuses code it does not know', () => {
    writeFileSync(join(root, entry), `${original}\n\n<script is:inline>{"window.__pwned = 1"}</script>\n`);
    const r = build();
    writeFileSync(join(root, entry), original);
    expect(r.status).not.toBe(0);
    expect(r.stdout + r.stderr).toMatch(/troubleshooting\/ping-not-working\/index\.html: .*script/);
    expect(r.stdout + r.stderr).toContain('inline script(s) or style(s) the CSP does not know');
  });

  test('with a broken internal link in a page body', () => {
    writeFileSync(join(root, entry), `${original}\n\n见 [不存在的页面](../no-such-page/)。\n`);
    const r = build();
    writeFileSync(join(root, entry), original);
    expect(r.status).not.toBe(0);
    expect(r.stdout + r.stderr).toMatch(/troubleshooting\/ping-not-working\/index\.html: \.\.\/no-such-page\/ \(no page at/);
  });
});
