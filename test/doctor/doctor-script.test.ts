/**
 * public/doctor.sh run for real: under dash, bash and busybox ash (with busybox's own applets
 * first in PATH, like Alpine), as the current user and, when that is root, as nobody. HOME is a
 * read-only directory holding stub Docker programs in ~/bin and a daemon.json, and its path has
 * a space, a quote and `$(…)` in it. Each run must exit 0 with a complete report, print nothing
 * on stderr, and change nothing: no file under HOME, nothing in its own TMPDIR or working
 * directory, no mktemp-style file in /tmp.
 */
import { spawn, spawnSync, type ChildProcess, type SpawnSyncReturns } from 'node:child_process';
import { accessSync, chmodSync, chownSync, constants, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { hostname, release, tmpdir, userInfo } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parseDoctorReport } from '../../src/lib/doctor-report.ts';
import { REPORT_KEYS } from '../../src/schemas/report.ts';
import { shellcheck, shellcheckSkipReason } from '../support/shell.ts';

const SCRIPT = resolve('public/doctor.sh');
const SCRIPT_TEXT = readFileSync(SCRIPT, 'utf8');
/** Generous: a run takes well under a second here; the script itself stops starting commands after 4 s. */
const RUN_TIMEOUT_MS = 20_000;

/** Where busybox is, or undefined. */
const BUSYBOX = ['/usr/bin/busybox', '/bin/busybox'].find((p) => existsSync(p));

/** Why the busybox runs cannot happen here, or undefined when they can. With CI=true a missing busybox throws. */
function busyboxSkipReason(): string | undefined {
  if (BUSYBOX !== undefined) return undefined;
  const msg = 'busybox not found: install it with `sudo apt-get install -y busybox`';
  if (process.env.CI === 'true') throw new Error(msg);
  console.warn(`\n\u001b[33m⚠ SKIPPING busybox runs of doctor.sh. ${msg}\u001b[0m\n`);
  return msg;
}

const IS_ROOT = process.getuid?.() === 0;
const SELF = userInfo();

/** How to become nobody (root only): setpriv, else runuser; undefined when neither exists. */
function asNobody(): string[] | undefined {
  if (!IS_ROOT) return undefined;
  const found = (cmd: string) => spawnSync('sh', ['-c', `command -v ${cmd}`], { encoding: 'utf8' }).stdout.trim();
  // Absolute paths: the busybox runs put busybox's own (different) setpriv first in PATH.
  const setpriv = found('setpriv');
  if (setpriv.startsWith('/')) return [setpriv, '--reuid=65534', '--regid=65534', '--clear-groups'];
  const runuser = found('runuser');
  if (runuser.startsWith('/')) return [runuser, '-u', 'nobody', '--'];
  return undefined;
}

/** Whether this process can read a file (the script's lists are world-readable where they exist). */
function isReadable(path: string): boolean {
  try { accessSync(path, constants.R_OK); return true; } catch { return false; }
}

/** A shell to run the script with; `applets` puts busybox's applets first in PATH. */
interface Shell { name: string; argv: string[]; applets: boolean }
const busyboxSkip = busyboxSkipReason();
const SHELLS: Shell[] = [
  { name: 'dash', argv: ['dash'], applets: false },
  { name: 'bash', argv: ['bash', '--noprofile', '--norc'], applets: false },
  ...(busyboxSkip === undefined ? [{ name: 'busybox ash', argv: [BUSYBOX!, 'sh'], applets: true }] : []),
];

/** Who runs the script: the current user, and nobody when we are root. */
interface Runner { name: string; prefix: string[]; uid: number; user: string }
const nobody = asNobody();
if (IS_ROOT && nobody === undefined) {
  const msg = 'neither setpriv nor runuser found: install util-linux';
  if (process.env.CI === 'true') throw new Error(msg);
  console.warn(`\n\u001b[33m⚠ SKIPPING doctor.sh runs as nobody. ${msg}\u001b[0m\n`);
}
if (!IS_ROOT) console.warn(`\n\u001b[33m⚠ Not root: doctor.sh runs only as ${userInfo().username} (run the tests as root to also cover root and nobody).\u001b[0m\n`);
const RUNNERS: Runner[] = [
  { name: SELF.username, prefix: [], uid: SELF.uid, user: SELF.username },
  ...(nobody ? [{ name: 'nobody', prefix: nobody, uid: 65534, user: 'nobody' }] : []),
];

