/** Running generated shell text for tests: one shell process for many cases, shellcheck for scripts. */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** The POSIX shells generated commands must work in. */
export const SHELLS = ['bash', 'dash'] as const;

/** Runs `script` with `<shell> -c` (no profile, clean env) and returns its stdout as UTF-8. */
export function runShell(shell: (typeof SHELLS)[number], script: string, env: Record<string, string> = {}): { stdout: string; stderr: string; status: number | null } {
  const args = shell === 'bash' ? ['--noprofile', '--norc', '-c', script] : ['-c', script];
  const r = spawnSync(shell, args, { encoding: 'utf8', env: { PATH: '/usr/bin:/bin', LC_ALL: 'C.UTF-8', ...env }, maxBuffer: 64 << 20 });
  return { stdout: r.stdout, stderr: r.stderr, status: r.status };
}

/**
 * What a shell makes of each of many shell words, in one process (fast and independent of machine
 * speed): for each word, the number of words it expanded to and their text.
 */
export function wordsAsShellSees(shell: (typeof SHELLS)[number], words: readonly string[]): { count: number; text: string }[] {
  const script = words.map((w) => `set -- ${w}; printf '%s\\036%s\\035' "$#" "$*"`).join('\n');
  const { stdout, status, stderr } = runShell(shell, script);
  if (status !== 0) throw new Error(`${shell} failed: ${stderr}`);
  return stdout.split('\u001d').slice(0, -1).map((part) => {
    const [count, text = ''] = part.split('\u001e');
    return { count: Number(count), text };
  });
}

/** Where shellcheck is, or undefined when it is not installed (CI=true: a failure, see requireShellcheck). */
export const SHELLCHECK = ['/usr/bin/shellcheck', '/usr/local/bin/shellcheck'].find((p) => existsSync(p));

/** Throws under CI=true when shellcheck is missing; elsewhere says the shellcheck tests are skipped. */
export function shellcheckSkipReason(): string | undefined {
  if (SHELLCHECK !== undefined) return undefined;
  const msg = 'shellcheck not found: install it with `sudo apt-get install -y shellcheck`';
  if (process.env.CI === 'true') throw new Error(msg);
  console.warn(`\n\u001b[33m⚠ SKIPPING shellcheck tests. ${msg}\u001b[0m\n`);
  return msg;
}

/** Shellcheck's findings for a POSIX sh script (empty when clean), one "line N: SCxxxx message" each. */
export function shellcheck(script: string): string[] {
  if (SHELLCHECK === undefined) throw new Error('shellcheck is not installed: apt-get install -y shellcheck');
  const r = spawnSync(SHELLCHECK, ['--shell=sh', '--format=json1', '-'], { input: script, encoding: 'utf8' });
  const { comments } = JSON.parse(r.stdout || '{"comments":[]}') as { comments: { line: number; code: number; message: string }[] };
  return comments.map((c) => `line ${c.line}: SC${c.code} ${c.message}`);
}
