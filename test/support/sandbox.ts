/**
 * A sandbox for running generated commands for real: a temporary HOME, and a PATH where every
 * command that could touch the system is a stub that logs its arguments and stdin. A few stubs
 * run the real tool when every path they are given lies inside the sandbox (mkdir, cp, mv, jq,
 * python3, tee), so daemon.json merging can be checked on real files.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

/** Commands replaced by logging stubs; those in REAL_INSIDE also run for real on sandbox paths. */
const STUBBED = [
  'sudo', 'tee', 'systemctl', 'loginctl', 'machinectl', 'apt-get', 'dnf', 'zypper', 'pacman', 'modprobe', 'sysctl', 'setcap',
  'usermod', 'docker', 'dockerd-rootless-setuptool.sh', 'dockerd-rootless.sh', 'rootlesskit', 'nsenter', 'sudoedit', 'setfacl',
  'getsubids', 'nvidia-ctk', 'mkdir', 'cp', 'mv', 'rm', 'chmod', 'chown', 'install', 'ln', 'apparmor_parser', 'semanage', 'grubby',
  'update-grub', 'reboot', 'shutdown', 'kill', 'pkill', 'ip', 'iptables', 'curl', 'wget', 'sh', 'bash', 'jq', 'python3', 'useradd', 'passwd', 'chsh',
];
/** Stubs that run the real tool when all their path arguments are inside the sandbox. */
const REAL_INSIDE = new Set(['mkdir', 'cp', 'mv', 'tee', 'jq', 'python3', 'rm']);
/** Harmless tools the commands read with; linked in as they are. */
const PLAIN_TOOLS = ['printf', 'sed', 'grep', 'dirname', 'basename', 'cat', 'id', 'whoami', 'env', 'test', '[', 'true', 'false', 'head', 'tail', 'sort', 'cut', 'tr', 'awk', 'stat', 'ls', 'uname', 'command', 'wc'];

/** A prepared sandbox. */
export interface Sandbox {
  /** The sandbox's HOME. */
  home: string;
  /** Runs a script under a shell in the sandbox; returns its status, output and the log of stubbed calls. */
  run: (shell: 'bash' | 'dash', script: string, options?: { without?: string[] }) => { status: number | null; stdout: string; stderr: string; calls: Call[] };
  /** Every file under HOME (what scripts wrote), then cleared for the next run. */
  files: () => { path: string; text: string }[];
  /** Removes the sandbox. */
  dispose: () => void;
}

/** One stubbed command call: its name, arguments and stdin. */
export interface Call { name: string; args: string[]; stdin: string }

/** The stub: logs name, args (NUL-separated) and stdin to $RD_LOG, then maybe runs the real tool. */
function stubScript(name: string, real: string | undefined): string {
  const runReal = real === undefined ? 'exit 0' : `for a in "$@"; do case $a in /*) case $a in "$HOME"/*|"$HOME") ;; *) exit 0 ;; esac ;; esac; done\nexec ${real} "$@"`;
  const passStdin = name === 'sudo' ? '' : 'if [ ! -t 0 ]; then input=$(cat; printf x); input=${input%x}; else input=; fi';
  const forward = real !== undefined && name !== 'sudo' ? `printf '%s' "$input" | {\n${runReal}\n}` : runReal;
  return `#!/bin/sh
${passStdin}
{ printf 'CALL\\036%s' ${JSON.stringify(name)}; for a in "$@"; do printf '\\037%s' "$a"; done; printf '\\036%s\\035' "\${input:-}"; } >> "$RD_LOG"
${name === 'sudo' ? 'exec "$@"' : forward}
`;
}

/** Creates a sandbox with stubs for every command in STUBBED. */
export function createSandbox(): Sandbox {
  const root = mkdtempSync(join(tmpdir(), 'rd-sandbox-'));
  const home = join(root, 'home');
  const bin = join(root, 'bin');
  mkdirSync(home);
  mkdirSync(bin);
  const which = (tool: string) => tool === 'python3'
    ? spawnSync('python3', ['-c', 'import sys; print(sys.executable)'], { encoding: 'utf8' }).stdout?.trim() ?? ''
    : spawnSync('sh', ['-c', `command -v ${tool}`], { encoding: 'utf8' }).stdout.trim();
  for (const tool of PLAIN_TOOLS) {
    const path = which(tool);
    if (path.startsWith('/')) writeFileSync(join(bin, tool), `#!/bin/sh\nexec ${path} "$@"\n`, { mode: 0o755 });
  }
  for (const name of STUBBED) {
    const real = REAL_INSIDE.has(name) ? which(name) : '';
    writeFileSync(join(bin, name), stubScript(name, real.startsWith('/') ? real : undefined), { mode: 0o755 });
  }
  return {
    home,
    run(shell, script, options = {}) {
      const log = join(root, `log-${Math.random().toString(36).slice(2)}`);
      writeFileSync(log, '');
      for (const name of options.without ?? []) renameSync(join(bin, name), join(root, `hidden-${name}`));
      const shellPath = which(shell);
      const r = spawnSync(shellPath, ['-c', script], {
        encoding: 'utf8', cwd: home, timeout: 20_000,
        env: { PATH: bin, HOME: home, RD_LOG: log, LC_ALL: 'C.UTF-8', XDG_RUNTIME_DIR: join(home, 'run') },
      });
      for (const name of options.without ?? []) renameSync(join(root, `hidden-${name}`), join(bin, name));
      const calls = readFileSync(log, 'utf8').split('\u001d').filter((c) => c.startsWith('CALL')).map((c) => {
        const [, head = '', stdin = ''] = c.split('\u001e');
        const [name = '', ...args] = head.split('\u001f');
        return { name, args, stdin };
      });
      rmSync(log);
      return { status: r.status, stdout: r.stdout, stderr: r.stderr, calls };
    },
    files() {
      const found = readdirSync(home, { recursive: true, withFileTypes: true }).filter((d) => d.isFile())
        .map((d) => ({ path: join(d.parentPath, d.name), text: readFileSync(join(d.parentPath, d.name), 'utf8') }));
      rmSync(home, { recursive: true, force: true });
      mkdirSync(home);
      return found;
    },
    dispose: () => rmSync(root, { recursive: true, force: true }),
  };
}
