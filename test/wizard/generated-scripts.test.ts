import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterAll, describe, expect, test } from 'vitest';
import { loadContent } from '../../scripts/load-content.ts';
import { DEFAULT_VALUES, valuesFromInput, type CommandSettings } from '../../src/lib/command-values.ts';
import { releasesOf } from '../../src/lib/distro-releases.ts';
import { resolveFix, toScript } from '../../src/lib/fix-commands.ts';
import { renderTemplate } from '../../src/lib/template.ts';
import { SHELLCHECK } from '../support/shell.ts';
import { HOSTILE_REJECTED, HOSTILE_VALID, PLAIN } from '../support/samples.ts';

// Every entry's fix as the wizard's "copy all" script, for every distro, release, install method,
// systemd or not, and each sample value set; shellcheck must find nothing in any of them.
const content = loadContent(process.cwd());
const valueSets = { defaults: DEFAULT_VALUES, plain: valuesFromInput(PLAIN), hostile: valuesFromInput(HOSTILE_VALID), rejected: valuesFromInput(HOSTILE_REJECTED) };
const settings: CommandSettings[] = (['packages', 'script'] as const).flatMap((install) => [true, false].map((systemd) => ({ install, systemd })));

/** Unique scripts, each with the first combination that produced it, by value set. */
const scripts = new Map<string, string>();
const hostileScripts = new Map<string, string>();
for (const entry of content.entries) {
  for (const { data: distro } of content.distros) {
    if (entry.data.distros && !entry.data.distros.includes(distro.id)) continue;
    for (const release of [undefined, ...releasesOf(distro.id)]) {
      for (const s of settings) {
        for (const [set, values] of Object.entries(valueSets)) {
          const found = set === 'hostile' ? hostileScripts : scripts;
          const steps = resolveFix(entry.data.fix, distro, values, { ...s, ...(release !== undefined && { release }) });
          const name = `${entry.slug} on ${release ?? distro.id}, ${s.install}, systemd=${s.systemd}, ${set} values`;
          if (!found.has(toScript(steps))) found.set(toScript(steps), name);
          for (const v of [...entry.data.verify, ...entry.data.diagnose]) {
            const check = `#!/bin/sh\n${renderTemplate(v.run, values)}\n`;
            if (!found.has(check)) found.set(check, `${entry.slug} check "${v.run}", ${set} values`);
          }
        }
      }
    }
  }
}

const dir = mkdtempSync(join(tmpdir(), 'rd-scripts-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.skipIf(SHELLCHECK === undefined)('generated scripts', () => {
  test('cover every entry, distro and value set', () => {
    expect(scripts.size).toBeGreaterThan(content.entries.length * 4);
  });

  /** Shellcheck's findings over a set of scripts, each prefixed with the combination that made it. */
  function check(set: Map<string, string>, tag: string, extra: string[] = []): string[] {
    const names = [...set.values()];
    const files = [...set.keys()].map((script, i) => {
      const file = join(dir, `${tag}-${i}.sh`);
      writeFileSync(file, script);
      return file;
    });
    const r = spawnSync(SHELLCHECK ?? 'shellcheck', ['--shell=sh', '--format=json1', ...extra, ...files], { encoding: 'utf8', maxBuffer: 64 << 20 });
    const { comments } = JSON.parse(r.stdout) as { comments: { file: string; line: number; code: number; message: string }[] };
    return [...new Set(comments.map((c) => `${names[Number(c.file.replace(/^.*-(\d+)\.sh$/, '$1'))]}: line ${c.line}: SC${c.code} ${c.message}`))];
  }

  test('pass shellcheck with default, plain and rejected values', () => {
    expect(check(scripts, 'main')).toEqual([]);
  });

  // SC2016 ("expressions don't expand in single quotes") is the point here: a typed `$(reboot)` must stay literal.
  test('pass shellcheck with hostile but valid values', () => {
    expect(hostileScripts.size).toBeGreaterThan(content.entries.length);
    expect(check(hostileScripts, 'hostile', ['--exclude=SC2016'])).toEqual([]);
  });

  test('never contain a rejected value', () => {
    for (const script of [...scripts.keys(), ...hostileScripts.keys()]) {
      expect(script).not.toContain('rejected');
    }
  });
});
