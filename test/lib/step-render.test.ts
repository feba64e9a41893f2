import { describe, expect, test } from 'vitest';
import { DEFAULT_VALUES, valuesFromInput } from '../../src/lib/command-values.ts';
import type { Setup } from '../../src/lib/conditions.ts';
import { daemonJsonCommands, installCommand, PROFILE_MARKER, renderAction, type RenderContext } from '../../src/lib/step-render.ts';
import type { FixAction } from '../../src/schemas/entry.ts';
import { DISTROS, distro } from '../support/fixtures.ts';

const ctx = (setup: Partial<Setup> = {}, input: Record<string, string> = {}): RenderContext => ({
  setup: { distro: distro('ubuntu'), ...setup }, values: valuesFromInput(input), distros: DISTROS, slug: 'slow-network',
});

describe('installCommand: the install table per distro family', () => {
  test.each([
    ['ubuntu', ['uidmap'], 'sudo apt-get install -y uidmap'],
    ['ubuntu', ['uidmap', 'dbusUserSession', 'uidmap'], 'sudo apt-get install -y uidmap dbus-user-session'],
    ['rhel', ['uidmap'], 'sudo dnf install -y shadow-utils'],
  ])('on %s, installing %j runs %s', (id, keys, command) => {
    expect(installCommand(keys, distro(id))).toBe(command);
  });

  test('says a package is already there (null) or unverified (undefined) rather than guess', () => {
    expect(installCommand(['systemdContainer'], distro('ubuntu'))).toBeNull();
    expect(installCommand(['dbusUserSession'], distro('rhel'))).toBeUndefined();
  });
});

