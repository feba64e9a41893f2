/**
 * doctor.sh's functions that read what a machine has, run for real under dash, bash and busybox ash
 * on inputs written here: the functions are taken from the script itself, so a change to them is
 * what is tested. Sub-IDs: what RootlessKit and shadow do with each line is in the comments of
 * `subids`. Install method: where dockerd lies says how it was installed.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';

const SCRIPT_TEXT = readFileSync(resolve('public/doctor.sh'), 'utf8');

/** One shell function of doctor.sh, from `name() {` to the `}` that closes it at the line's start. */
function shellFunction(name: string): string {
  const found = new RegExp(`^${name}\\(\\) \\{\\n[\\s\\S]*?\\n\\}\\n`, 'm').exec(SCRIPT_TEXT);
  if (found === null) throw new Error(`doctor.sh has no function ${name}()`);
  return found[0];
}

const BUSYBOX = ['/usr/bin/busybox', '/bin/busybox'].find((p) => existsSync(p));
const SHELLS: [string, string[]][] = [['dash', ['dash']], ['bash', ['bash', '--posix']], ...(BUSYBOX ? [['busybox ash', [BUSYBOX, 'ash']] as [string, string[]]] : [])];

const dir = mkdtempSync(join(tmpdir(), 'doctor-subids-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** What the script reports for alice (UID 1000) with this file: count, ranges, her unparsable lines, malformed lines. */
function read(shell: string[], file: string, user = 'alice'): string {
  const path = join(dir, 'subid');
  writeFileSync(path, file);
  const program = [
    "cr=$(printf '\\r')",
    `my_user='${user}'`,
    'my_uid=1000',
    shellFunction('digits'),
    shellFunction('subids'),
    shellFunction('subid_malformed'),
    `subids '${path}'; printf '%s|%s|%s|' "$REPLY" "$RANGES" "$UNPARSED"`,
    `subid_malformed '${path}'; printf '%s' "$REPLY"`,
  ].join('\n');
  const run = spawnSync(shell[0]!, [...shell.slice(1), '-c', program], { encoding: 'utf8' });
  expect(run.stderr).toBe('');
  return run.stdout;
}

describe.each(SHELLS)('doctor.sh sub-ID files under %s', (_name, shell) => {
  test.each([
    ['her line', 'bob:100000:65536\nalice:165536:65536\n', '65536|165536:65536|0|0'],
    ['her line by UID, and two ranges', 'alice:100000:65536\n1000:300000:10000\n', '75536|100000:65536 300000:10000|0|0'],
    ['her line last, without a newline at the end', 'bob:100000:65536\nalice:165536:65536', '65536|165536:65536|0|0'],
    ["another user's line ending in CR (RootlessKit trims it; shadow skips only that line)", 'bob:100000:65536\r\nalice:165536:65536\n', '65536|165536:65536|0|0'],
    ['a comment and blank lines', '# alice:1:2\n\nalice:100000:65536\n', '65536|100000:65536|0|0'],
    ['no line of hers', 'bob:100000:65536\n', '0||0|0'],
  ])('%s', (_case, file, expected) => {
    expect(read(shell, file)).toBe(expected);
  });

  test('a line without a name is no one\'s, even when the user\'s name could not be read', () => {
    expect(read(shell, ':100000:65536\n', '')).toBe('0||0|0');
  });

  test.each([
    ['a comment after her count', 'alice:100000:65536 # docker\n', '0||1|0'],
    ['her line ending in CR (shadow keeps the CR and skips the line)', 'alice:100000:65536\r\n', '0||1|0'],
    ['a start that is not a number', 'alice:1e5:65536\n', '0||1|0'],
    ['an empty count', 'alice:100000:\n', '0||1|0'],
  ])('her own unparsable line is counted once, not as sub-IDs: %s', (_case, file, expected) => {
    expect(read(shell, file)).toBe(expected);
  });

  test.each([
    ['two fields', 'alice:100000\n', '0||0|1'],
    ['four fields', 'alice:100000:65536:x\n', '0||0|1'],
    ["another user's line with a double colon", 'testuser::231072:65536\nalice:100000:65536\n', '65536|100000:65536|0|1'],
  ])('a line without three fields is malformed, and counted once: %s', (_case, file, expected) => {
    expect(read(shell, file)).toBe(expected);
  });
});

/** The install method the script reads from a dockerd path, for alice (home /home/alice). */
function installMethod(shell: string[], dockerd: string, home = '/home/alice'): string {
  const program = [`my_home='${home}'`, shellFunction('install_method_of'), `install_method_of '${dockerd}'; printf '%s' "$REPLY"`].join('\n');
  const run = spawnSync(shell[0]!, [...shell.slice(1), '-c', program], { encoding: 'utf8' });
  expect(run.stderr).toBe('');
  return run.stdout;
}

describe.each(SHELLS)('doctor.sh install method under %s', (_name, shell) => {
  test.each([
    ['/home/alice/bin/dockerd', 'script'],
    ['/usr/bin/dockerd', 'packages'],
    ['/usr/sbin/dockerd', 'packages'],
    ['/usr/local/bin/dockerd', 'unknown'],
    ['/opt/docker/dockerd', 'unknown'],
    ['missing', 'unknown'],
  ])('%s is %s', (dockerd, expected) => {
    expect(installMethod(shell, dockerd)).toBe(expected);
  });

  test('with no home known, a dockerd in /bin is not a script install', () => {
    expect(installMethod(shell, '/bin/dockerd', '')).toBe('unknown');
  });
});
