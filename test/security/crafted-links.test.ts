/**
 * Issue 8: a crafted link must never change what a fix does. Every hostile value, for every value
 * name, through the real generator for every entry that uses it: refused with a message, no command.
 * Valid values run for real under bash and dash in a sandbox of logging stubs: each reaches the
 * command it is meant for as exactly one argument, and daemon.json / AppArmor profiles come out as intended.
 */
import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { toScript } from '../../src/lib/fix-script.ts';
import { generatorView, stateFromQuery } from '../../src/lib/generator.ts';
import { daemonJsonCommands, renderAction, PROFILE_MARKER } from '../../src/lib/step-render.ts';
import { valuesFromInput } from '../../src/lib/command-values.ts';
import { TEMPLATE_VALUE_NAMES } from '../../src/lib/template.ts';
import { loadContent } from '../../src/node/content-files.ts';
import { EDGE_VALID, HOSTILE } from '../support/samples.ts';
import { createSandbox } from '../support/sandbox.ts';
import { SHELLS } from '../support/shell.ts';

const content = loadContent(process.cwd());
const distros = content.distros.map((d) => d.data).sort((a, b) => a.order - b.order);
const ubuntu = distros.find((d) => d.id === 'ubuntu')!;
const sources = content.entries.map((e) => ({ slug: e.slug, entry: e.data }));
const link = (name: string, value: string) => `?${name}=${encodeURIComponent(value)}`;

/** Value names some entry's commands use (a name no entry uses has nothing to inject into). */
const USED = TEMPLATE_VALUE_NAMES.filter((name) => sources.some((s) => JSON.stringify(s.entry).includes(`{{${name}}}`)));

describe('a hostile value from a link, through the real generator', () => {
  test('covers the values that reach commands', () => {
    expect(USED).toEqual(expect.arrayContaining(['user', 'home', 'mtu', 'port', 'dataRoot']));
  });

  test.each(USED)('%s: every payload is refused with a message and reaches no command of any entry', (name) => {
    const users = sources.filter((s) => JSON.stringify(s.entry).includes(`{{${name}}}`));
    for (const source of users) {
      for (const payload of HOSTILE) {
        const g = generatorView(source, distros, ubuntu, undefined, stateFromQuery(link(name, payload)));
        expect(g.errors[name], `${source.slug} ${name}=${JSON.stringify(payload)}`).toMatch(/[\u4e00-\u9fff]/);
        const shown = JSON.stringify(g.view);
        const core = payload.replace(/^\/(home\/)?/, '');
        if (core.length > 3) expect(shown, `${source.slug} shows ${JSON.stringify(payload)}`).not.toContain(core.slice(0, 40));
        const needing = g.view.alternatives.flatMap((a) => a.steps).filter((s) => s.body.kind === 'needs-value');
        expect(needing.every((s) => s.body.kind === 'needs-value' && s.body.names.includes(name))).toBe(true);
      }
    }
  });
});

const sandbox = createSandbox();
afterAll(() => sandbox.dispose());

/** Value names used by steps that go into scripts (an example's value is shown, never run). */
const IN_SCRIPTS = TEMPLATE_VALUE_NAMES.filter((name) => sources.some((s) => s.entry.fixes.some((a) => a.steps.some((st) => !st.example && JSON.stringify(st.action).includes(`{{${name}}}`)))));

/** Values no command contains by accident, so every argument that holds one can be found in the log. */
const MARKERS = { user: 'rdusr', uid: '4242', home: '/home/rdhome', mtu: '1432', port: '4321', dataRoot: '/srv/rddata' };
/** The string and number leaves of a JSON argument (as text), or undefined when it is not JSON. */
function jsonLeaves(arg: string): string[] | undefined {
  let data: unknown;
  try {
    data = JSON.parse(arg);
  } catch {
    return undefined;
  }
  const leaves = (v: unknown): string[] => (typeof v === 'string' || typeof v === 'number' ? [String(v)] : v && typeof v === 'object' ? Object.values(v).flatMap(leaves) : []);
  return typeof data === 'object' ? leaves(data) : undefined;
}

