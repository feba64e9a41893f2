/**
 * shellcheck over every command the content renders: each entry's diagnose, fix and verify, for
 * every distro, Engine version tab, install method and systemd choice, and every alternative.
 * One shellcheck process checks them all; each problem names the content file and its line.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_VALUES } from '../lib/command-values.ts';
import type { Loaded } from '../lib/content-integrity.ts';
import { engineBuckets, viewFix } from '../lib/fix-view.ts';
import type { StepBody } from '../lib/step-render.ts';
import type { Distro } from '../schemas/distro.ts';
import type { Entry } from '../schemas/entry.ts';
import type { SiteContent } from './content-files.ts';

/** A rendered command and where it comes from. */
interface Rendered { text: string; file: string; anchor: string }

/** The commands in a step body (one per family when the distro is unknown). */
function commandsOf(body: StepBody): string[] {
  if (body.kind === 'commands') return [body.text];
  if (body.kind === 'per-family') return body.families.flatMap((f) => (f.text ? [f.text] : []));
  return [];
}

/** Every distinct command an entry renders, with the text to look for in its file (a step title or the check's command). */
export function renderedCommands(entry: Loaded<Entry>, distros: readonly Distro[]): Rendered[] {
  const out = new Map<string, Rendered>();
  const own = distros.filter((d) => entry.data.distros === undefined || entry.data.distros.includes(d.id));
  const buckets = engineBuckets(entry.data);
  const engines = buckets.length === 0 ? [undefined] : buckets.map((b) => b.representative);
  for (const distro of [...own, undefined]) {
    for (const engine of engines) {
      for (const install of ['packages', 'script'] as const) {
        for (const systemd of [true, false]) {
          const view = viewFix({ slug: entry.slug, entry: entry.data }, { distro, engine, install, systemd }, DEFAULT_VALUES, distros);
          const add = (body: StepBody, anchor: string) => {
            for (const text of commandsOf(body)) if (!out.has(text)) out.set(text, { text, file: entry.file, anchor });
          };
          view.diagnose.forEach((d) => add(d.body, d.title));
          view.alternatives.forEach((a) => a.steps.forEach((s) => add(s.body, s.title)));
          view.verify.forEach((v) => add(v.body, v.body.kind === 'commands' ? v.body.text.split('\n')[0] ?? '' : ''));
        }
      }
    }
  }
  return [...out.values()];
}

/** The 1-based line of the first occurrence of `anchor` in a file, or undefined. */
function lineOf(text: string, anchor: string): number | undefined {
  const at = anchor === '' ? -1 : text.indexOf(anchor);
  return at === -1 ? undefined : text.slice(0, at).split('\n').length;
}

/** Runs shellcheck (POSIX sh) over every rendered command; `skipped` says why it could not run. */
export function shellcheckContent(root: string, content: SiteContent): { problems: string[]; checked: number; skipped?: string } {
  if (spawnSync('shellcheck', ['--version']).status !== 0) {
    return { problems: [], checked: 0, skipped: 'shellcheck is not installed, so rendered commands were not checked: sudo apt-get install -y shellcheck' };
  }
  const distros = content.distros.map((d) => d.data).sort((a, b) => a.order - b.order);
  const commands = content.entries.flatMap((e) => renderedCommands(e, distros));
  const dir = mkdtempSync(join(tmpdir(), 'rd-shellcheck-'));
  try {
    const files = commands.map((c, i) => {
      const path = join(dir, `${i}.sh`);
      writeFileSync(path, `#!/bin/sh\n${c.text}\n`);
      return path;
    });
    const r = spawnSync('shellcheck', ['--shell=sh', '--format=json1', ...files], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    const { comments } = JSON.parse(r.stdout || '{"comments":[]}') as { comments: { file: string; line: number; code: number; message: string }[] };
    const sources = new Map<string, string>();
    const problems = comments.map((c) => {
      const command = commands[files.indexOf(c.file)] as Rendered;
      const text = sources.get(command.file) ?? readFileSync(join(root, command.file), 'utf8');
      sources.set(command.file, text);
      const line = lineOf(text, command.anchor);
      const shown = command.text.split('\n')[c.line - 2] ?? '';
      return `${command.file}${line !== undefined ? `:${line}` : ''}: shellcheck SC${c.code}: ${c.message}\n      in: ${shown.trim()}`;
    });
    return { problems, checked: commands.length };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
