/** Running generated shell text for tests: bash for quoting properties, shellcheck for scripts. */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Runs `script` with `bash -c` (no profile, clean env) and returns its stdout as UTF-8. */
export function bash(script: string): { stdout: string; status: number | null } {
  const r = spawnSync('bash', ['--noprofile', '--norc', '-c', script], { encoding: 'utf8', env: { PATH: '/usr/bin:/bin', LC_ALL: 'C.UTF-8' } });
  return { stdout: r.stdout, status: r.status };
}

/** Where shellcheck is, or undefined when it is not installed. */
export const SHELLCHECK = ['/usr/bin/shellcheck', '/usr/local/bin/shellcheck'].find((p) => existsSync(p));

/** Shellcheck's findings for a POSIX sh script (empty when clean), one "line N: SCxxxx message" each. */
export function shellcheck(script: string): string[] {
  if (SHELLCHECK === undefined) throw new Error('shellcheck is not installed: apt-get install -y shellcheck');
  const r = spawnSync(SHELLCHECK, ['--shell=sh', '--format=json1', '-'], { input: script, encoding: 'utf8' });
  const { comments } = JSON.parse(r.stdout || '{"comments":[]}') as { comments: { line: number; code: number; message: string }[] };
  return comments.map((c) => `line ${c.line}: SC${c.code} ${c.message}`);
}