/** Characters a value may only carry into an argument if the value itself has them. */
const SHELL_SYNTAX = /[\s'"`;|&<>()\\]/;

describe.each(SHELLS)('generated scripts run for real under %s (sandbox, stubbed system commands)', (shell) => {
  test.each([['marker', MARKERS], ['edge', EDGE_VALID]] as const)('with %s values, each value reaches commands literally, never split or joined with shell syntax', { timeout: 60_000 }, (_, input) => {
    const state = stateFromQuery(`?${new URLSearchParams(input as Record<string, string>).toString()}`);
    const reached = new Set<string>();
    for (const source of sources) {
      const g = generatorView(source, distros, ubuntu, undefined, state);
      for (const alt of g.view.alternatives) {
        if (alt.steps.length === 0) continue;
        const r = sandbox.run(shell, toScript(alt, []));
        expect(r.stderr, `${source.slug}/${alt.id}: ${r.stderr}`).not.toMatch(/syntax error|unexpected|bad substitution/i);
        // Files the script wrote in the sandbox count as calls too (drop-ins written by printf, a builtin).
        const written = sandbox.files().map((f) => ({ name: `file ${f.path}`, args: f.text.split('\n'), stdin: '' }));
        for (const call of [...r.calls, ...written]) {
          // Values too short to trace (a port of 1) are left to the marker run.
          for (const [name, value] of Object.entries(input).filter(([, v]) => v.length >= 4)) {
            for (const arg of [...call.args, ...call.stdin.split('\n')].filter((a) => a.includes(value))) {
              reached.add(name);
              const json = jsonLeaves(arg);
              const unit = /^Environment="[A-Z0-9_]+=([^"]*)"$/.exec(arg)?.[1];
              // An AppArmor profile's head line (its own context: the path in double quotes, nothing else in them).
              const profile = /^"([^"]*)" flags=\(unconfined\) \{$/.exec(arg)?.[1];
              if (json !== undefined) expect(json, `${source.slug}: ${call.name} ${arg}`).toContain(value);
              else if (unit !== undefined) expect(unit, `${source.slug}: ${call.name} ${arg}`).toBe(value);
              else if (profile !== undefined) expect((profile === value || profile.startsWith(`${value}/`)) && /^\/[A-Za-z0-9._/-]+$/.test(profile), `${source.slug}: ${call.name} ${arg}`).toBe(true);
              else expect(SHELL_SYNTAX.test(arg.replace(value, '')), `${source.slug}: ${call.name} ${JSON.stringify(call.args)}`).toBe(false);
            }
          }
        }
      }
    }
    // A typed rootlesskit reaches only the profile step, which stops at run time unless that binary exists (not here):
    // its AppArmor context is run below, with a binary in the sandbox.
    const traceable = Object.entries(input).filter(([n, v]) => v.length >= 4 && IN_SCRIPTS.includes(n as never) && n !== 'rootlesskit').map(([n]) => n);
    expect([...reached].sort()).toEqual(traceable.sort());
  });
});

describe('daemon.json is merged, never truncated (sandbox)', () => {
  const cfg = () => join(sandbox.home, '.config/docker/daemon.json');
  const write = (text: string) => {
    mkdirSync(join(sandbox.home, '.config/docker'), { recursive: true });
    writeFileSync(cfg(), text);
  };
  const merge = daemonJsonCommands({ 'data-root': '/srv/docker', features: { 'containerd-snapshotter': false } });

  test.each(SHELLS)('creates the file with exactly the keys when there is none (%s)', (shell) => {
    if (existsSync(cfg())) writeFileSync(cfg(), '');
    expect(sandbox.run(shell, merge).status).toBe(0);
    expect(JSON.parse(readFileSync(cfg(), 'utf8'))).toEqual({ 'data-root': '/srv/docker', features: { 'containerd-snapshotter': false } });
  });

  test.each([[['python3']], [['jq']]])('keeps the other settings when merging (without %j)', (without) => {
    write('{"registry-mirrors": ["https://mirror.example"], "features": {"buildkit": true}}');
    expect(sandbox.run('dash', merge, { without }).status).toBe(0);
    expect(JSON.parse(readFileSync(cfg(), 'utf8'))).toEqual({
      'registry-mirrors': ['https://mirror.example'], 'data-root': '/srv/docker', features: { buildkit: true, 'containerd-snapshotter': false },
    });
  });

  test('stops, unchanged, with the setting to add by hand when neither jq nor python3 is there', () => {
    write('{"userland-proxy": false}');
    const r = sandbox.run('bash', merge, { without: ['jq', 'python3'] });
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain('无法安全合并');
    expect(readFileSync(cfg(), 'utf8')).toBe('{"userland-proxy": false}');
  });

  test('leaves an invalid file as it was', () => {
    write('{ not json');
    expect(sandbox.run('bash', merge).status).not.toBe(0);
    expect(readFileSync(cfg(), 'utf8')).toBe('{ not json');
  });
});