describe('renderAction', () => {
  test('fills templates, and shows no command while a value it uses is invalid', () => {
    const action: FixAction = { kind: 'run', template: 'sudo loginctl enable-linger {{user}}' };
    expect(renderAction(action, ctx({}, { user: 'host$' }))).toEqual({ kind: 'commands', text: "sudo loginctl enable-linger 'host$'" });
    expect(renderAction(action, ctx())).toEqual({ kind: 'commands', text: 'sudo loginctl enable-linger "$(whoami)"' });
    expect(renderAction(action, ctx({}, { user: "a'b" }))).toEqual({ kind: 'needs-value', names: ['user'] });
  });

  test('gives every family\'s command when the distro is unknown, with what the packages provide', () => {
    const body = renderAction({ kind: 'install', packages: ['uidmap'] }, ctx({ distro: undefined }));
    expect(body).toEqual({
      kind: 'per-family', provides: 'newuidmap / newgidmap（从属 UID/GID 映射）',
      families: [{ name: 'Ubuntu', text: 'sudo apt-get install -y uidmap' }, { name: 'CentOS / RHEL / Fedora', text: 'sudo dnf install -y shadow-utils' }],
    });
  });

  test('per-distro commands: the distro\'s own, not needed, or unverified', () => {
    const action: FixAction = { kind: 'byDistro', templates: { ubuntu: 'apt-get update', rhel: null } };
    expect(renderAction(action, ctx())).toEqual({ kind: 'commands', text: 'apt-get update' });
    expect(renderAction(action, ctx({ distro: distro('rhel') }))).toEqual({ kind: 'not-needed' });
    expect(renderAction({ kind: 'byDistro', templates: { ubuntu: 'x' } }, ctx({ distro: distro('rhel') }))).toEqual({ kind: 'unverified' });
  });

  test('restarts with systemctl, or tells a host without systemd what to do by hand', () => {
    expect(renderAction({ kind: 'restart' }, ctx())).toEqual({ kind: 'commands', text: 'systemctl --user restart docker' });
    expect(renderAction({ kind: 'restart' }, ctx({ systemd: false })).kind).toBe('manual');
  });

  test('sets daemon variables in a drop-in named after the entry, values written by the unit encoder', () => {
    const body = renderAction({ kind: 'serviceEnv', env: { DOCKERD_ROOTLESS_ROOTLESSKIT_MTU: '{{mtu}}' } }, ctx({}, { mtu: '9000' }));
    expect(body.kind === 'commands' && body.text).toContain(`printf '%s\\n' '[Service]' 'Environment="DOCKERD_ROOTLESS_ROOTLESSKIT_MTU=9000"' > "$dropin/slow-network.conf"`);
    const exported = renderAction({ kind: 'serviceEnv', env: { DOCKERD_ROOTLESS_ROOTLESSKIT_MTU: '{{mtu}}' } }, ctx({ systemd: false }, { mtu: '9000' }));
    expect(exported.kind === 'commands' && exported.text.split('\n')[0]).toBe('export DOCKERD_ROOTLESS_ROOTLESSKIT_MTU=9000');
  });

  test('merges daemon.json keys from the JSON encoder, and waits for a valid data-root', () => {
    const action: FixAction = { kind: 'daemonJson', set: { 'data-root': '{{dataRoot}}' } };
    const body = renderAction(action, ctx({}, { dataRoot: '/srv/docker' }));
    expect(body).toEqual({ kind: 'commands', text: daemonJsonCommands({ 'data-root': '/srv/docker' }) });
    expect(body.kind === 'commands' && body.text).toContain(`set_json='{"data-root":"/srv/docker"}'`);
    expect(renderAction(action, ctx({}, { dataRoot: '/tmp/d","registry-mirrors":["x"]' }))).toEqual({ kind: 'needs-value', names: ['dataRoot'] });
  });

  test('writes an AppArmor profile for a typed home by its encoded path, and checks $HOME at run time otherwise', () => {
    const typed = renderAction({ kind: 'appArmorProfile', binary: '{{home}}/bin/rootlesskit' }, ctx({}, { home: '/home/alice' }));
    expect(typed.kind === 'commands' && typed.text).toContain("profile_path=/home/alice/bin/rootlesskit\nfilename=home.alice.bin.rootlesskit");
    const runtime = renderAction({ kind: 'appArmorProfile', binary: '{{home}}/bin/rootlesskit' }, { ...ctx(), values: DEFAULT_VALUES });
    expect(runtime.kind === 'commands' && runtime.text).toContain(`profile_path="$HOME"/bin/rootlesskit`);
    expect(runtime.kind === 'commands' && runtime.text).toContain(PROFILE_MARKER);
    expect(renderAction({ kind: 'appArmorProfile', binary: '{{home}}/bin/rootlesskit' }, ctx({}, { home: '/tmp' }))).toEqual({ kind: 'needs-value', names: ['home'] });
  });

  test('writes the profile for the rootlesskit the reader names, the install script\'s by default, and for no other program', () => {
    const action: FixAction = { kind: 'appArmorProfile', binary: '{{rootlesskit}}' };
    const typed = renderAction(action, ctx({}, { rootlesskit: '/usr/local/bin/rootlesskit' }));
    expect(typed.kind === 'commands' && typed.text).toContain('profile_path=/usr/local/bin/rootlesskit\nfilename=usr.local.bin.rootlesskit');
    expect(typed.kind === 'commands' && typed.text).toContain('"$profile_path" flags=(unconfined) {');
    const runtime = renderAction(action, { ...ctx(), values: DEFAULT_VALUES });
    expect(runtime.kind === 'commands' && runtime.text).toContain('profile_path="$HOME/bin/rootlesskit"');
    // A link naming a shell (or any other program) gets no command: the form says why.
    for (const other of ['/usr/bin/bash', '/home/alice/bin/rootlesskit-evil', '/usr/bin/rootlesskit']) {
      expect(renderAction(action, ctx({}, { rootlesskit: other }))).toEqual({ kind: 'needs-value', names: ['rootlesskit'] });
    }
    expect(() => renderAction(action, { ...ctx(), values: { ...DEFAULT_VALUES, rootlesskit: { literal: '/usr/bin/bash' } } })).toThrow(/not a rootlesskit binary/);
  });

  test('the install script\'s ~/bin/rootlesskit is the default for a script install only: a package install asks for the path', () => {
    const action: FixAction = { kind: 'appArmorProfile', binary: '{{rootlesskit}}' };
    const withInstall = (install: 'script' | 'packages' | undefined) => renderAction(action, { ...ctx(), setup: { ...ctx().setup, install }, values: DEFAULT_VALUES });
    expect(withInstall('packages')).toEqual({ kind: 'needs-value', names: ['rootlesskit'] });
    for (const install of ['script', undefined] as const) expect(withInstall(install).kind === 'commands' && withInstall(install)).toBeTruthy();
    expect(renderAction(action, { ...ctx(), setup: { ...ctx().setup, install: 'packages' }, values: { ...DEFAULT_VALUES, rootlesskit: { literal: '/opt/docker/rootlesskit' } } }).kind).toBe('commands');
  });

  test('checks at run time that the binary exists, and that it and its folder are root\'s or the user\'s and not world-writable', () => {
    const body = renderAction({ kind: 'appArmorProfile', binary: '{{rootlesskit}}' }, ctx({}, { rootlesskit: '/opt/docker/rootlesskit' }));
    const text = body.kind === 'commands' ? body.text : '';
    expect(text).toContain('elif [ ! -f "$profile_path" ]; then');
    expect(text).toContain('elif ! owned_here "$profile_path" || ! owned_here "$(dirname "$profile_path")"; then');
    expect(text.indexOf('owned_here "$profile_path"')).toBeLessThan(text.indexOf('sudo tee'));
  });
});
