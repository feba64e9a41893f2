import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { codeBlocks } from './built-site.ts';

const blocks = codeBlocks(join(process.cwd(), 'dist'));
const shellBlocks = blocks.filter((b) => ['sh', 'bash', 'shell'].includes(b.lang));
const hasShellcheck = spawnSync('shellcheck', ['--version']).status === 0;
if (!hasShellcheck && process.env.CI === 'true') throw new Error('shellcheck is missing: sudo apt-get install -y shellcheck');

describe('shell code blocks of the built site', () => {
  test('exist in quantity (the extraction is working)', () => {
    expect(shellBlocks.length).toBeGreaterThan(40);
  });

  test('use only sh or bash as their language', () => {
    const odd = blocks.filter((b) => /^(console|shell-session|shellsession|zsh|powershell)$/.test(b.lang));
    expect(odd).toEqual([]);
  });

  test('hold commands only: no "$ " prompts', () => {
    expect(shellBlocks.filter((b) => /^\s*\$ /m.test(b.code))).toEqual([]);
  });

  test('never write a root-owned file through an unprivileged redirect', () => {
    const bad = shellBlocks.filter((b) => /sudo\s+(cat|echo|printf)\b[^|\n]*>\s*\/(etc|usr|var)/.test(b.code));
    expect(bad).toEqual([]);
  });

  test('give command -v one name: POSIX takes one, and dash (sh on Debian and Ubuntu) looks up only the first', () => {
    const bad = shellBlocks.filter((b) => /\bcommand[ \t]+-v(?:[ \t]+[^\s;|&)<>]+){2,}/.test(b.code));
    expect(bad.map((b) => `${b.page}: ${b.code}`)).toEqual([]);
  });

  test.skipIf(!hasShellcheck)('all pass shellcheck', () => {
    const failures: string[] = [];
    for (const b of shellBlocks) {
      const r = spawnSync('shellcheck', ['-s', b.lang === 'bash' ? 'bash' : 'sh', '-f', 'gcc', '-'], { input: b.code, encoding: 'utf8' });
      if (r.status !== 0) failures.push(`${b.page}:\n${b.code}\n${r.stdout}`);
    }
    expect(failures, failures.join('\n\n')).toEqual([]);
  });
});
