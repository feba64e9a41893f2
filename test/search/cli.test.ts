import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';

/** Runs `npm run --silent match -- …args`, feeding stdin through a shell pipeline when `shell` is given. */
function match(args: string[], input = '', env: Record<string, string> = {}) {
  const run = spawnSync('npm', ['run', '--silent', 'match', '--', ...args], { input, encoding: 'utf8', cwd: process.cwd(), env: { ...process.env, LANG: 'C.UTF-8', ...env }, timeout: 60_000 });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}
function pipeline(command: string, env: Record<string, string> = {}) {
  const run = spawnSync('bash', ['-c', command], { encoding: 'utf8', cwd: process.cwd(), env: { ...process.env, LANG: 'C.UTF-8', ...env }, timeout: 60_000 });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

const dir = mkdtempSync(join(tmpdir(), 'rd-match-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run match', () => {
  test('prints JSON results with their confidence, keeping the fields scripts read', () => {
    const { status, stdout } = match(['--json'], 'Nov 29 09:15:27 h dockerd-rootless.sh[9]: could not get XDG_RUNTIME_DIR\n');
    expect(status).toBe(0);
    const out = JSON.parse(stdout) as { confidence: string; results: Record<string, unknown>[] };
    expect(out.confidence).toBe('high');
    expect(out.results[0]).toMatchObject({ slug: 'xdg-runtime-dir', line: 'could not get XDG_RUNTIME_DIR', signature: 'could not get XDG_RUNTIME_DIR' });
    expect(Object.keys(out.results[0] ?? {}).sort()).toEqual(['line', 'score', 'signature', 'slug', 'title', 'url']);
  });

  test('says when what matched is one of the entry\'s phrases, not an error a program prints (text and JSON)', () => {
    const question = 'rootless docker 80 端口绑定失败\n';
    expect(JSON.parse(match(['--json'], question).stdout).results[0]).toMatchObject({ slug: 'privileged-port', phrase: true });
    expect(match([], question).stdout).toMatch(/对应的常见说法：/);
  });

  test('says when an answer comes from a phrase said across several lines, in JSON and in text', () => {
    const prose = ['We run rootless Docker 29 on Debian 12.', 'The app writes its cache under /srv/app, which we pass in as a bind mount.',
      'Inside the container the entrypoint runs as uid 1000.', 'Every write there fails with permission denied, and the folder shows up as owned by root.', 'It worked before we moved the host over last week.', ''].join('\n');
    const json = JSON.parse(match(['--json'], prose).stdout) as { results: { slug: string; spread?: boolean; line: string }[] };
    expect(json.results.find((r) => r.slug === 'bind-mount-ownership')).toMatchObject({ spread: true });
    expect(match([], prose).stdout).toMatch(/粘贴内容分几行说到了：.+\n {3}其中一行：/);
    expect(match([], prose, { LANG: 'en_US.UTF-8' }).stdout).toMatch(/said across several lines of the paste: .+\n {3}one of them: /);
  });

  test('waits for a slow producer instead of failing (a pipe from ssh or journalctl)', () => {
    const { status, stdout } = pipeline("(sleep 1; printf '%s\\n' 'could not get XDG_RUNTIME_DIR') | npm run --silent match -- --json");
    expect(status).toBe(0);
    expect(JSON.parse(stdout).results[0].slug).toBe('xdg-runtime-dir');
  });

  test('reads an endless input in bounded memory, and ends', () => {
    const { status, stderr } = pipeline('timeout 60 node_modules/.bin/node --import ./test/support/report-rss.ts scripts/match.ts /dev/zero');
    expect(status).toBe(2);
    expect(stderr).toContain('读到的内容里没有文字');
    expect(Number(/max-rss-kb (\d+)/.exec(stderr)?.[1])).toBeLessThan(400 * 1024);
  });

  test('answers empty input with a usage line and exit 2', () => {
    const { status, stderr } = match([], '');
    expect(status).toBe(2);
    expect(stderr).toContain('用法：npm run --silent match');
  });

  test('says in Chinese when nothing is confident, with the wizard, and speaks English with LANG=en', () => {
    expect(match([], 'npm ERR! code ERESOLVE\n').stdout).toMatch(/没有(足够可信的答案|找到匹配的问题)[\s\S]*\/wizard\//);
    expect(match([], 'npm ERR! code ERESOLVE\n', { LANG: 'en_US.UTF-8' }).stdout).toMatch(/No (confident answer|matching problem)[\s\S]*\/wizard\//);
  });

  test('shows two close causes as such, each with the check that tells them apart', () => {
    const { status, stdout } = match([], '[rootlesskit:parent] error: failed to start the child: fork/exec /proc/self/exe: operation not permitted\n');
    expect(status).toBe(0);
    expect(stdout).toMatch(/^两个可能的原因/);
    const [first, second] = stdout.split(/\n(?=\d\. )/).slice(1);
    for (const cause of [first, second]) expect(cause).toMatch(/\n {3}检查：\S.*\n {3}如果是这个原因，输出会是：\S/);
  });

  test('an error two entries share, in a paste that names where the problem happens, puts that entry first and says which words named it (text and JSON)', () => {
    const paste = 'docker run -d --name dind-rootless --privileged docker:dind-rootless\n[rootlesskit:parent] error: failed to setup UID/GID map: newuidmap 57 [0 1000 1 1 100000 65536] failed: newuidmap: write to uid_map failed: Operation not permitted\n';
    const text = match([], paste).stdout;
    expect(text).toMatch(/^两个可能的原因/);
    expect(text).toMatch(/\n1\. 在容器里运行 rootless Docker 失败[^\n]*\n[^\n]*\n {3}匹配的行：[^\n]*write to uid_map failed[^\n]*\n {3}粘贴内容提到了这个问题常见的环境：dind-rootless\n {3}检查：grep Seccomp \/proc\/self\/status; cat \/proc\/self\/uid_map\n/);
    const json = JSON.parse(match(['--json'], paste).stdout) as { results: { slug: string; place?: string }[] };
    expect(json.results.slice(0, 2).map((r) => r.slug)).toEqual(['rootless-in-container', 'newuidmap-not-privileged']);
    expect(json.results[0]?.place).toBe('dind-rootless');
    expect(json.results[1]).not.toHaveProperty('place');
  });

  test('lists results after two close causes apart, as possibly related', () => {
    const { stdout } = match([], '[rootlesskit:parent] error: failed to setup UID/GID map: failed to compute uid/gid map: open /etc/subuid: no such file or directory\n');
    expect(stdout).toMatch(/^两个可能的原因/);
    expect(stdout).toMatch(/\n2\. [^\n]+\n(?: {3}[^\n]*\n)+\n其他可能相关的问题（把握更小）：\n\n3\. /);
    expect(stdout.match(/其他可能相关的问题/g)).toHaveLength(1);
  }, 30_000);

  test('says why an error that reads like an entry\'s is no answer: the line, and the page that explains where it comes from (text and JSON)', () => {
    const flushed = 'docker: Error response from daemon: driver failed programming external connectivity on endpoint web (0f3c): (iptables failed: iptables --wait -t nat -A DOCKER -p tcp -d 0/0 --dport 80 -j DNAT --to-destination 172.17.0.3:80 ! -i docker0: iptables: No chain/target/match by that name.\n';
    const text = match([], flushed, { SITE_URL: 'https://docs.example.com' }).stdout;
    expect(text).toMatch(/^这段报错看着像本站某个问题的，其实多半另有原因：\n {3}docker: Error response from daemon: driver failed programming external connectivity/);
    expect(text).toContain('https://docs.example.com/troubleshooting/iptables-missing/#lookalikes');
    expect(text).not.toMatch(/^最可能的问题/m);
    const json = JSON.parse(match(['--json'], flushed).stdout) as { confidence: string; lookalike?: Record<string, string> };
    expect(json.confidence).toBe('low');
    expect(json.lookalike).toMatchObject({ slug: 'iptables-missing', url: '/troubleshooting/iptables-missing/#lookalikes' });
    expect(JSON.parse(match(['--json'], 'could not get XDG_RUNTIME_DIR\n').stdout)).not.toHaveProperty('lookalike');
  }, 30_000);

  test('says when an answer\'s paste does not say rootless Docker, and how to check (text and JSON)', () => {
    const gpu = [
      '$ docker run --rm --gpus all nvidia/cuda:12.4.0-base-ubuntu22.04 nvidia-smi',
      "Unable to find image 'nvidia/cuda:12.4.0-base-ubuntu22.04' locally",
      '12.4.0-base-ubuntu22.04: Pulling from nvidia/cuda',
      'Status: Downloaded newer image for nvidia/cuda:12.4.0-base-ubuntu22.04',
      'nvidia-container-cli: mount error: failed to add device rules: unable to find any existing device filters attached to the cgroup: bpf_prog_query(BPF_CGROUP_DEVICE) failed: operation not permitted: unknown.',
    ].join('\n');
    const text = match([], gpu).stdout;
    expect(text).toMatch(/^注意：这段日志没说用的是 rootless Docker.*\n先确认：用出错时的同一用户运行 docker info -f '\{\{\.SecurityOptions\}\}'（出错时加了 sudo 就也加 sudo，DOCKER_HOST 也保持一样），输出里有 name=rootless/);
    expect(match([], gpu.replace('$ docker', '$ sudo docker')).stdout).toMatch(/^注意：这段内容提到了「sudo docker」，像是 root 模式的 Docker 或别的平台/);
    expect(text).toMatch(/\n最可能的问题：\n\n1\. .*\n {3}\/troubleshooting\/nvidia-gpu\//);
    const json = JSON.parse(match(['--json'], gpu.replace('$ docker', '$ sudo docker')).stdout) as { origin?: unknown; results: { slug: string }[] };
    expect(json.origin).toEqual({ kind: 'elsewhere', word: 'sudo docker' });
    expect(json.results[0]?.slug).toBe('nvidia-gpu');
    const rootless = JSON.parse(match(['--json'], `${gpu}\n(rootless docker 29.1)`).stdout) as { origin?: unknown; results: { slug: string }[] };
    expect(rootless.results[0]?.slug).toBe('nvidia-gpu');
    expect(rootless).not.toHaveProperty('origin');
  }, 30_000);

  test('with no answer, says that the paste names another platform (text and JSON)', () => {
    const lxc = 'docker pull on Proxmox in an unprivileged LXC container:\nfailed to register layer: ApplyLayer exit status 1 stdout:  stderr: lchown /usr/bin/expiry: invalid argument';
    const text = match([], lxc).stdout;
    expect(text).toMatch(/^注意：这段内容提到了「Proxmox」，像是 root 模式的 Docker 或别的平台/);
    expect(text).toContain('没有足够可信的答案');
    const json = JSON.parse(match(['--json'], lxc).stdout) as { confidence: string; origin?: unknown; results: { slug: string }[] };
    expect(json).toMatchObject({ confidence: 'low', origin: { kind: 'elsewhere', word: 'Proxmox' }, results: [{ slug: 'pull-lchown-invalid-argument' }] });
    expect(match([], lxc, { LANG: 'en_US.UTF-8' }).stdout).toMatch(/^Note: this mentions "Proxmox".*\nCheck first: .*the results below apply when it prints name=rootless/);
    // Nothing even possibly related: the platform it names is still said, as the reason.
    const wsl = match([], 'docker run -p 80:80 nginx on WSL2: Error starting userland proxy: listen tcp4 0.0.0.0:80: bind: permission denied\n').stdout;
    expect(wsl).toMatch(/^没有找到匹配的问题。\n注意：这段内容提到了「WSL2」/);
  }, 30_000);

  test('reads a file argument and prints full URLs when SITE_URL is set', () => {
    const file = join(dir, 'paste.txt');
    writeFileSync(file, 'ping 不通\n');
    const { status, stdout } = match([file], '', { SITE_URL: 'https://docs.example.com', BASE_PATH: '/rootless/' });
    expect(status).toBe(0);
    expect(stdout).toContain('https://docs.example.com/rootless/troubleshooting/ping-not-working/');
    expect(stdout).toMatch(/^最可能的问题：|^两个可能的原因/);
  });

  test('fails with usage on a missing file, and with --json says so as JSON', () => {
    const { status, stderr } = match([join(dir, 'nope.txt')]);
    expect(status).toBe(2);
    expect(stderr).toContain('读不了');
    const json = match(['--json', join(dir, 'nope.txt')]);
    expect(json.status).toBe(2);
    expect(JSON.parse(json.stdout)).toMatchObject({ error: expect.stringContaining('nope.txt') });
  });

  test('names an option it does not know', () => {
    const { status, stderr } = match(['--jsn'], 'x\n');
    expect(status).toBe(2);
    expect(stderr).toContain('不认识的选项：--jsn');
  });

  test('reads a relative file name from the directory it was started in, not the package\'s', () => {
    writeFileSync(join(dir, 'paste.txt'), 'could not get XDG_RUNTIME_DIR\n');
    const { status, stdout } = pipeline(`cd ${dir} && npm --prefix ${process.cwd()} run --silent match -- --json paste.txt`);
    expect(status).toBe(0);
    expect(JSON.parse(stdout).results[0].slug).toBe('xdg-runtime-dir');
  });

  test('examines as much of a long log as the matcher does: an error 50 KB before the end is found', () => {
    const noise = 'Dec 05 10:00:00 h dockerd-rootless.sh[9]: time="2026-12-05T10:00:00Z" level=info msg="serving API"\n'.repeat(600);
    const { stdout } = match(['--json'], `${noise}could not get XDG_RUNTIME_DIR\n${noise}`);
    expect(JSON.parse(stdout).results[0]?.slug).toBe('xdg-runtime-dir');
  });

  test('fails, not succeeds, when its output cannot be written', () => {
    const { status, stderr } = pipeline("printf 'could not get XDG_RUNTIME_DIR\\n' | npm run --silent match > /dev/full");
    expect(status).toBe(1);
    expect(stderr).toContain('cannot write the output');
  });
});

describe('npm run match with a doctor report', () => {
  const report = readFileSync(join(process.cwd(), 'test/fixtures/reports/multi-debian10-no-subuid-no-linger.txt'), 'utf8');

  test('`sh doctor.sh | npm run match` diagnoses the report: every problem in order, then one script', () => {
    const { status, stdout } = match([], report);
    expect(status).toBe(0);
    expect(stdout).toMatch(/^这台机器：Debian 10/);
    expect(stdout).toContain('发现 5 个问题，按修复顺序：');
    expect(stdout.indexOf('/troubleshooting/subuid-missing/')).toBeLessThan(stdout.indexOf('/troubleshooting/ping-not-working/'));
    expect(stdout).toContain('#!/bin/sh');
  });

  test('--script prints only the script, ready for a file; --json gives the problems with their evidence', () => {
    const script = match(['--script'], report);
    expect(script.stdout.startsWith('#!/bin/sh\n')).toBe(true);
    expect(script.stdout).toContain('sudo loginctl enable-linger alice');
    const json = JSON.parse(match(['--json'], report).stdout) as { kind: string; problems: { slug: string; evidence: { kind: string } }[] };
    expect(json.kind).toBe('doctor-report');
    expect(json.problems.map((p) => p.slug)).toEqual(['subuid-missing', 'userns-clone-disabled', 'daemon-not-autostart', 'ping-not-working', 'resource-flags-ignored']);
  });

  test('--script on something that is not a report is a usage error', () => {
    const { status, stderr } = match(['--script'], 'could not get XDG_RUNTIME_DIR\n');
    expect(status).toBe(2);
    expect(stderr).toContain('不是诊断报告');
  });

  test('reads a report quoted in a mail reply as the report itself', () => {
    const quoted = match(['--json'], report.replace(/^/gm, '> '));
    expect(JSON.parse(quoted.stdout).problems.map((p: { slug: string }) => p.slug)).toEqual(['subuid-missing', 'userns-clone-disabled', 'daemon-not-autostart', 'ping-not-working', 'resource-flags-ignored']);
  });

  test('a report mangled past reading is said to be so (exit 2), never called healthy', () => {
    const { status, stdout } = match([], report.replace(/^([a-z_]+)=/gm, '$1: '));
    expect(status).toBe(2);
    expect(stdout).toContain('这份报告读不出来');
    expect(stdout).not.toContain('没有发现本站已知的问题');
    expect(stdout).toMatch(/报告本身的问题：\n {3}/);
  });

  test('--script says on stderr, and in the script, why a value of the report was not used', () => {
    const { status, stdout, stderr } = match(['--script'], report.replace(/^user=.*$/m, 'user=ali\u200bce'));
    expect(status).toBe(0);
    // The hidden character is refused, not cleaned into "alice".
    expect(stderr).toContain('U+200B');
    expect(stdout).toMatch(/^# 注意：报告里的 user 值不能写进命令/m);
    expect(stdout).not.toContain('enable-linger alice');
    expect(stdout).toContain('sudo loginctl enable-linger "$(whoami)"');
  });

  test('--script exits 3, with no script, when the first step must be run by hand (an empty fix.sh must not look like a fix)', () => {
    const byHand = readFileSync(join(process.cwd(), 'test/fixtures/reports/subid-file-format-ubuntu2204.txt'), 'utf8');
    const { status, stdout, stderr } = match(['--script'], byHand);
    expect([status, stdout]).toEqual([3, '']);
    expect(stderr).toContain('第一步就要在你自己的终端里亲手运行');
    expect(match([], byHand).stdout).toContain('没有一次修复全部问题的脚本');
  });

  test('a log line whose look-alike cause the report rules out is still said, with the entry ruled out (text and JSON)', () => {
    const healthy = readFileSync(join(process.cwd(), 'test/fixtures/reports/healthy-ubuntu2404.txt'), 'utf8').replace(/^# end$/m, 'Dec 05 10:00:00 h dockerd-rootless.sh[9]: could not get XDG_RUNTIME_DIR\n# end');
    expect(match([], healthy).stdout).toMatch(/日志里的这一行看着像下面这个问题，但报告显示不是它，原因要另外找：\n {3}启动失败：could not get XDG_RUNTIME_DIR {2}could not get XDG_RUNTIME_DIR/);
    const json = JSON.parse(match(['--json'], healthy).stdout) as { problems: unknown[]; logRuledOut: { slug: string }[] };
    expect([json.problems, json.logRuledOut.map((m) => m.slug)]).toEqual([[], ['xdg-runtime-dir']]);
  });

  test('the real doctor.sh output piped in is recognised as a report (whatever this machine has)', () => {
    const { status, stdout } = pipeline('sh public/doctor.sh | npm run --silent match -- --json');
    expect(status).toBe(0);
    expect(JSON.parse(stdout).kind).toBe('doctor-report');
  });
});