/** The sandbox every run shares: a read-only HOME with stubs, a runtime dir per user, a bin of busybox applets. */
let root = '';
/** A socket the stub docker CLI names as its endpoint; `docker version` then "times out" (exit 124). */
let engineSocket: Server | undefined;
let home = '';
let applets = '';
let fakeKit: ChildProcess | undefined;

/** Files under a directory → mode, size and mtime, to compare before and after a run. */
function snapshot(dir: string): Map<string, string> {
  const seen = new Map<string, string>();
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      const st = lstatSync(p);
      seen.set(p, `${st.mode}:${st.size}:${st.mtimeMs}`);
      if (st.isDirectory()) walk(p);
    }
  };
  walk(dir);
  return seen;
}

/** Entries of /tmp (names only). */
function tmpEntries(): Set<string> {
  return new Set(readdirSync(tmpdir()));
}

/** One run of the script and what it left behind. */
interface Run { result: SpawnSyncReturns<string>; ms: number; homeChanged: string[]; tmpdirLeft: string[]; cwdLeft: string[]; newTmp: string[] }

/** Runs doctor.sh under `shell` as `runner` with the sandbox's HOME; `input` feeds the script on stdin instead. */
function runDoctor(shell: Shell, runner: Runner, args: string[] = [], options: { input?: string } = {}): Run {
  const runDir = mkdtempSync(join(root, 'run-'));
  const privateTmp = join(runDir, 'tmp');
  const cwd = join(runDir, 'cwd');
  const xdg = join(runDir, 'xdg');
  for (const d of [privateTmp, cwd]) { mkdirSync(d); chmodSync(d, 0o1777); }
  mkdirSync(xdg, { mode: 0o700 });
  if (runner.uid !== SELF.uid) chownSync(xdg, runner.uid, runner.uid);
  chmodSync(runDir, 0o755);
  const path = [...(shell.applets ? [applets] : []), join(home, 'bin'), '/usr/local/bin', '/usr/bin', '/bin'].join(':');
  const before = snapshot(home);
  const tmpBefore = tmpEntries();
  const argv = [...runner.prefix, ...shell.argv, ...(options.input === undefined ? [SCRIPT, ...args] : ['-s', '--', ...args])];
  const started = performance.now();
  const result = spawnSync(argv[0]!, argv.slice(1), {
    encoding: 'utf8', cwd, timeout: RUN_TIMEOUT_MS, input: options.input ?? '',
    env: { PATH: path, HOME: home, XDG_RUNTIME_DIR: xdg, TMPDIR: privateTmp, LANG: 'C.UTF-8' },
  });
  const ms = performance.now() - started;
  const after = snapshot(home);
  const homeChanged = [...new Set([...before.keys(), ...after.keys()])].filter((p) => before.get(p) !== after.get(p));
  // Other test files may create their own named folders in /tmp meanwhile; the script must not leave a mktemp-style file.
  const newTmp = [...tmpEntries()].filter((n) => !tmpBefore.has(n)).filter((n) => {
    if (/^tmp\.[A-Za-z0-9]{6,}$/.test(n) || /doctor/i.test(n)) return true;
    try { return runner.uid !== SELF.uid && statSync(join(tmpdir(), n)).uid === runner.uid; } catch { return false; }
  });
  return { result, ms, homeChanged, tmpdirLeft: readdirSync(privateTmp), cwdLeft: readdirSync(cwd), newTmp };
}

/** The key=value lines of a report (between the header and `# log`), as [key, value] in order. */
function keyLines(stdout: string): [string, string][] {
  const lines = stdout.split('\n');
  const logAt = lines.indexOf('# log');
  return lines.slice(1, logAt < 0 ? undefined : logAt)
    .filter((l) => l !== '' && !l.startsWith('#'))
    .map((l) => { const i = l.indexOf('='); return [l.slice(0, i), l.slice(i + 1)]; });
}

