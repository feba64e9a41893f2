import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';

/** Runs `npm run --silent match -- …args` with `input` on stdin. */
function match(args: string[], input = '') {
  const run = spawnSync('npm', ['run', '--silent', 'match', '--', ...args], { input, encoding: 'utf8', cwd: process.cwd() });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

const dir = mkdtempSync(join(tmpdir(), 'rd-match-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run match', () => {
  test('prints JSON results best first for a log on stdin', () => {
    const { status, stdout } = match(['--json'], 'Nov 29 09:15:27 h dockerd-rootless.sh[9]: could not get XDG_RUNTIME_DIR\n');
    expect(status).toBe(0);
    const { results } = JSON.parse(stdout) as { results: { slug: string; title: string; score: number; line: string }[] };
    expect(results[0]).toMatchObject({ slug: 'xdg-runtime-dir', line: 'could not get XDG_RUNTIME_DIR' });
    expect(Object.keys(results[0] ?? {}).sort()).toEqual(['line', 'score', 'slug', 'title']);
  });

  test('prints an empty list when nothing is confident', () => {
    expect(JSON.parse(match(['--json'], 'npm ERR! code ERESOLVE\n').stdout)).toEqual({ results: [] });
  });

  test('reads a file argument and prints titles with page paths', () => {
    const file = join(dir, 'paste.txt');
    writeFileSync(file, 'ping 不通\n');
    const { status, stdout } = match([file]);
    expect(status).toBe(0);
    expect(stdout).toContain('/troubleshooting/ping-not-working/');
    expect(stdout).toMatch(/^1\. /);
  });

  test('says where to go when nothing matches', () => {
    expect(match([], '\u0000\u0001 🐳').stdout).toContain('/wizard/');
  });

  test('fails with usage on a missing file', () => {
    const { status, stderr } = match([join(dir, 'nope.txt')]);
    expect(status).toBe(2);
    expect(stderr).toContain('cannot read');
  });
});
