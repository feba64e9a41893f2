/**
 * The subuid-missing fix's step that adds a sub-ID range, run for real under each shell and awk
 * against sub-ID files with the lines people have: it must add a range exactly to the files that
 * have none usable for the user, after every range already there. The step's own text is run (from
 * the generator, with the user's value), with the two files' paths pointed at temporary copies and
 * sudo, usermod and id replaced by shell functions that log and answer.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { generatorView, stateFromQuery } from '../../src/lib/generator.ts';
import { loadContent } from '../../src/node/content-files.ts';

const content = loadContent(process.cwd());
const distros = content.distros.map((d) => d.data).sort((a, b) => a.order - b.order);
const entry = content.entries.find((e) => e.slug === 'subuid-missing')!;
const view = generatorView({ slug: entry.slug, entry: entry.data }, distros, distros.find((d) => d.id === 'ubuntu')!, undefined, stateFromQuery('?user=alice')).view;
const step = view.alternatives[0]!.steps.find((s) => s.body.kind === 'commands' && s.body.text.includes('--add-subuids'));
const stepText = step?.body.kind === 'commands' ? step.body.text : '';

const BUSYBOX = ['/usr/bin/busybox', '/bin/busybox'].find((p) => existsSync(p));
/** Shell and awk pairs the step runs under: Debian's dash with mawk, bash with gawk where installed, busybox (Alpine); each awk by its full path. */
const RUNNERS = [
  ...(existsSync('/usr/bin/mawk') ? [{ name: 'dash + mawk', cmd: ['dash', '-c'], awk: '/usr/bin/mawk' }] : []),
  ...(existsSync('/usr/bin/gawk') ? [{ name: 'bash + gawk', cmd: ['bash', '--noprofile', '--norc', '-c'], awk: '/usr/bin/gawk' }] : []),
  ...(existsSync('/usr/bin/original-awk') ? [{ name: 'dash + original-awk', cmd: ['dash', '-c'], awk: '/usr/bin/original-awk' }] : []),
  ...(BUSYBOX ? [{ name: 'busybox sh + awk', cmd: [BUSYBOX, 'sh', '-c'], awk: `${BUSYBOX} awk` }] : []),
];
if (!BUSYBOX && process.env.CI === 'true') throw new Error('busybox not found: sudo apt-get install -y busybox');
if (RUNNERS.length < 2) throw new Error('found fewer than two awks to run the step under: install mawk or gawk, and busybox');

const dir = mkdtempSync(join(tmpdir(), 'rd-subid-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the step against the two files' text (alice is UID 1000); returns the usermod calls it made. */
function run(runner: (typeof RUNNERS)[number], subuid: string, subgid: string): string[] {
  writeFileSync(join(dir, 'subuid'), subuid);
  writeFileSync(join(dir, 'subgid'), subgid);
  const script = [
    'set -eu',
    `awk() { ${runner.awk} "$@"; }`,
    'sudo() { "$@"; }',
    'usermod() { printf "usermod %s\\n" "$*"; }',
    'id() { echo 1000; }',
    stepText.replaceAll('/etc/subuid', `${dir}/subuid`).replaceAll('/etc/subgid', `${dir}/subgid`),
  ].join('\n');
  const r = spawnSync(runner.cmd[0]!, [...runner.cmd.slice(1), script], { encoding: 'utf8', env: { PATH: '/usr/bin:/bin', LC_ALL: 'C.UTF-8' } });
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  return r.stdout.split('\n').filter((l) => l.startsWith('usermod'));
}

test('the step is the one that reads both files and adds the ranges', () => {
  expect(stepText).toMatch(/\/etc\/subuid[\s\S]*--add-subuids[\s\S]*--add-subgids/);
  expect(stepText).toContain('user=alice');
});

describe.each(RUNNERS)('under $name', (runner) => {
  test('adds a range to each file after the highest range in either, when neither has the user', () => {
    expect(run(runner, 'bob:100000:65536\n', 'bob:100000:65536\ncarol:165536:65536\n')).toEqual([
      'usermod --add-subuids 231072-296607 alice',
      'usermod --add-subgids 231072-296607 alice',
    ]);
  });

  test('starts at 100000 in empty files', () => {
    expect(run(runner, '', '')).toEqual(['usermod --add-subuids 100000-165535 alice', 'usermod --add-subgids 100000-165535 alice']);
  });

  test('adds nothing to a file that has the user by name or by UID (a second run adds no second range)', () => {
    expect(run(runner, 'alice:100000:65536\n', '1000:100000:65536\n')).toEqual([]);
  });

  test('adds to the one file that lacks the user', () => {
    expect(run(runner, 'alice:100000:65536\n', 'bob:165536:65536\n')).toEqual(['usermod --add-subgids 231072-296607 alice']);
  });

  // awk compares two numeric-looking strings as numbers; the step compares text. Where the two readings
  // differ, a range too many is harmless and a range too few leaves the user without one.
  test('reads an owner field as text: "1e3" and "01000" do not count as the user\'s line, so a range is added', () => {
    expect(run(runner, '1e3:100000:65536\n', '01000:100000:65536\n')).toEqual([
      'usermod --add-subuids 165536-231071 alice',
      'usermod --add-subgids 165536-231071 alice',
    ]);
  });

  test('does not count a line of the user\'s with no IDs in it (count 0, or not a number) as a range', () => {
    expect(run(runner, 'alice:100000:0\n', 'alice:100000:65536\n')).toEqual(['usermod --add-subuids 165536-231071 alice']);
    expect(run(runner, 'alice:100000:abc\n', 'alice:100000:65536\n')).toEqual(['usermod --add-subuids 165536-231071 alice']);
  });
});
