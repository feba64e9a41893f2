/**
 * Every script the generator can offer — every entry, distro (and "unknown"), release, install
 * method, systemd or not, Engine version and fix alternative, with default, plain and edge values —
 * parses under bash and dash, passes shellcheck, and holds no example command.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { valuesFromInput, type CommandValues } from '../../src/lib/command-values.ts';
import { toScript } from '../../src/lib/fix-script.ts';
import { engineBuckets, viewFix } from '../../src/lib/fix-view.ts';
import { loadContent } from '../../src/node/content-files.ts';
import { EDGE_VALID, PLAIN } from '../support/samples.ts';
import { SHELLCHECK, shellcheckSkipReason } from '../support/shell.ts';

const content = loadContent(process.cwd());
const distros = content.distros.map((d) => d.data).sort((a, b) => a.order - b.order);
const valueSets: Record<string, Partial<CommandValues>> = { defaults: valuesFromInput({}), plain: valuesFromInput(PLAIN), edge: valuesFromInput(EDGE_VALID) };

/** Unique scripts with the first combination that made each; example steps (title and command) that must never be in one. */
const scripts = new Map<string, string>();
const examples = new Set<string>();
for (const { slug, data } of content.entries) {
  const engines = [undefined, ...engineBuckets(data).map((b) => b.representative)];
  for (const distro of [undefined, ...distros.filter((d) => !data.distros || data.distros.includes(d.id))]) {
    for (const release of [undefined, ...(distro?.releases.map((r) => r.id) ?? [])]) {
      for (const install of ['packages', 'script'] as const) {
        for (const systemd of [true, false]) {
          for (const engine of engines) {
            for (const [set, values] of Object.entries(valueSets)) {
              const view = viewFix({ slug, entry: data }, { distro, release, install, systemd, engine }, values, distros);
              for (const alt of view.alternatives) {
                if (alt.steps.length === 0) continue;
                const script = toScript(alt, [`${slug}/${alt.id}`]);
                if (!scripts.has(script)) scripts.set(script, `${slug}/${alt.id} on ${release ?? distro?.id ?? 'unknown distro'}, ${install}, systemd=${systemd}, engine ${engine?.join('.') ?? 'newest'}, ${set} values`);
                for (const s of alt.steps) if (s.example && s.body.kind === 'commands') examples.add(`. ${s.title}\n${s.body.text}`);
              }
            }
          }
        }
      }
    }
  }
}

const dir = mkdtempSync(join(tmpdir(), 'rd-scripts-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const files = [...scripts.keys()].map((script, i) => {
  const file = join(dir, `${i}.sh`);
  writeFileSync(file, script);
  return file;
});
const names = [...scripts.values()];

describe('generated fix scripts', () => {
  test('cover every entry, distro, setup and value set', () => {
    expect(scripts.size).toBeGreaterThan(content.entries.length * 4);
    expect(new Set(names.map((n) => n.split('/')[0]))).toEqual(new Set(content.entries.map((e) => e.slug)));
  });

  test.each(['bash', 'dash'])('all parse under %s -n (one process for all)', (shell) => {
    const all = [...scripts.keys()].map((s, i) => `rd_script_${i}() {\n${s.replace(/^#!.*\n/, '')}\n:\n}`).join('\n');
    const r = spawnSync(shell, ['-n'], { input: all, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  test('never hold an example command (shown on the page, never run as part of a fix)', () => {
    expect(examples.size).toBeGreaterThan(0);
    const leaks = [...scripts].filter(([script]) => [...examples].some((e) => script.includes(e))).map(([, name]) => name);
    expect(leaks).toEqual([]);
  });

  test.skipIf(shellcheckSkipReason() !== undefined)('all pass shellcheck (one process for all)', () => {
    const r = spawnSync(SHELLCHECK ?? 'shellcheck', ['--shell=sh', '--format=json1', ...files], { encoding: 'utf8', maxBuffer: 64 << 20 });
    const { comments } = JSON.parse(r.stdout) as { comments: { file: string; line: number; code: number; message: string }[] };
    const found = [...new Set(comments.map((c) => `${names[files.indexOf(c.file)]}: line ${c.line}: SC${c.code} ${c.message}`))];
    expect(found).toEqual([]);
  });
});