/** Checks every property a report must have; returns its values by key. */
function expectWellFormed(run: Run, label: string): Record<string, string> {
  const { result } = run;
  expect(result.error, `${label}: ${String(result.error)}`).toBeUndefined();
  expect(result.status, `${label}: exit status (stderr: ${result.stderr})`).toBe(0);
  expect(result.stderr, `${label}: stderr`).toBe('');
  const lines = result.stdout.split('\n');
  expect(lines[0]).toBe('# rootless-doctor report v1');
  expect(lines.at(-1)).toBe('');
  expect(lines.at(-2)).toBe('# end');
  expect(lines).toContain('# log');
  const pairs = keyLines(result.stdout);
  expect(pairs.map(([k]) => k), `${label}: keys, in the schema's order, each once`).toEqual(REPORT_KEYS);
  for (const [key, value] of pairs) {
    // eslint-disable-next-line no-control-regex
    expect(value, `${label}: ${key} has a control character`).not.toMatch(/[\u0000-\u001f\u007f]/);
  }
  const parsed = parseDoctorReport(result.stdout);
  expect(parsed.problems, `${label}: the parser's problems`).toEqual([]);
  expect(parsed.unknownKeys).toEqual([]);
  expect(run.homeChanged, `${label}: files changed under HOME`).toEqual([]);
  expect(run.tmpdirLeft, `${label}: files left in TMPDIR`).toEqual([]);
  expect(run.cwdLeft, `${label}: files left in the working directory`).toEqual([]);
  expect(run.newTmp, `${label}: new files in /tmp`).toEqual([]);
  return Object.fromEntries(pairs);
}

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'rd-doctortest-'));
  chmodSync(root, 0o755);
  // A home whose path a careless script would split or run: a space, a quote and a command substitution.
  home = join(root, "home o'brien $(touch pwned)");
  mkdirSync(join(home, 'bin'), { recursive: true });
  mkdirSync(join(home, '.config', 'docker'), { recursive: true });
  const stub = (name: string, body: string) => writeFileSync(join(home, 'bin', name), `#!/bin/sh\n${body}\n`, { mode: 0o755 });
  stub('dockerd', `[ "$1" = --version ] && printf '%s\\n' 'Docker version 29.4.3, build 0e5f3f0'\nexit 0`);
  stub('rootlesskit', `if [ "$1" = --version ]; then printf '%s\\n' 'rootlesskit version 2.3.5'; exit 0; fi\nwhile :; do sleep 1; done`);
  stub('dockerd-rootless-setuptool.sh', 'exit 0');
  // A docker CLI whose endpoint is a live socket but whose `docker version` times out: no answer either way (unknown, not no).
  stub('docker', `case "$1" in\n  --version) printf '%s\\n' 'Docker version 29.4.3, build 0e5f3f0'; exit 0 ;;\n  context) printf '%s\\n' 'rootless|unix://${root}/engine.sock'; exit 0 ;;\n  version) exit 124 ;;\nesac\nexit 0`);
  // A systemctl whose `--user show-environment` times out (exit 124): the user manager's state is unknown, not absent.
  stub('systemctl', 'exit 124');
  // newuidmap reached through a symlink, and a getcap that, like libcap's, reads a symlink itself and prints nothing for it.
  stub('newuidmap-real', 'exit 0');
  symlinkSync(join(home, 'bin', 'newuidmap-real'), join(home, 'bin', 'newuidmap'));
  stub('getcap', `for f in "$@"; do [ -L "$f" ] || printf '%s %s\\n' "$f" 'cap_setuid=ep'; done`);
  engineSocket = createServer();
  await new Promise<void>((done) => engineSocket!.listen(join(root, 'engine.sock'), done));
  writeFileSync(join(home, '.config', 'docker', 'daemon.json'), `{\n  "data-root": "${root}/data",\n  "userland-proxy": false,\n  "features": {"containerd-snapshotter": true}\n}\n`);
  // Read-only for everyone (root ignores permissions; the snapshot comparison catches its writes).
  const freeze = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) freeze(p);
      else chmodSync(p, statSync(p).mode & 0o111 ? 0o555 : 0o444);
    }
    chmodSync(d, 0o555);
  };
  // A daemon log in the data root: the log section's source where there is no user journal.
  mkdirSync(join(root, 'data'));
  writeFileSync(join(root, 'data', 'dockerd.log'), [
    'time="2026-06-02T09:14:03Z" level=info msg="Starting up"',
    `time="2026-06-02T09:14:03Z" level=info msg="data root ${home}/.local/share/docker on ${hostname()} for ${SELF.username}"`,
    'glob * and $(id) and `id` stay text',
    '',
    `long ${'x'.repeat(5000)}`,
    'time="2026-06-02T09:14:04Z" level=info msg="Daemon has completed initialization"',
  ].join('\n') + '\n');
  freeze(home);
  freeze(join(root, 'data'));
  // busybox's applets, first in PATH for the busybox runs (what an Alpine host has).
  applets = join(root, 'applets');
  mkdirSync(applets);
  if (BUSYBOX !== undefined) {
    for (const name of spawnSync(BUSYBOX, ['--list'], { encoding: 'utf8' }).stdout.split('\n').filter((n) => /^[a-z0-9_.[-]+$/.test(n))) {
      symlinkSync(BUSYBOX, join(applets, name));
    }
  }
  // A "rootlesskit" of ours, running, so the network driver is read from a live command line.
  fakeKit = spawn(join(home, 'bin', 'rootlesskit'), ['--net=pasta', '--mtu=65520', '--port-driver=pesto', '--detach-netns', 'dockerd'], { detached: true, stdio: 'ignore' });
});