describe('the AppArmor profile names exactly one binary, a safe one, and never overwrites a profile it did not write (sandbox)', () => {
  // The install script's place, read at run time as in the wizard's script for a script install: $HOME is the sandbox's.
  const binary = () => join(sandbox.home, 'bin/rootlesskit');
  const profileFile = () => `${sandbox.home}/apparmor.d/${binary().slice(1).replaceAll('/', '.')}`;
  const render = () => {
    const body = renderAction({ kind: 'appArmorProfile', binary: '{{rootlesskit}}' }, { setup: { distro: ubuntu, install: 'script' }, values: valuesFromInput({}), distros, slug: 'ubuntu-apparmor-userns' });
    if (body.kind !== 'commands') throw new Error('no command for the default rootlesskit');
    // Point the profile folder into the sandbox so the overwrite guard can be exercised.
    return body.text.replaceAll('/etc/apparmor.d/', `${sandbox.home}/apparmor.d/`);
  };
  const place = (binMode = 0o755) => {
    mkdirSync(join(sandbox.home, 'apparmor.d'), { recursive: true });
    mkdirSync(join(sandbox.home, 'bin'), { recursive: true });
    chmodSync(join(sandbox.home, 'bin'), binMode);
    writeFileSync(binary(), '#!/bin/sh\n');
    chmodSync(binary(), 0o755);
  };
  const forget = () => rmSync(join(sandbox.home, 'apparmor.d'), { recursive: true, force: true });

  test.each(SHELLS)('writes one profile for the user\'s rootlesskit through sudo tee (%s)', (shell) => {
    forget();
    place();
    const r = sandbox.run(shell, render());
    expect(r.status).toBe(0);
    const tee = r.calls.find((c) => c.name === 'tee')!;
    expect(tee.args).toEqual([profileFile()]);
    expect(tee.stdin.match(/flags=\(unconfined\)/g)).toHaveLength(1);
    expect(tee.stdin).toContain(`"${binary()}" flags=(unconfined) {`);
    expect(r.calls.map((c) => c.name)).toEqual(['sudo', 'tee']);
  });

  test('stops rather than overwrite an existing profile it did not write', () => {
    forget();
    place();
    writeFileSync(profileFile(), 'profile cupsd {}');
    const r = sandbox.run('dash', render());
    expect(r.status).not.toBe(0);
    expect(r.calls.filter((c) => c.name === 'tee')).toEqual([]);
    expect(readFileSync(profileFile(), 'utf8')).toBe('profile cupsd {}');
  });

  test('replaces a profile it wrote itself', () => {
    forget();
    place();
    writeFileSync(profileFile(), `${PROFILE_MARKER}\nold`);
    expect(sandbox.run('bash', render()).calls.some((c) => c.name === 'tee')).toBe(true);
  });

  // Review: a crafted link named /var/crash/rootlesskit, where anyone can put a program the profile would unconfine.
  test.each([['a folder anyone can write to', () => place(0o1777)], ['no such file', () => { place(); rmSync(binary()); }]])('writes nothing for %s, and says why', (_, arrange) => {
    forget();
    arrange();
    const r = sandbox.run('dash', render());
    expect(r.status).not.toBe(0);
    expect(r.calls.filter((c) => c.name === 'tee')).toEqual([]);
    expect(r.stderr).toMatch(/[\u4e00-\u9fff]/);
    chmodSync(join(sandbox.home, 'bin'), 0o755);
  });
});