afterAll(() => {
  engineSocket?.close();
  if (fakeKit?.pid !== undefined) {
    try { process.kill(-fakeKit.pid, 'SIGKILL'); } catch { /* already gone */ }
  }
  if (root !== '') {
    spawnSync('chmod', ['-R', 'u+w', root]);
    rmSync(root, { recursive: true, force: true });
  }
});

describe.each(SHELLS)('doctor.sh under $name', (shell) => {
  test.each(RUNNERS)('as $name: a complete report, exit 0, nothing written', (runner) => {
    const run = runDoctor(shell, runner);
    console.log(`doctor.sh under ${shell.name} as ${runner.name}: ${run.ms.toFixed(0)} ms, ${run.result.stdout.length} bytes`);
    const v = expectWellFormed(run, `${shell.name} as ${runner.name}`);
    expect(v).toMatchObject({
      user: runner.user, uid: String(runner.uid), home, is_root: runner.uid === 0 ? 'yes' : 'no',
      xdg_runtime_dir_exists: 'yes', xdg_runtime_dir_owner_is_user: 'yes', xdg_runtime_dir_mode: '700',
      dockerd: join(home, 'bin', 'dockerd'), dockerd_paths: join(home, 'bin', 'dockerd'), dockerd_version: '29.4.3', rootlesskit_version: '2.3.5',
      setuptool: join(home, 'bin', 'dockerd-rootless-setuptool.sh'), install_method: 'script', home_bin_dockerd: 'yes', home_bin_in_path: 'yes',
      daemon_json: 'present', data_root: `${root}/data`, data_root_exists: 'yes', userland_proxy: 'false', containerd_snapshotter: 'true', icc: 'unset',
    });
    // Without a user journal (none here) the log section is the data root's *.log, each line at most 4000 characters.
    if (v.log_source!.startsWith('file:')) {
      const log = parseDoctorReport(run.result.stdout).log.split('\n');
      expect(v.log_source).toBe(`file:${root}/data/dockerd.log`);
      expect(log).toContain('glob * and $(id) and `id` stay text');
      expect(log.at(-1)).toContain('Daemon has completed initialization');
      expect(log.find((l) => l.startsWith('long '))).toHaveLength(4000);
    }
    expect(v).toMatchObject({ systemctl_user: 'unknown', newuidmap: join(home, 'bin', 'newuidmap'), newuidmap_privileged: 'caps' });
    // The daemon was not asked to the end (its `docker version` timed out): neither reachable nor unreachable.
    expect(v).toMatchObject({ docker_endpoint: `unix://${root}/engine.sock`, engine_reachable: 'unknown' });
    expect(v.slow_commands).toContain('docker');
    // A module list the script cannot read is unknown, never empty: detect rules read an empty list as "the module is missing".
    const builtinList = `/lib/modules/${release()}/modules.builtin`;
    if (!isReadable(builtinList)) expect(v.modules_builtin).toBe('unknown');
    else expect(v.modules_builtin).not.toBe('unknown');
    if (!isReadable('/proc/modules')) expect(v.modules_loaded).toBe('unknown');
    else expect(v.modules_loaded).not.toBe('unknown');
    // Our fake rootlesskit runs as the current user: only that user's report may read its --net.
    if (runner.uid === SELF.uid) expect(v).toMatchObject({ network_driver: 'pasta', port_driver: 'pesto', network_driver_source: 'process', detach_netns: 'yes' });
    else expect(v.network_driver_source).not.toBe('process');
  }, 60_000);

  test('--help prints usage and exits 0; an unknown option exits 2 with usage on stderr', () => {
    const help = runDoctor(shell, RUNNERS[0]!, ['--help']);
    expect(help.result.status).toBe(0);
    expect(help.result.stdout).toMatch(/^Usage: sh doctor\.sh \[--redact\]/);
    const bad = runDoctor(shell, RUNNERS[0]!, ['--frobnicate']);
    expect(bad.result.status).toBe(2);
    expect(bad.result.stdout).toBe('');
    expect(bad.result.stderr).toContain('unknown option: --frobnicate');
    expect(bad.result.stderr).toContain('Usage: sh doctor.sh');
  }, 60_000);
});

describe('doctor.sh --redact', () => {
  test('replaces the user name, home and host name', () => {
    const runner = RUNNERS.at(-1)!;
    const run = runDoctor(SHELLS[0]!, runner, ['--redact']);
    const v = expectWellFormed(run, 'redacted');
    expect(v).toMatchObject({ user: 'USER', home: '/home/USER', dockerd: '/home/USER/bin/dockerd', install_method: 'script' });
    expect(run.result.stdout).not.toContain(home);
    expect(run.result.stdout).not.toContain('brien');
    // Names must be gone from every place they could be: the user line, paths and URLs, and the log.
    const word = (name: string) => new RegExp(`(^|[^A-Za-z0-9_-])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^A-Za-z0-9_-])`);
    const lines = run.result.stdout.split('\n');
    const logAt = lines.indexOf('# log');
    const exposed = [...keyLines(run.result.stdout).filter(([k, val]) => k === 'user' || /[/@]/.test(val)).map(([k, val]) => `${k}=${val}`), ...lines.slice(logAt + 1)];
    for (const name of [runner.user, hostname()].filter((n) => n !== '' && n !== 'localhost')) {
      expect(exposed.filter((l) => word(name).test(l)), `lines still naming ${name}`).toEqual([]);
    }
  }, 60_000);
});

describe('doctor.sh piped into sh (curl … | sh -s -- --redact)', () => {
  test('no command eats the script from stdin: the report is complete', () => {
    const run = runDoctor(SHELLS[0]!, RUNNERS[0]!, ['--redact'], { input: SCRIPT_TEXT });
    expectWellFormed(run, 'piped');
  }, 60_000);
});

describe('doctor.sh source', () => {
  const allLines = SCRIPT_TEXT.split('\n');
  const header = allLines.slice(0, allLines.findIndex((l) => !l.startsWith('#'))).join('\n');
  // Code lines, with single-quoted text (usage, formats) blanked: `<site>/doctor.sh` is not a redirection.
  const code = SCRIPT_TEXT.split('\n').filter((l) => !/^\s*#/.test(l)).join('\n').replace(/'[^']*'/g, "''");

  test('the header documents the format, every key and the commands it runs', () => {
    expect(header).toContain('# rootless-doctor report v1');
    expect(header).toContain('# Commands this script runs');
    for (const key of REPORT_KEYS) expect(header, `key ${key} not documented in the header`).toMatch(new RegExp(`[ #]${key}\\b`));
  });

  test('writes nowhere: every redirection goes to /dev/null or another descriptor, no file-writing command', () => {
    const targets = [...code.matchAll(/\d?>>?\s*(&\d|"[^"]*"|[^\s;|&)]+)/g)].map((m) => m[1]);
    expect(targets.filter((t) => t !== '/dev/null' && !/^&\d$/.test(t!))).toEqual([]);
    // No here-document either: bash before 5.1 (RHEL 8's sh) writes each one to a temporary file.
    expect(code.match(/<<-?\s*['"]?\w+/g) ?? []).toEqual([]);
    for (const cmd of ['mktemp', 'touch', 'tee', 'mkdir', 'rm', 'cp', 'mv', 'ln', 'chmod', 'chown', 'sudo', 'dd', 'install', 'curl', 'wget', 'apt-get', 'dnf', 'modprobe', 'sysctl', 'loginctl enable', 'systemctl start', 'systemctl restart']) {
      expect(code, `the script runs ${cmd}`).not.toMatch(new RegExp(`(^|[\\s;|&(])${cmd}(\\s|$)`, 'm'));
    }
  });

  test.skipIf(shellcheckSkipReason() !== undefined)('shellcheck -s sh finds nothing', () => {
    expect(shellcheck(SCRIPT_TEXT)).toEqual([]);
  });
});
