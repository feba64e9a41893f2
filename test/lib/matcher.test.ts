import { describe, expect, test } from 'vitest';
import { MAX_PASTE_CHARS } from '../../src/lib/paste.ts';
import { COMMON_ERROR_TEXT } from '../../src/lib/common-errors.ts';
import { typoCorrector } from '../../src/lib/typo-corrector.ts';
import { chatterAround, createMatcher, isProgramOutput, lightness, MIN_CONFIDENCE, preferSupported, preferSetting, putFallbacksUnderAnswer, settingPattern, type MatchableItem } from '../../src/lib/matcher.ts';
import { normalisePaste } from '../../src/lib/log-normalise.ts';

/** A small stand-in for the content: look-alike entries whose signatures overlap on purpose. */
const ITEMS: MatchableItem[] = [
  {
    slug: 'no-space', title: 'No space',
    errors: ['[rootlesskit:parent] error: failed to start the child: fork/exec /proc/self/exe: no space left on device'],
    symptoms: ['max_user_namespaces 为 0', 'user namespaces limit reached'],
  },
  {
    slug: 'clone', title: 'Clone',
    errors: ['[rootlesskit:parent] error: failed to start the child: fork/exec /proc/self/exe: operation not permitted'],
    symptoms: ['unprivileged_userns_clone 为 0', '守护进程启动失败 operation not permitted'],
  },
  {
    slug: 'lchown-invalid', title: 'lchown invalid',
    errors: ['docker: failed to register layer: Error processing tar file(exit status 1): lchown <FILE>: invalid argument'],
    symptoms: ['docker pull lchown invalid argument', 'subuid 数量太少'],
  },
  {
    slug: 'lchown-nfs', title: 'lchown NFS',
    errors: ['docker: failed to register layer: ApplyLayer exit status 1 stdout: stderr: lchown <FILE>: operation not permitted'],
    symptoms: ['家目录在 NFS 上 rootless docker 拉取镜像失败', 'docker pull lchown operation not permitted'],
  },
  { slug: 'ping', title: 'Ping', errors: [], symptoms: ['ping 不通', '容器里 ping 失败', 'ping_group_range 1 0'] },
  {
    slug: 'port', title: 'Port',
    errors: ['cannot expose privileged port 80, you might need to add "net.ipv4.ip_unprivileged_port_start=0" (currently 1024) to /etc/sysctl.conf: listen tcp 0.0.0.0:80: bind: permission denied.'],
    symptoms: ['80 端口 permission denied', 'docker run -p 80:80 失败'],
  },
  {
    slug: 'xtables', title: 'xtables',
    errors: ["iptables failed: iptables -t nat -N DOCKER: Fatal: can't open lock file /run/xtables.lock: Permission denied"],
    symptoms: ['SELinux rootless docker iptables 失败'],
  },
  { slug: 'xdg', title: 'XDG', errors: ['could not get XDG_RUNTIME_DIR'], symptoms: ['XDG_RUNTIME_DIR 为空'] },
  { slug: 'ping-limit', title: 'Ping limitation', kind: 'limitation', errors: [], symptoms: ['ping 不通'] },
];

const background = COMMON_ERROR_TEXT;
const matcher = createMatcher(ITEMS, { background, typos: typoCorrector });
const first = (paste: string) => matcher.match(paste).results[0]?.slug;

describe('createMatcher', () => {
  test.each([
    ['no space left after fork/exec', 'Nov 29 09:15:27 h dockerd-rootless.sh[12]: [rootlesskit:parent] error: failed to start the child: fork/exec /proc/self/exe: no space left on device', 'no-space'],
    ['operation not permitted after fork/exec', '[rootlesskit:parent] error: failed to start the child: fork/exec /proc/self/exe: operation not permitted', 'clone'],
    ['lchown with invalid argument', 'failed to register layer: Error processing tar file(exit status 1): lchown /usr/bin/write: invalid argument', 'lchown-invalid'],
    ['lchown with operation not permitted', 'ApplyLayer exit status 1 stdout:  stderr: lchown /etc/shadow: operation not permitted', 'lchown-nfs'],
    ['a short Chinese phrase', 'ping 不通', 'ping'],
    ['a port in Chinese', '443 端口', 'port'],
    ['another privileged port', 'cannot expose privileged port 53: listen udp 0.0.0.0:53: bind: permission denied', 'port'],
    ['a file name alone', 'xtables.lock', 'xtables'],
    ['a logrus wrapper', 'time="2024-05-02T07:11:45Z" level=fatal msg="could not get XDG_RUNTIME_DIR"', 'xdg'],
    ['a typo in a typed query', 'could not get XDG_RUNTME_DIR', 'xdg'],
  ])('ranks the right entry first for %s', (_what, paste, slug) => {
    expect(first(paste)).toBe(slug);
  });

  test('returns the paste line that matched, as plain text without log prefixes', () => {
    const paste = 'Starting up\nNov 29 09:15:27 host dockerd-rootless.sh[1234]: could not get XDG_RUNTIME_DIR\nbye';
    expect(matcher.match(paste).results[0]?.line).toBe('could not get XDG_RUNTIME_DIR');
  });

  test('finds both problems in a log that has two', () => {
    const paste = [
      'could not get XDG_RUNTIME_DIR',
      'some unrelated output',
      "iptables failed: iptables -t nat -N DOCKER: Fatal: can't open lock file /run/xtables.lock: Permission denied (exit status 4)",
    ].join('\n');
    expect(matcher.match(paste).results.slice(0, 2).map((r) => r.slug).sort()).toEqual(['xdg', 'xtables']);
  });

  test('ranks a limitation below an entry with the same phrase', () => {
    expect(matcher.match('ping 不通').results.map((r) => r.slug).slice(0, 2)).toEqual(['ping', 'ping-limit']);
  });

  test('gives confidences between the threshold and 1, best first', () => {
    const { results } = matcher.match('fork/exec /proc/self/exe: no space left on device');
    expect(results.length).toBeGreaterThan(0);
    for (const r of results) expect(r.score).toBeGreaterThanOrEqual(MIN_CONFIDENCE);
    for (const r of results) expect(r.score).toBeLessThanOrEqual(1);
    expect(results.map((r) => r.score)).toEqual([...results.map((r) => r.score)].sort((a, b) => b - a));
  });

  test.each([
    ['a generic complaint', 'permission denied'],
    ['another tool', 'npm ERR! code ERESOLVE\nnpm ERR! ERESOLVE unable to resolve dependency tree'],
    ['a registry error', 'Error response from daemon: manifest for acme/api:latest not found: manifest unknown'],
  ])('returns nothing confident for %s', (_what, paste) => {
    expect(matcher.match(paste).results).toEqual([]);
  });

  test('reads a paste of nothing but commands as their output (the numbers they printed are erased)', () => {
    const alone = matcher.match('cat /proc/sys/net/ipv4/ping_group_range').results[0];
    const typed = matcher.match('$ cat /proc/sys/net/ipv4/ping_group_range\n1\t0').results[0];
    expect(typed?.slug).toBe('ping');
    expect(typed?.score).toBe(alone?.score);
    // Beside other output (four lines: a log, not a typed query) a command is context again.
    expect(matcher.match('$ cat /proc/sys/net/ipv4/ping_group_range\nfoo\nbar\nbaz').results[0]?.score ?? 0).toBeLessThan((alone?.score ?? 0) * 0.6);
  });

  test('never answers a paste from another engine that does not mention Docker, but still relates it', () => {
    const line = "iptables failed: iptables -t nat -N DOCKER: Fatal: can't open lock file /run/xtables.lock: Permission denied";
    expect(matcher.match(line).confidence).not.toBe('low');
    const outcome = matcher.match(`podman run:\n${line.replace('DOCKER', 'NETAVARK')}`);
    expect(outcome.confidence).toBe('low');
    expect(outcome.results[0]?.slug).toBe('xtables');
  });

  test('is not sure of a line that names the file of an error in another folder', () => {
    const line = "iptables failed: iptables -t nat -N DOCKER: Fatal: can't open lock file /run/xtables.lock: Permission denied";
    const elsewhere = matcher.match(line.replace('/run/xtables.lock', '/tmp/xtables.lock')).results[0];
    const there = matcher.match(line).results[0];
    expect(there?.slug).toBe('xtables');
    expect(elsewhere?.score ?? 0).toBeLessThan((there?.score ?? 0) * 0.6);
  });

  test('gives no answer for an error named in another folder, however verbatim the rest (the rootless socket is no empty XDG_RUNTIME_DIR)', () => {
    const empty = createMatcher([{ slug: 'xdg-empty', title: 'XDG empty', errors: ['Cannot connect to the Docker daemon at unix:///docker.sock. Is the docker daemon running?'], symptoms: [] }], { background });
    const line = (socket: string) => `Cannot connect to the Docker daemon at unix://${socket}. Is the docker daemon running?`;
    expect(empty.match(line('/docker.sock')).confidence).toBe('high');
    const elsewhere = empty.match(line('/run/user/1000/docker.sock'));
    expect(elsewhere.confidence).toBe('low');
    expect(elsewhere.results[0]?.slug).toBe('xdg-empty');
  });

  test('answers zsh\'s "command not found: X" and an error for a program the entry covers without listing it as itself', () => {
    const tool = createMatcher([{ slug: 'setup-tool', title: 'setup tool missing', errors: ['dockerd-rootless-setuptool.sh: command not found'], symptoms: [] }], { background });
    expect(tool.match('zsh: command not found: dockerd-rootless-setuptool.sh').results[0]?.slug).toBe('setup-tool');
    expect(tool.match('zsh: command not found: dockerd-rootless-setuptool.sh').confidence).toBe('high');
  });

  test('gives no answer for a line whose URL points at another thing, however verbatim the rest', () => {
    const registry = createMatcher([{ slug: 'local-registry', title: 'local registry', errors: ['Get "http://localhost:56140/v2/": dial tcp 127.0.0.1:56140: connect: connection refused'], symptoms: [] }], { background });
    expect(registry.match('Get "http://127.0.0.1:5000/v2/": dial tcp 127.0.0.1:5000: connect: connection refused').confidence).toBe('high');
    const kubernetes = registry.match('Get "https://0.0.0.0:40245/api?timeout=32s": dial tcp 0.0.0.0:40245: connect: connection refused');
    expect(kubernetes.confidence).toBe('low');
    expect(kubernetes.results[0]?.slug).toBe('local-registry');
  });

  test('reads a line past its first 2,000 characters (a JSON log line whose error follows a long field)', () => {
    const line = `{"level":"error","env":"${'VAR_0=/opt/app;'.repeat(160)}","msg":"could not get XDG_RUNTIME_DIR"}`;
    expect(line.length).toBeGreaterThan(2000);
    const outcome = matcher.match(line);
    expect(outcome.results[0]?.slug).toBe('xdg');
    expect(outcome.confidence).toBe('high');
    // A log of such lines: their pieces must not read as a terminal's wrapped lines and be joined again.
    const log = matcher.match(`${line.replace('error', 'info').replace('could not get XDG_RUNTIME_DIR', 'starting')}\n${line}\n${line.replace('XDG', 'xdg')}`);
    expect([log.results[0]?.slug, log.confidence]).toEqual(['xdg', 'high']);
  });

  test('is not sure of a line that fails the same call with another errno', () => {
    const paste = 'failed to register layer: Error processing tar file(exit status 1): lchown /dev/console: no such file or directory';
    expect(matcher.match(paste).confidence).toBe('low');
    expect(matcher.match(paste.replace('no such file or directory', 'invalid argument')).results[0]?.slug).toBe('lchown-invalid');
  });

  test('in a pasted log, is not sure of a line that repeats only one distinctive word of a short signature', () => {
    const items: MatchableItem[] = [
      { slug: 'iptables', title: 'iptables', errors: ['exec: "iptables": executable file not found in $PATH', '# Install iptables'], symptoms: [] },
      ITEMS[7] as MatchableItem,
    ];
    const small = createMatcher(items, { background });
    const log = (line: string) => ['Starting Docker Application Container Engine...', line, 'done', 'bye'].join('\n');
    expect(small.match(log("ERROR: COMMAND_FAILED: '/sbin/iptables -t filter -C FORWARD -j DOCKER' failed: iptables: No chain/target/match by that name.")).confidence).toBe('low');
    expect(small.match(log('Failed to find iptables: exec: "iptables": executable file not found in $PATH')).results[0]?.slug).toBe('iptables');
  });

  test.each([
    ['empty', ''],
    ['whitespace', '   \n\t\n'],
    ['binary junk', String.fromCharCode(...Array.from({ length: 8192 }, (_, i) => (i * 40503) % 65536))],
    ['NUL bytes', '\u0000\u0000error\u0000'],
    ['emoji and RTL text', '🐳🤔 \u202eשלום عالم\u202c'],
    ['<script>', '<script>alert(1)</script>'],
    ['<img onerror>', '<img src=x onerror=alert(2)>'],
    ['1 MB', 'x'.repeat(1024 * 1024)],
    ['a non-string', null as unknown as string],
  ])('does not throw and finds nothing in %s', (_what, paste) => {
    expect(() => matcher.match(paste)).not.toThrow();
    expect(matcher.match(paste).results).toEqual([]);
  });

  test('keeps HTML in the matched line as the same text', () => {
    const line = '<b>could not get XDG_RUNTIME_DIR</b><img src=x onerror=alert(1)>';
    expect(matcher.match(line).results[0]?.line).toBe(line);
  });

  test('says when a long paste was capped, and still finds the error at its end', () => {
    const paste = `${'noise line\n'.repeat(Math.ceil(MAX_PASTE_CHARS / 10))}could not get XDG_RUNTIME_DIR\n`;
    const { capped, results } = matcher.match(paste);
    expect(capped).toBe(true);
    expect(results[0]?.slug).toBe('xdg');
  });

  test('returns weaker candidates when asked for a lower threshold', () => {
    const loose = createMatcher(ITEMS, { minConfidence: 0, maxResults: 50, background, typos: typoCorrector });
    expect(loose.match('permission denied').results.length).toBeGreaterThan(0);
  });

  test('of two signatures a line has every word of, shows the one the entry lists first, whatever order the line names them in', () => {
    const caps: MatchableItem = {
      slug: 'caps', title: 'Caps',
      errors: ['[rootlesskit:parent] error: failed to setup UID/GID map: newuidmap 5349 [0 1000 1 1 165536 65536] failed', 'newuidmap: Could not set caps'],
      symptoms: [],
    };
    const two = createMatcher([...ITEMS, caps], { background, typos: typoCorrector });
    const log = (line: string) => `Nov 29 09:15:27 h dockerd-rootless.sh[12]: ${line}\nNov 29 09:15:28 h systemd[1]: docker.service: Failed with result 'exit-code'.`;
    for (const line of [
      '[rootlesskit:parent] error: failed to setup UID/GID map: newuidmap 48230 [0 1002 1 1 231072 65536] failed: newuidmap: Could not set caps',
      'Could not set caps: newuidmap; [rootlesskit:parent] error: failed to setup UID/GID map: newuidmap 48230 [0 1002 1 1 231072 65536] failed',
    ]) {
      const [answer] = two.match(log(line)).results;
      expect(answer?.slug).toBe('caps');
      expect(answer?.signature).toBe(caps.errors[0]);
    }
  });

  test('says whether what matched is an error a program prints or one of the entry\'s phrases', () => {
    const error = matcher.match('[rootlesskit:parent] error: failed to start the child: fork/exec /proc/self/exe: no space left on device').results[0];
    expect(error?.slug).toBe('no-space');
    expect(error?.phrase).toBeUndefined();
    const phrase = matcher.match('容器里 ping 失败').results[0];
    expect(phrase?.slug).toBe('ping');
    expect(phrase?.phrase).toBe(true);
  });

  test('reads a subordinate ID standing as a file\'s owner as the sign of a bind mount\'s ownership, any number of it, not a PID', () => {
    const owner: MatchableItem = { slug: 'owner', title: 'Owner', errors: [], symptoms: ['files created by container owned by 100999 rootless'] };
    const items = [...ITEMS, owner];
    const ownership = createMatcher(items, { minConfidence: 0 });
    expect(ownership.match('rootless docker runs as 165535').results[0]?.slug).toBe('owner');
    expect(ownership.match('files are owned by 101000:101000').results[0]?.slug).toBe('owner');
    expect(ownership.match('rootless docker main pid 165535').results.map((r) => r.slug)).not.toContain('owner');
  });

  test('is not sure of a line that names an unprivileged port where the signature it matched names only a privileged one', () => {
    const loose = createMatcher(ITEMS, { minConfidence: 0 });
    const privileged = loose.match('docker run -p 443:443 失败').results.find((r) => r.slug === 'port')?.score ?? 0;
    const unprivileged = loose.match('docker run -p 8443:443 失败').results.find((r) => r.slug === 'port')?.score ?? 0;
    expect(privileged).toBeGreaterThan(MIN_CONFIDENCE);
    expect(unprivileged).toBeLessThan(MIN_CONFIDENCE);
  });

  test('works with no items at all', () => {
    expect(createMatcher([]).match('could not get XDG_RUNTIME_DIR').results).toEqual([]);
  });
});

describe('fallback items (an error that only says something failed)', () => {
  const items: MatchableItem[] = [...ITEMS, {
    slug: 'child-exited', title: 'Child exited', fallback: true,
    errors: ['[rootlesskit:parent] error: child exited: exit status 1'], symptoms: ['rootlesskit child exited exit status 1'],
  }];
  const withFallback = createMatcher(items, { background, typos: typoCorrector });
  const childExited = 'Nov 29 09:15:28 h dockerd-rootless.sh[12]: [rootlesskit:parent] error: child exited: exit status 1';

  test('answer a paste that says nothing more', () => {
    const outcome = withFallback.match(childExited);
    expect(outcome.confidence).toBe('high');
    expect(outcome.results[0]?.slug).toBe('child-exited');
  });

  test('come after the entry the real error points at, even one matched less fully, and stay listed', () => {
    const log = ['Nov 29 09:15:27 h dockerd-rootless.sh[12]: could not get XDG_RUNTIME_DIR', childExited].join('\n');
    const results = withFallback.match(log).results;
    expect(results[0]?.slug).toBe('xdg');
    const fallback = results.find((r) => r.slug === 'child-exited');
    expect(fallback).toBeDefined();
    // The list reads in order: the fallback, matched in full, shows no more than the answer above it.
    expect(fallback?.score).toBeLessThanOrEqual(results[0]?.score ?? 0);
  });

  test('putFallbacksUnderAnswer keeps each group in order; items matched only on the fallback\'s own line stay behind it', () => {
    const at = (score: number, line = 'real error') => ({ score, line });
    const generic = 'child exited: exit status 1';
    const ranked: [number, ReturnType<typeof at>][] = [[9, at(0.95, generic)], [3, at(0.59, generic)], [1, at(0.5)], [2, at(0.3)]];
    putFallbacksUnderAnswer(ranked, MIN_CONFIDENCE, (i) => i === 9);
    expect(ranked.map(([i]) => i)).toEqual([1, 9, 3, 2]);
    expect(ranked.map(([, b]) => b.score)).toEqual([0.5, 0.5, 0.5, 0.3]);
    const alone: [number, ReturnType<typeof at>][] = [[9, at(0.95, generic)], [3, at(0.59, generic)], [2, at(0.3)]];
    putFallbacksUnderAnswer(alone, MIN_CONFIDENCE, (i) => i === 9);
    expect(alone.map(([i]) => i)).toEqual([9, 3, 2]);
    // With two other answers the fallback goes right under the best one, showing its score: never cut from the list.
    const two: [number, ReturnType<typeof at>][] = [[9, at(0.98, generic)], [5, at(0.94, 'a')], [6, at(0.7, 'b')]];
    putFallbacksUnderAnswer(two, MIN_CONFIDENCE, (i) => i === 9);
    expect(two.map(([i, b]) => [i, b.score])).toEqual([[5, 0.94], [9, 0.94], [6, 0.7]]);
    // A warning, or an answer that only a symptom points at, is no other evidence: the fallback stays the answer.
    for (const other of [at(0.9, 'WARNING: No cpu cfs quota support'), { ...at(0.46, 'Running in rootless mode.'), symptom: true }]) {
      const list: [number, ReturnType<typeof at> & { symptom?: boolean }][] = [[9, at(0.98, generic)], [5, other]];
      putFallbacksUnderAnswer(list, MIN_CONFIDENCE, (i) => i === 9, (b) => b.symptom !== true);
      expect(list.map(([i]) => i)).toEqual([9, 5]);
    }
    // A fallback that is no answer claims no line: an entry matched in full on a line it shares words with stays first.
    const weak: [number, ReturnType<typeof at>][] = [[1, at(0.93)], [2, at(0.65, 'other line')], [9, at(0.2)]];
    putFallbacksUnderAnswer(weak, MIN_CONFIDENCE, (i) => i === 9);
    expect(weak.map(([i]) => i)).toEqual([1, 2, 9]);
    // A fallback that another entry reads better on its own line claims no line either (a known error there, not a bare
    // failure): `fork/exec /proc/self/exe: operation not permitted` stays its entry's, above an answer of another line.
    const forkExec = '[rootlesskit:parent] error: failed to start the child: fork/exec /proc/self/exe: operation not permitted';
    const outread: [number, ReturnType<typeof at>][] = [[1, at(0.93, forkExec)], [2, at(0.67, 'iptables v1.8.11 (nf_tables)')], [9, at(0.6, forkExec)]];
    putFallbacksUnderAnswer(outread, MIN_CONFIDENCE, (i) => i === 9);
    expect(outread.map(([i, b]) => [i, b.score])).toEqual([[1, 0.93], [2, 0.67], [9, 0.6]]);
    // Read better there only through a phrase (no error): the fallback still claims its line.
    const byPhrase: [number, ReturnType<typeof at> & { symptom?: boolean }][] = [[1, { ...at(0.93, forkExec), symptom: true }], [2, at(0.67, 'iptables v1.8.11 (nf_tables)')], [9, at(0.6, forkExec)]];
    putFallbacksUnderAnswer(byPhrase, MIN_CONFIDENCE, (i) => i === 9, (b) => b.symptom !== true);
    expect(byPhrase.map(([i]) => i)).toEqual([2, 9, 1]);
  });
});

describe('settings: where a problem happens decides between causes the error line shares', () => {
  const forkExec = 'failed to start the child: fork/exec /proc/self/exe: operation not permitted';
  const userns = { slug: 'userns', title: 'Host forbids user namespaces', errors: [forkExec, '[rootlesskit:parent] /proc/sys/kernel/unprivileged_userns_clone needs to be set to 1.'], symptoms: ['unprivileged_userns_clone 0'] };
  const apparmor = { slug: 'apparmor', title: 'AppArmor forbids user namespaces', errors: [forkExec], symptoms: ['apparmor_restrict_unprivileged_userns 1'] };
  const inContainer: MatchableItem = {
    slug: 'in-container', title: 'Rootless Docker inside a container', errors: ['mounting "proc" to rootfs at "/proc" caused: operation not permitted'], symptoms: ['dind-rootless fails'],
    setting: { words: ['dind-rootless', 'kubernetes', '--gpus', '在容器里运行'], over: ['userns'] },
  };
  const withSetting = createMatcher([...ITEMS, userns, apparmor, inContainer], { background, typos: typoCorrector });
  const error = `Nov 29 09:15:28 h dockerd-rootless.sh[12]: ${forkExec}`;

  test('an error two entries share, in a paste that names the place, puts the setting\'s entry first and the one it goes before second, as two close causes on that line', () => {
    expect(withSetting.match(error).confidence).toBe('ambiguous');
    for (const place of ['$ kubectl logs web  # Kubernetes', 'docker run --privileged docker:dind-rootless', '在容器里运行 rootless docker']) {
      const outcome = withSetting.match(`${place}\n${error}`);
      expect(outcome.results.slice(0, 2).map((r) => r.slug), place).toEqual(['in-container', 'userns']);
      expect(outcome.confidence, place).toBe('ambiguous');
      expect(outcome.results[0]?.line).toBe(outcome.results[1]?.line);
      // Why this result: the words that named the place, in place of a signature.
      expect(outcome.results[0]).toMatchObject({ signature: '', place: expect.stringMatching(/^(?:kubernetes|dind-rootless|在容器里运行)$/i) });
      expect(outcome.results[1]).not.toHaveProperty('place');
    }
  });

  test('without the place, on a line only one entry explains, for a paste of another engine or platform, or for an answer the setting does not go before, nothing moves', () => {
    expect(withSetting.match(error).results.map((r) => r.slug)).not.toContain('in-container');
    expect(withSetting.match('docker:dind-rootless\n[rootlesskit:parent] /proc/sys/kernel/unprivileged_userns_clone needs to be set to 1.').results[0]?.slug).toBe('userns');
    for (const elsewhere of ['podman run --rm quay.io/podman/stable', 'Docker Desktop 4.30 on Windows, WSL2 backend']) {
      const outcome = withSetting.match(`${elsewhere}\nkubernetes\n${forkExec}`);
      expect(outcome.confidence, elsewhere).not.toBe('high');
      expect(outcome.results[0]?.slug, elsewhere).not.toBe('in-container');
    }
    expect(withSetting.match('docker:dind-rootless\ncould not get XDG_RUNTIME_DIR').results[0]?.slug).toBe('xdg');
  });

  test('the same shared error on two lines, in a paste that names the place, puts the setting\'s entry first as on one line', () => {
    const twoHosts = `docker run --privileged docker:dind-rootless\nclone: ${forkExec}\napparmor: ${forkExec}`;
    expect(withSetting.match(twoHosts).results.slice(0, 2).map((r) => r.slug)).toEqual(['in-container', 'userns']);
  });

  test('preferSetting reads the same error on two lines (one per host the paste tried) as one line: the place decides; two different errors stay as they are', () => {
    const ranked = () => [
      [0, { score: 0.79, line: 'Debian 12: newuidmap: write to uid_map failed', signature: 4, second: 0 }],
      [1, { score: 0.78, line: 'Ubuntu 22.04: newuidmap: write to uid_map failed', signature: 7, second: 0 }],
      [3, { score: 0.5, line: 'Debian 12: newuidmap: write to uid_map failed', signature: 9, second: 0 }],
    ] as [number, { score: number; line: string; signature: number; second: number; place?: string }][];
    const settings = [{ item: 2, words: settingPattern(['dind-rootless']), over: new Set([0]) }];
    const text = 'docker:dind-rootless on a rootless host';
    const same = ranked();
    preferSetting(same, settings, text, MIN_CONFIDENCE, (a, b) => a + b === 11);
    expect(same.map(([i]) => i)).toEqual([2, 0, 1, 3]);
    expect(same[0]?.[1]).toMatchObject({ score: 0.79, place: 'dind-rootless', signature: -1 });
    const different = ranked();
    preferSetting(different, settings, text, MIN_CONFIDENCE, () => false);
    expect(different.map(([i]) => i)).toEqual([0, 1, 3]);
  });

  test('settingPattern matches Latin words whole (an option with its dashes) and other text as written, case ignored', () => {
    const pattern = settingPattern(['pod', 'gpu', 'docker build', '--gpus', '容器里']);
    expect(['a Pod restarts', 'docker build .', 'GPU', 'docker run --gpus all', '在容器里跑'].map((t) => pattern.test(t))).toEqual([true, true, true, true, true]);
    expect(['podman run', 'gpus', 'mygpu', 'docker-build', '---gpus'].map((t) => pattern.test(t))).toEqual([false, false, false, false, false]);
  });
});

describe('a person\'s words around a paste', () => {
  const around = (paste: string) => chatterAround(normalisePaste(paste).lines).lines;

  test.each([
    ['an English greeting and question', 'Hi all, after installing I get this:\nping: socket: Operation not permitted\nAny idea? Thanks', 2],
    ['a Chinese greeting and question', '求助，装完 rootless 之后报错：\nping: socket: Operation not permitted\n有人知道怎么回事吗？', 2],
    ['nothing around the error', 'ping: socket: Operation not permitted', 0],
    ['program output, not words', 'The push refers to repository [192.168.1.108:5001/root/app]\nretrying\nhttp: server gave HTTP response to HTTPS client', 0],
    ['a command under the error', 'ping: socket: Operation not permitted\n$ sysctl net.ipv4.ping_group_range', 0],
  ])('counts %s', (_what, paste, n) => {
    expect(around(paste)).toBe(n);
  });

  test('do not turn a short paste into a log: the answer stays as without them', () => {
    const paste = 'ping: socket: Operation not permitted\nping_group_range 1 0\nsame in every container';
    const alone = matcher.match(paste);
    for (const wrapped of [`Hi all, after installing I get this:\n\n${paste}\n\nAny idea? Thanks`, `求助，装完 rootless 之后报错：\n${paste}\n有人知道怎么回事吗？`]) {
      expect(matcher.match(wrapped).results[0]).toMatchObject({ slug: 'ping', score: alone.results[0]?.score });
    }
  });

  test('a program\'s line that says please is no person\'s words: a known error last in the paste counts in full', () => {
    const tool = createMatcher([
      { slug: 'newuidmap-missing', title: 'newuidmap missing', errors: ['newuidmap binary not found. Please install with a package manager.'], symptoms: [] },
      { slug: 'user-bus', title: 'User bus', errors: [], symptoms: ['systemctl --user status docker failed to connect to bus'] },
    ], { background: COMMON_ERROR_TEXT });
    const error = 'newuidmap binary not found. Please install with a package manager.';
    const alone = tool.match(error).results[0];
    expect(alone?.slug).toBe('newuidmap-missing');
    for (const before of ['[INFO] Checking requirements', '$ systemctl --user status docker']) {
      expect(tool.match(`${before}\n${error}`).results[0]).toMatchObject({ slug: 'newuidmap-missing' });
      expect(tool.match(`${before}\n${error}`).results[0]?.score).toBeGreaterThan(0.8);
    }
  });

  test('a one-line question between them is the query, not their words: it scores as alone', () => {
    const question = '容器里 ping 不通，换了镜像也一样？';
    const alone = matcher.match(question).results[0];
    expect(alone?.slug).toBe('ping');
    for (const [before, after] of [['求助，装完 rootless 之后报错：', '有人知道怎么回事吗？'], ['Hi all, after installing I get this:', 'Any idea? Thanks']]) {
      expect(matcher.match(`${before}\n${question}\n${after}`).results[0]).toMatchObject({ slug: 'ping', score: alone?.score });
    }
  });

  test('a question that begins like a command is still the whole query between them, not a command beside output', () => {
    const question = 'docker run -p 80:80 nginx 之后 80 端口打不开';
    const alone = matcher.match(question).results[0];
    expect(alone?.slug).toBe('port');
    expect(matcher.match(`Hi all, after installing I get this:\n\n${question}\n\nAny idea? Thanks`).results[0]).toMatchObject({ slug: 'port', score: alone?.score });
  });

  test('a two-line query between them is still read as one line', () => {
    const query = '容器里 ping\n一直失败';
    const alone = matcher.match(query).results[0];
    expect(alone?.line).toBe('容器里 ping 一直失败');
    expect(matcher.match(`各位大佬好，折腾了一晚上还是这样：\n${query}\n请问这是什么原因？谢谢！`).results[0]).toMatchObject({ slug: 'ping', line: alone?.line });
  });

  test('count for half as evidence: their words do not pull an entry above the one the pasted lines point to', () => {
    const items: MatchableItem[] = [
      { slug: 'install', title: 'Install', errors: [], symptoms: ['装完 rootless 之后报错'] },
      { slug: 'warning', title: 'Warning', errors: ['WARNING: No swap limit support for the memory cgroup'], symptoms: [] },
    ];
    const loose = createMatcher(items, { background: COMMON_ERROR_TEXT, minConfidence: 0 });
    const [warning, other] = ['WARNING: No swap limit support', 'WARNING: bridge-nf-call-iptables is disabled'];
    const words = '求助，装完 rootless 之后报错：';
    const around = loose.match([words, warning, other, '有人知道怎么回事吗？'].join('\n')).results;
    expect(around.map((r) => r.slug)).toEqual(['warning', 'install']);
    // The same line between the pasted ones is not words around the paste: it counts in full.
    const inside = loose.match([warning, words, other, '有人知道怎么回事吗？'].join('\n')).results;
    expect(inside[0]).toMatchObject({ slug: 'install', line: words });
    expect(around[1]?.score).toBeLessThan((inside[0]?.score ?? 0) * 0.7);
  });
});

describe('a log line a terminal cut once at its width', () => {
  test('is read joined as well as apart: the error it ends with decides', () => {
    const record = 'docker: failed to register layer: ApplyLayer exit status 1 stdout:  stderr: lchown /etc/shadow: operation not permitted.';
    const cut = `${record.slice(0, 80)}\n${record.slice(80)}`;
    const paste = ['$ docker pull python:3.12', '3.12: Pulling from library/python', 'a2318d6c47ec: Extracting  49.56MB/49.56MB', cut, "See 'docker run --help'."].join('\n');
    expect(matcher.match(paste.replace(cut, record)).results[0]?.slug).toBe('lchown-nfs');
    expect(matcher.match(paste).results[0]).toMatchObject({ slug: 'lchown-nfs', line: expect.stringContaining('stderr: lchown /etc/shadow: operation not permitted') });
  });

  test('scores no more than the same line intact: its pieces are not its support', () => {
    const record = 'docker: failed to register layer: ApplyLayer exit status 1 stdout:  stderr: lchown /etc/shadow: operation not permitted.';
    const loose = createMatcher(ITEMS, { background, typos: typoCorrector, minConfidence: 0 });
    const score = (line: string) => loose.match(`$ docker pull python:3.12\n${line}`).results.find((r) => r.slug === 'lchown-nfs')?.score ?? 0;
    expect(score(`${record.slice(0, 80)}\n${record.slice(80)}`)).toBeLessThanOrEqual(score(record));
  });
});

describe('the words of any Chinese question (background)', () => {
  const m = createMatcher([
    { slug: 'xattr', title: 'xattr', errors: ['failed to register layer: lsetxattr security.capability <FILE>: operation not supported'], symptoms: ['caddy 镜像 rootless 拉取失败 lsetxattr'] },
    { slug: 'subuid', title: 'subuid', errors: ['No subuid ranges found for user'], symptoms: ['subuid subgid 怎么配置'] },
  ], { background: COMMON_ERROR_TEXT, typos: typoCorrector });

  test('a question that shares only 镜像 and 拉取 with a symptom gets no answer; one that names the subject does', () => {
    expect(m.match('镜像拉取比较慢，如何采用国内镜像呢？').confidence).toBe('low');
    expect(m.match('caddy 镜像拉取失败 lsetxattr').results[0]?.slug).toBe('xattr');
    expect(m.match('subuid 怎么配置').confidence).toBe('high');
  });
});

describe('preferSupported', () => {
  const at = (score: number, second: number, line = 'fork/exec /proc/self/exe: operation not permitted') => ({ score, second, line });

  test('puts first, of two answers tied on one line, the one the other lines support', () => {
    const ranked: [number, ReturnType<typeof at>][] = [[0, at(0.96, 0.1)], [1, at(0.93, 0.16)]];
    preferSupported(ranked, MIN_CONFIDENCE);
    expect(ranked.map(([i]) => i)).toEqual([1, 0]);
  });

  test('leaves them when the support differs by noise, the gap is wide, the lines differ, or the second is no answer', () => {
    for (const pair of [
      [at(0.96, 0.1), at(0.93, 0.11)],
      [at(0.96, 0.1), at(0.85, 0.9)],
      [at(0.96, 0.1), at(0.93, 0.9, 'another line')],
      [at(0.41, 0.1), at(0.38, 0.9)],
    ]) {
      const ranked = pair.map((b, i): [number, ReturnType<typeof at>] => [i, b]);
      preferSupported(ranked, MIN_CONFIDENCE);
      expect(ranked.map(([i]) => i)).toEqual([0, 1]);
    }
  });

  test('in a log, an error two entries share goes to the one the rest of the log names', () => {
    const items: MatchableItem[] = [
      ...ITEMS,
      {
        slug: 'in-container', title: 'In a container',
        errors: ['[rootlesskit:parent] error: failed to start the child: fork/exec /proc/self/exe: operation not permitted'],
        symptoms: ['docker:dind-rootless fails to start', 'dind-rootless kubernetes pod without privileged'],
      },
    ];
    const m = createMatcher(items, { background: COMMON_ERROR_TEXT, typos: typoCorrector });
    const log = [
      '$ docker run --rm docker:29-dind-rootless',
      'Certificate request self-signature ok',
      'subject=CN = docker:dind server',
      '/certs/server/cert.pem: OK',
      '[rootlesskit:parent] error: failed to start the child: fork/exec /proc/self/exe: operation not permitted',
    ].join('\n');
    expect(m.match(log).results[0]?.slug).toBe('in-container');
    expect(m.match('[rootlesskit:parent] error: failed to start the child: fork/exec /proc/self/exe: operation not permitted').results[0]?.slug).toBe('clone');
  });
});

describe('light symptoms in typed queries', () => {
  test('a symptom under LIGHT_SYMPTOM_WEIGHT counts by the square root of its weight, a heavier one in full', () => {
    expect(lightness(2)).toBeCloseTo(0.5);
    expect(lightness(8)).toBe(1);
    expect(lightness(30)).toBe(1);
  });

  test('a question that contains a symptom of common words does not go to it over one that names the cause', () => {
    const filler = Array.from({ length: 12 }, (_, n) => ({ slug: `f${n}`, title: `F${n}`, errors: [], symptoms: [`rootless docker container ${n} thing`] }));
    const items: MatchableItem[] = [
      ...filler,
      { slug: 'in-container', title: 'In container', errors: [], symptoms: ['rootless docker inside container'] },
      { slug: 'slow', title: 'Slow', errors: [], symptoms: ['wget download throughput very slow megabytes slirp4netns mtu'] },
    ];
    const m = createMatcher(items, { minConfidence: 0 });
    expect(m.match('rootless docker inside container wget download slow')?.results[0]?.slug).toBe('slow');
  });
});

describe('pasted logs that say nothing of where they come from', () => {
  const error = 'docker: failed to register layer: Error processing tar file(exit status 1): lchown /usr/bin/x: invalid argument';
  test('score 0.9 × 0.75 of the same log with a rootless path in it (UNSAID_CONTEXT_FACTOR, UNSAID_SIGNATURE_FACTOR: the signature says nothing rootless)', () => {
    const loose = createMatcher(ITEMS, { minConfidence: 0, background, typos: typoCorrector });
    // Over TYPED_CHARS, so a log, and over SUPPORT_LINES lines, so no second line lifts the score.
    const steps = Array.from({ length: 30 }, (_, n) => `layer ${n}: Pull complete`).join('\n');
    const unsaid = loose.match(`Pulling fs layer\n${steps}\n${error}`).results[0];
    const rootless = loose.match(`Pulling fs layer into /run/user/1000\n${steps}\n${error}`).results[0];
    expect(unsaid?.slug).toBe('lchown-invalid');
    expect(rootless?.slug).toBe('lchown-invalid');
    // About 0.675 of it (the lines' own words differ a little).
    expect(unsaid?.score ?? 0).toBeLessThan((rootless?.score ?? 0) * 0.7);
    expect(unsaid?.score ?? 0).toBeGreaterThan((rootless?.score ?? 0) * 0.65);
  });

  test('a typed question is not cut', () => {
    const loose = createMatcher(ITEMS, { minConfidence: 0, background, typos: typoCorrector });
    // A full match: 0.9 or less were it cut.
    expect(loose.match('docker pull lchown invalid argument').results[0]?.score).toBeGreaterThan(0.95);
  });
});

describe('program output in a short paste', () => {
  test('a line with two `: ` separators is program output (PROGRAM_OUTPUT_COLONS); a question quoting one error is not', () => {
    expect(isProgramOutput('curl: ( ) could not resolve host: example.org')).toBe(true);
    expect(isProgramOutput('docker: error response from daemon: cgroups: cannot found cgroup mount destination: unknown.')).toBe(true);
    expect(isProgramOutput('network_mode: host in docker compose does not expose anything')).toBe(false);
    expect(isProgramOutput('curl could not resolve host in my container')).toBe(false);
  });

  test('does not lift a symptom by a few of its words, as a question with the same words does', () => {
    const items: MatchableItem[] = [
      { slug: 'dns', title: 'DNS', errors: [], symptoms: ['容器里 curl 报 could not resolve host rootless', 'rootless docker dns 解析失败'] },
      { slug: 'xdg', title: 'XDG', errors: ['could not get XDG_RUNTIME_DIR'], symptoms: ['XDG_RUNTIME_DIR 为空'] },
      { slug: 'ping', title: 'Ping', errors: [], symptoms: ['ping 不通', '容器里 ping 失败'] },
    ];
    const m = createMatcher(items, { background, typos: typoCorrector });
    // Read as a paraphrase this scored 0.61, a confident answer.
    const output = m.match('error: fetch: Could not resolve host: example.org');
    expect(output.confidence).toBe('low');
    expect(output.results[0]?.slug).toBe('dns');
    expect(m.match('curl could not resolve host in my container').results[0]).toMatchObject({ slug: 'dns' });
    expect(m.match('curl could not resolve host in my container').confidence).toBe('high');
  });
});

describe('signatures that rootful Docker prints too', () => {
  const items: MatchableItem[] = [
    { slug: 'socket', title: 'Socket', errors: ['Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?'], symptoms: ['DOCKER_HOST 没设置'] },
    { slug: 'xdg', title: 'XDG', errors: ['could not get XDG_RUNTIME_DIR'], symptoms: ['XDG_RUNTIME_DIR 为空'] },
    { slug: 'ping', title: 'Ping', errors: [], symptoms: ['ping 不通'] },
  ];
  const m = createMatcher(items, { background, typos: typoCorrector });
  const error = 'Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?';

  test('are no answer when the paste says nothing of where it comes from (ROOTFUL_PATH_FACTOR), but stay possibly related', () => {
    const outcome = m.match(error);
    expect(outcome.confidence).toBe('low');
    expect(outcome.results[0]?.slug).toBe('socket');
  });

  test('quiet the whole paste: an entry matched by a side word does not take the answer instead', () => {
    const distro = createMatcher([...items, { slug: 'apparmor', title: 'AppArmor', errors: [], symptoms: ['ubuntu 24.04 rootless 起不来'] }], { background, typos: typoCorrector });
    for (const paste of [`${error} (ubuntu 24.04)`, `on ubuntu 24.04\n${error}`]) {
      const outcome = distro.match(paste);
      expect(outcome.confidence, paste).toBe('low');
      expect(outcome.results[0]?.slug, paste).toBe('socket');
    }
  });

  test('a short question with the error on a line of its own is no answer either (the lines read together are no second line)', () => {
    for (const paste of [`docker ps\n${error}`, `I just installed it\n${error}`]) expect(m.match(paste).confidence, paste).toBe('low');
  });

  test('are an answer when the paste says rootless', () => {
    expect(m.match(`I installed rootless docker and now:\n${error}`)).toMatchObject({ confidence: 'high', results: [{ slug: 'socket' }] });
    expect(m.match(`$ echo $DOCKER_HOST\nunix:///run/user/1000/docker.sock\n${error}`).confidence).toBe('high');
  });

  test('the setup tool naming rootful Docker is rootless context', () => {
    const setup = createMatcher([...items, { slug: 'conflict', title: 'Conflict', errors: ['[ERROR] Aborting because rootful Docker (/var/run/docker.sock) is running and accessible. Set --force to ignore.'], symptoms: [] }], { background });
    expect(setup.match('[ERROR] Aborting because rootful Docker (/var/run/docker.sock) is running and accessible. Set --force to ignore.')).toMatchObject({ confidence: 'high', results: [{ slug: 'conflict' }] });
  });
});

describe('signatures whose words never say rootless', () => {
  const items: MatchableItem[] = [
    { slug: 'chmod', title: 'chmod', errors: ['chmod: /var/lib/postgresql/data: Operation not permitted'], symptoms: [] },
    { slug: 'uidmap', title: 'uid map', errors: ['[rootlesskit:parent] error: failed to setup UID/GID map: newuidmap: write to uid_map failed: Operation not permitted'], symptoms: [] },
    { slug: 'ping', title: 'Ping', errors: [], symptoms: ['ping 不通'] },
  ];
  const m = createMatcher(items, { background });
  const log = (line: string, first = 'Starting the service') => `${first}\nreading the settings\nchecking the data folder\n${line}\ndone`;
  const ratio = (line: string) => (m.match(log(line)).results[0]?.score ?? 0) / (m.match(log(line, 'Starting the rootless service')).results[0]?.score ?? 1);

  test('count less in a pasted log that says nothing rootless (UNSAID_SIGNATURE_FACTOR)', () => {
    const chmod = 'chmod: /var/lib/postgresql/data: Operation not permitted';
    expect(m.match(log(chmod)).results[0]?.slug).toBe('chmod');
    // UNSAID_CONTEXT_FACTOR alone would leave 0.9 of the score.
    expect(ratio(chmod)).toBeLessThan(0.8);
  });

  test('a signature that says rootlesskit keeps its score when a log repeats the rest of it', () => {
    const partial = 'error: failed to setup UID/GID map: write to uid_map failed: Operation not permitted';
    expect(m.match(log(partial)).results[0]?.slug).toBe('uidmap');
    expect(ratio(partial)).toBeGreaterThan(0.85);
  });

  test('a typed question is left alone', () => {
    expect(m.match('chmod: /var/lib/postgresql/data: Operation not permitted')).toMatchObject({ confidence: 'high', results: [{ slug: 'chmod' }] });
  });
});

describe('an answer whose paste does not say rootless Docker says so (origin)', () => {
  const items: MatchableItem[] = [
    { slug: 'uidmap', title: 'uid map', errors: ['[rootlesskit:parent] error: failed to setup UID/GID map: newuidmap: write to uid_map failed: Operation not permitted'], symptoms: [] },
    { slug: 'gpu', title: 'GPU', errors: ['nvidia-container-cli: initialization error: load library failed: libnvidia-ml.so.1: cannot open shared object file: no such file or directory: unknown'], symptoms: [] },
  ];
  const m = createMatcher(items, { background });
  const gpu = 'nvidia-container-cli: initialization error: load library failed: libnvidia-ml.so.1: cannot open shared object file: no such file or directory: unknown';
  const log = (first: string) => `${first}\nUnable to find image 'nvidia/cuda:12.4.0-base-ubuntu22.04' locally\n12.4.0-base-ubuntu22.04: Pulling from nvidia/cuda\nStatus: Downloaded newer image for nvidia/cuda:12.4.0-base-ubuntu22.04\ndocker: Error response from daemon: failed to create task for container: ${gpu}`;

  test('a pasted log that names nothing rootless, nor anything else: unsaid', () => {
    expect(m.match(log('$ docker run --gpus all nvidia/cuda nvidia-smi'))).toMatchObject({ confidence: 'high', results: [{ slug: 'gpu' }], origin: { kind: 'unsaid' } });
  });

  test('a paste that names rootful Docker or another platform: elsewhere, with the words as written', () => {
    expect(m.match(log('$ sudo docker run --gpus all nvidia/cuda nvidia-smi')).origin).toEqual({ kind: 'elsewhere', word: 'sudo docker' });
    expect(m.match(log('$ kubectl logs gpu-pod')).origin).toEqual({ kind: 'elsewhere', word: 'kubectl' });
  });

  test('a paste that names rootful Docker or another tool scores half of the same paste saying rootless (OTHER_CONTEXT_FACTOR)', () => {
    const loose = createMatcher(items, { background, minConfidence: 0 });
    const withSudo = loose.match(log('$ sudo docker run --gpus all nvidia/cuda nvidia-smi')).results[0];
    const rootless = loose.match(log('inside a rootless daemon')).results[0];
    expect(withSudo?.slug).toBe('gpu');
    expect(rootless?.slug).toBe('gpu');
    expect(withSudo?.score ?? 0).toBeLessThan((rootless?.score ?? 0) * 0.55);
    expect(withSudo?.score ?? 0).toBeGreaterThan((rootless?.score ?? 0) * 0.45);
  });

  test.each([
    ['Proxmox LXC', 'inside an unprivileged LXC container on Proxmox'],
    ['Docker Desktop', 'Docker Desktop 4.30 on Windows, WSL2 backend'],
    ['OpenWrt', 'OpenWrt 23.05 路由器上的 docker'],
  ])('a paste that names another host (%s) is no answer even verbatim, but stays possibly related (ANOTHER_HOST_FACTOR)', (_what, first) => {
    const loose = createMatcher(items, { background, minConfidence: 0 });
    const elsewhere = loose.match(log(first)).results[0];
    const rootless = loose.match(log('inside a rootless daemon')).results[0];
    expect(elsewhere?.score ?? 0).toBeLessThan((rootless?.score ?? 0) * 0.4);
    expect(elsewhere?.score ?? 0).toBeGreaterThan((rootless?.score ?? 0) * 0.3);
    expect(m.match(log(first))).toMatchObject({ confidence: 'low', results: [{ slug: 'gpu' }], origin: { kind: 'elsewhere' } });
  });

  test('an entry whose own words name that host is its answer: it keeps the cut of any other platform', () => {
    const tun: MatchableItem = { slug: 'tun', title: 'tun', errors: ['open /dev/net/tun: no such file or directory'], symptoms: ['LXD / Proxmox 容器没有 /dev/net/tun'] };
    const withTun = createMatcher([...items, tun], { background, minConfidence: 0 });
    const paste = ['$ uname -r', '6.8.4-2-pve', '$ systemctl --user restart docker', 'inside an LXC container on Proxmox:', 'open /dev/net/tun: no such file or directory', 'docker.service: Failed with result exit-code'].join('\n');
    const asRootless = withTun.match(paste.replace('inside an LXC container on Proxmox:', 'inside a rootless daemon:')).results.find((r) => r.slug === 'tun')?.score ?? 0;
    const onHost = withTun.match(paste).results.find((r) => r.slug === 'tun')?.score ?? 0;
    expect(onHost).toBeGreaterThan(asRootless * 0.45);
    expect(onHost).toBeLessThan(asRootless * 0.55);
  });

  test('a rootful place alone is no other platform: with no answer, no note (wrong-daemon-socket is about such pastes)', () => {
    const socket = createMatcher([
      { slug: 'socket', title: 'socket', errors: ['Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?'], symptoms: [] },
    ], { background });
    const outcome = socket.match('Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?');
    expect(outcome).toMatchObject({ confidence: 'low', results: [{ slug: 'socket' }] });
    expect(outcome).not.toHaveProperty('origin');
  });

  test('with no answer, only a paste that names another platform says where it comes from, beside related entries or none', () => {
    expect(m.match(log('inside an unprivileged LXC container on Proxmox')).origin).toEqual({ kind: 'elsewhere', word: 'LXC' });
    // Nothing related: the platform it names is why (the CLI review: a WSL2 paste got "nothing found" and no reason).
    expect(m.match('Proxmox LXC: the web UI is slow')).toEqual({ results: [], capped: false, confidence: 'low', origin: { kind: 'elsewhere', word: 'Proxmox' } });
    // A weak match in a log that names nothing: no unsaid note on "possibly related" entries.
    const weak = createMatcher(items, { background, minConfidence: 0.99 }).match(log('$ docker run --gpus all nvidia/cuda nvidia-smi'));
    expect(weak.confidence).toBe('low');
    expect(weak).not.toHaveProperty('origin');
  });

  test("a log that names the rootful daemon's places: elsewhere, with the place (an answer only below the site's threshold, ROOTFUL_PATH_FACTOR)", () => {
    const socket = createMatcher([
      { slug: 'iptables', title: 'iptables', errors: ['failed to create NAT chain DOCKER: iptables not found', 'exec: "iptables": executable file not found in $PATH'], symptoms: [] },
    ], { background, minConfidence: 0.3 });
    const paste = 'Starting up\nloading /etc/docker/daemon.json\nfailed to create NAT chain DOCKER: iptables not found\nexec: "iptables": executable file not found in $PATH\nexiting';
    expect(socket.match(paste)).toMatchObject({ results: [{ slug: 'iptables' }], origin: { kind: 'elsewhere', word: '/etc/docker' } });
  });

  test('a log of the system docker.service (dockerd[PID]:), or of a release older than rootless mode: rootful too, cut as a log naming its places is', () => {
    const items = [{ slug: 'iptables', title: 'iptables', errors: ['failed to create NAT chain DOCKER: iptables not found', 'exec: "iptables": executable file not found in $PATH'], symptoms: [] }];
    const lines = ['failed to create NAT chain DOCKER: iptables not found', 'exec: "iptables": executable file not found in $PATH'];
    const journal = lines.map((l) => `Aug 22 17:15:09 vm dockerd[31404]: ${l}`).join('\n');
    const rootless = lines.map((l) => `Aug 22 17:15:09 vm dockerd-rootless.sh[31404]: ${l}`).join('\n');
    const old = `Docker version 18.09.1, build 4c52b90\n${lines.join('\n')}`;
    const scored = createMatcher(items, { background, minConfidence: 0.01 });
    const journalScore = scored.match(journal).results[0]?.score ?? 0;
    const rootlessScore = scored.match(rootless).results[0]?.score ?? 0;
    expect(scored.match(journal)).toMatchObject({ origin: { kind: 'elsewhere', word: 'dockerd[31404]' } });
    expect(scored.match(old)).toMatchObject({ origin: { kind: 'elsewhere', word: 'Docker version 18.09.1' } });
    expect(journalScore).toBeLessThan(rootlessScore * 0.5);
    expect(scored.match(old).results[0]?.score ?? 1).toBeLessThan(rootlessScore * 0.5);
    expect(scored.match(rootless).origin).toBeUndefined();
  });

  test('a Compose file names no platform: its log gets the unsaid note, not another platform\'s', () => {
    expect(m.match(log('$ docker compose -f compose.yaml up -d'))).toMatchObject({ results: [{ slug: 'gpu' }], origin: { kind: 'unsaid' } });
  });

  test('no unsaid note when the error matched says rootless itself', () => {
    const uidmap = '[rootlesskit:parent] error: failed to setup UID/GID map: newuidmap: write to uid_map failed: Operation not permitted';
    // The log never says rootless (the line repeats the error without its rootlesskit prefix), but the error it matched does.
    const outcome = m.match(log('$ docker run hello-world').replace(gpu, uidmap.replace('[rootlesskit:parent] ', '')));
    expect(outcome.results[0]?.slug).toBe('uidmap');
    expect(outcome.confidence).not.toBe('low');
    expect(outcome.origin).toBeUndefined();
  });

  test('none when the paste says rootless, or is a typed question', () => {
    expect(m.match(log('$ docker run --gpus all nvidia/cuda nvidia-smi   # rootless daemon')).origin).toBeUndefined();
    expect(m.match('[rootlesskit:parent] error: failed to setup UID/GID map: newuidmap: write to uid_map failed: Operation not permitted').origin).toBeUndefined();
    expect(m.match(gpu)).toMatchObject({ confidence: 'high', results: [{ slug: 'gpu' }] });
    expect(m.match(gpu).origin).toBeUndefined();
  });

  test('none without an answer', () => {
    const outcome = m.match(log('$ docker run hello-world').replace(gpu, 'no such host'));
    expect(outcome.confidence).toBe('low');
    expect(outcome.origin).toBeUndefined();
  });
});

describe('typed questions that never say rootless', () => {
  // `rootless` and `cluster` are each in one item here, so they weigh the same.
  const items = (qualifier: string): MatchableItem[] => [
    { slug: 'swarm', title: 'Swarm', errors: [], symptoms: [`swarm overlay network ${qualifier} docker`] },
    { slug: 'ping', title: 'Ping', errors: [], symptoms: ['ping 不通'] },
    { slug: 'chmod', title: 'chmod', errors: ['chmod: /var/lib/postgresql/data: Operation not permitted'], symptoms: [] },
  ];
  const said = createMatcher(items('rootless'), { background, minConfidence: 0 });
  const other = createMatcher(items('cluster'), { background, minConfidence: 0 });
  const question = 'swarm overlay network containers cannot reach each other';

  test('count 0.9 against a phrase that says rootless (UNSAID_QUALIFIER_FACTOR)', () => {
    const a = said.match(question).results[0];
    const b = other.match(question).results[0];
    expect(a?.slug).toBe('swarm');
    expect(b?.slug).toBe('swarm');
    expect((a?.score ?? 0) / (b?.score ?? 1)).toBeCloseTo(0.9, 2);
  });

  test('count in full when they say it, or against a phrase that does not', () => {
    expect(said.match(`rootless ${question}`).results[0]?.score).toBeGreaterThan(other.match(`rootless ${question}`).results[0]?.score ?? 1);
    expect(said.match('chmod: /var/lib/postgresql/data: Operation not permitted').results[0]?.score).toBeGreaterThan(0.95);
  });
});

describe('look-alikes: errors that read like an entry\'s but come from elsewhere', () => {
  const nat: MatchableItem = {
    slug: 'iptables-missing', title: 'iptables missing',
    errors: ['failed to create NAT chain DOCKER: iptables not found', 'exec: "iptables": executable file not found in $PATH'],
    symptoms: [],
    lookalikes: ['iptables failed: iptables --wait -t nat -A DOCKER -p tcp -d 0/0 --dport 8080 -j DNAT --to-destination 172.17.0.2:8080 ! -i docker0: iptables: No chain/target/match by that name.'],
  };
  const items = [...ITEMS, nat];
  const m = createMatcher(items, { background });
  const flushed = "docker: Error response from daemon: driver failed programming external connectivity on endpoint web (0f3c): (iptables failed: iptables --wait -t nat -A DOCKER -p tcp -d 0/0 --dport 80 -j DNAT --to-destination 172.17.0.3:80 ! -i docker0: iptables: No chain/target/match by that name.\n (exit status 1))";

  test('a line a look-alike explains is no answer for the entry (LOOKALIKE_FACTOR), and the look-alike is never a result', () => {
    const without = createMatcher([...ITEMS, { ...nat, lookalikes: [] }], { background }).match(flushed);
    expect(without.confidence, 'without the look-alike the flushed chain reads as iptables missing').toBe('high');
    expect(without.results[0]?.slug).toBe('iptables-missing');
    const outcome = m.match(flushed);
    expect(outcome.confidence).toBe('low');
    expect(outcome.results.every((r) => items.some((i) => i.slug === r.slug))).toBe(true);
  });

  test('says which entry\'s look-alike explains an unanswered paste, and nothing when the paste is answered', () => {
    expect(m.match(flushed).lookalike).toEqual({ slug: 'iptables-missing', line: expect.stringContaining('No chain/target/match by that name'), signature: nat.lookalikes?.[0] });
    expect(m.match('failed to create NAT chain DOCKER: iptables not found').lookalike).toBeUndefined();
    // The entry it belongs to is not also "possibly related" by the same line.
    const swapped = createMatcher([...ITEMS, { ...nat, errors: [...nat.errors, 'iptables failed: iptables --wait -t nat -A DOCKER: iptables: No chain'] }], { background }).match(flushed);
    expect(swapped.lookalike?.slug).toBe('iptables-missing');
    expect(swapped.results.filter((r) => r.slug === 'iptables-missing' && r.line === swapped.lookalike?.line)).toEqual([]);
    expect(m.match('could not get XDG_RUNTIME_DIR').lookalike).toBeUndefined();
  });

  test('leave the answer to an entry whose error a long line repeats whole, when the look-alike shares only most of its words', () => {
    const dbus: MatchableItem = {
      slug: 'run-dbus', title: 'dbus', symptoms: [],
      errors: ['Interactive authentication required.: unknown.'],
      lookalikes: ['Failed to start unit docker.service: Interactive authentication required.'],
    };
    const line = 'docker: Error response from daemon: failed to create task for container: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: unable to apply cgroup configuration: unable to start unit "docker-170a.scope" (properties [{Name:Description Value:"libcontainer container 170a"} {Name:Slice Value:"user.slice"} {Name:Delegate Value:true} {Name:PIDs Value:@au [2872]} {Name:MemoryAccounting Value:true} {Name:CPUAccounting Value:true} {Name:IOAccounting Value:true} {Name:TasksAccounting Value:true} {Name:DefaultDependencies Value:false}]): Interactive authentication required.: unknown.';
    const outcome = createMatcher([...ITEMS, dbus], { background }).match(line);
    expect(outcome.confidence).toBe('high');
    expect(outcome.results[0]?.slug).toBe('run-dbus');
    expect(outcome.lookalike).toBeUndefined();
  });

  test('change no word\'s weight: every other answer scores the same with them or without', () => {
    const without = createMatcher([...ITEMS, { ...nat, lookalikes: [] }], { background, typos: typoCorrector });
    const withThem = createMatcher(items, { background, typos: typoCorrector });
    // Words only a look-alike has (`docker0`, `destination`, `dport`) are unknown words to the items, as before.
    for (const q of ['iptables not found', 'could not get XDG_RUNTIME_DIR', 'cannot expose privileged port 80', 'docker nat chain',
      'cannot expose privileged port 80 on docker0', 'xtables.lock destination', 'ping 不通 dport', 'could not get XDG_RUNTIME_DIR docker0', 'could not get XDG_RUNTIME_DIR destinaton']) {
      expect(withThem.match(q).results, q).toEqual(without.match(q).results);
    }
  });

  test('explain a typed question only by what it repeats of them, not by a few shared words', () => {
    const swap = createMatcher([
      {
        slug: 'limits', title: 'Limits', symptoms: ['rootless docker --cpus 被忽略'],
        errors: ['WARNING: No memory limit support', 'Your kernel does not support memory limit capabilities or the cgroup is not mounted. Limitation discarded.'],
        lookalikes: ['WARNING: Your kernel does not support swap limit capabilities or the cgroup is not mounted. Memory limited without swap.'],
      },
      ...ITEMS,
    ], { background });
    for (const q of ['docker memory limit swap', 'rootless docker memory limit not working']) {
      expect(swap.match(q).results[0]?.slug, q).toBe('limits');
      expect(swap.match(q).lookalike, q).toBeUndefined();
    }
    expect(swap.match('WARNING: Your kernel does not support swap limit capabilities or the cgroup is not mounted. Memory limited without swap.').lookalike?.slug).toBe('limits');
  });

  test('the entry\'s own errors still answer, alone or beside the look-alike in one log', () => {
    expect(m.match('failed to start daemon: Error initializing network controller: failed to create NAT chain DOCKER: iptables not found').results[0]?.slug).toBe('iptables-missing');
    const log = `${flushed}\nlevel=warning msg="failed to find iptables" error="exec: \\"iptables\\": executable file not found in $PATH"`;
    const outcome = m.match(log);
    expect(outcome.confidence).not.toBe('low');
    expect(outcome.results[0]?.slug).toBe('iptables-missing');
    expect(outcome.results[0]?.line).toContain('executable file not found');
  });
});

describe('the words around a paste', () => {
  const chatty = createMatcher([
    { slug: 'dns', title: 'DNS', errors: ['curl: (6) Could not resolve host: <HOST>'], symptoms: ['容器里无法解析域名'] },
  ], { background: COMMON_ERROR_TEXT, typos: typoCorrector });
  const log = 'curl: (6) Could not resolve host: deb.debian.org';

  test('an error quoted as e-mail or Markdown quote it counts as the error, not as a command the user typed', () => {
    const said = 'After the upgrade nothing resolves:';
    expect(chatty.match(`${said}\n> ${log}`).results[0]?.score).toBe(chatty.match(`${said}\n${log}`).results[0]?.score);
  });
});

describe('typed questions', () => {
  const m = createMatcher([
    { slug: 'ping', title: 'Ping', errors: [], symptoms: ['ping 不通', '容器里 ping 失败', 'ping_group_range 1 0'] },
    { slug: 'xdg', title: 'XDG', errors: ['could not get XDG_RUNTIME_DIR'], symptoms: ['XDG_RUNTIME_DIR 为空'] },
  ], { background: COMMON_ERROR_TEXT, typos: typoCorrector });

  test('a question of four short lines is read as typed, as the same question alone (TYPED_LINES); five lines are a log', () => {
    const alone = m.match('容器里 ping 失败').results[0]?.score;
    expect(m.match('Hi,\nrootless docker here.\n容器里 ping 失败\nThanks').results[0]?.score).toBe(alone);
    expect(m.match('rootless docker here.\nsince yesterday.\n容器里 ping 失败\nsame on two hosts.\nno firewall.').results[0]?.score).toBeLessThan(alone ?? 0);
  });

  test('a question is as long as what is read of it: a journald prefix on each line does not make it a log (TYPED_CHARS)', () => {
    const lines = ['Hi, my rootless docker setup on this host has a problem:', '容器里 ping 失败', 'Any idea what to check first? Thanks a lot'];
    const journald = lines.map((l, i) => `Dec 02 23:00:0${i} build-server-01.example.internal dockerd-rootless.sh[123456]: ${l}`).join('\n');
    expect(journald.length).toBeGreaterThan(300);
    expect(m.match(journald).results[0]?.score).toBe(m.match(lines.join('\n')).results[0]?.score);
  });
});

test('a paste too long to read whole is never a typed question, however little of it is read', () => {
  const m = createMatcher(ITEMS, { background, typos: typoCorrector, minConfidence: 0 });
  const numbers = Array.from({ length: 40_000 }, (_, n) => String(n)).join('\n');
  const capped = m.match(`容器里 ping 失败\n${numbers}\n容器里 ping 失败`);
  expect(capped.capped).toBe(true);
  expect(capped.results[0]?.score ?? 0).toBeLessThan(m.match('容器里 ping 失败').results[0]?.score ?? 0);
});

describe('an error in a pasted log needs its failure said, not only its subject named (FAILURE_UNSAID)', () => {
  const items: MatchableItem[] = [
    { slug: 'tool-missing', title: 'Tool missing', errors: ['dockerd-rootless-setuptool.sh: command not found'], symptoms: [] },
    { slug: 'other', title: 'Other', errors: ['failed to register layer: lchown <FILE>: invalid argument'], symptoms: [] },
  ];
  const loose = createMatcher(items, { background: COMMON_ERROR_TEXT, minConfidence: 0 });
  // Longer than a typed question (TYPED_LINES), so read as a pasted log.
  const log = (line: string) => ['$ lsb_release -d', 'Description: Ubuntu 24.04.1 LTS', '$ id -u', '1000', line, '$ echo $SHELL', '/bin/bash'].join('\n');
  const score = (line: string) => loose.match(log(line)).results.find((r) => r.slug === 'tool-missing')?.score ?? 0;

  test('a line that names the tool and says it was not found matches in full; a sentence that only names it, about 0.6 of that', () => {
    const said = score('bash: dockerd-rootless-setuptool.sh: command not found');
    // A person's long sentence: what it contains of the error decides, not how much of it the error explains.
    const named = score('We followed the guide on our build hosts, and Docker was installed via dockerd-rootless-setuptool.sh before the workspace mounts began failing every night.');
    expect(said).toBeGreaterThan(0.8);
    expect(named).toBeGreaterThan(0);
    expect(named).toBeLessThanOrEqual(said * 0.62);
  });

  test('one common word of the failure is enough: the line says it failed, however it words the rest', () => {
    expect(score('dockerd-rootless-setuptool.sh: not found')).toBeGreaterThan(score('installed via dockerd-rootless-setuptool.sh'));
  });

  test('a typed question is left alone (it paraphrases)', () => {
    const m = createMatcher(items, { background: COMMON_ERROR_TEXT });
    expect(m.match('where is dockerd-rootless-setuptool.sh').results[0]).toMatchObject({ slug: 'tool-missing' });
    expect(m.match('where is dockerd-rootless-setuptool.sh').results[0]?.score).toBeGreaterThan(0.93);
  });

  test('a common word a line has only inside a compound does not say the failure (`$XDG_RUNTIME_DIR` holds runtime and dir)', () => {
    const xdg = createMatcher([{ slug: 'xdg', title: 'XDG', errors: ['could not get XDG_RUNTIME_DIR'], symptoms: [] }], { background: COMMON_ERROR_TEXT, minConfidence: 0 });
    const xdgScore = (line: string) => xdg.match(log(line)).results[0]?.score ?? 0;
    const said = xdgScore('Error: could not get XDG_RUNTIME_DIR');
    const named = xdgScore('But for my setup the socket is at unix://$XDG_RUNTIME_DIR/docker.sock, which the tool ignores.');
    expect(said).toBeGreaterThan(0.6);
    expect(named).toBeLessThanOrEqual(said * 0.62);
  });

  test('a phrase with Chinese words, matched by a pasted line that shares none of them, has its failure unsaid', () => {
    const phrase = createMatcher([{ slug: 'tool-missing', title: 'Tool missing', errors: [], symptoms: ['找不到 dockerd-rootless-setuptool.sh'] }], { background: COMMON_ERROR_TEXT, minConfidence: 0 });
    const phraseScore = (line: string) => phrase.match(log(line)).results[0]?.score ?? 0;
    const said = phraseScore('bash: 找不到 dockerd-rootless-setuptool.sh，装完 docker-ce 之后');
    const named = phraseScore('We run rootless Docker 29 on Debian 12 (installed with dockerd-rootless-setuptool.sh).');
    expect(said).toBeGreaterThan(0);
    expect(named).toBeLessThan(said * 0.7);
    // What the line holds of the phrase, not how much of the line the tool's name explains: no answer.
    expect(named).toBeLessThan(MIN_CONFIDENCE);
  });

  test('an error with no common words is not cut: there is no failure to say apart from its words', () => {
    const rare = createMatcher([{ slug: 'rare', title: 'rare', errors: ['vpnkit slirp4netns tap0 mtu65520 rootlesskit'], symptoms: [] }], { background: COMMON_ERROR_TEXT, minConfidence: 0 });
    const sentence = 'we saw vpnkit slirp4netns tap0 mtu65520 rootlesskit printed by the helper during the night after the upgrade of the build host';
    expect(rare.match(log(sentence)).results[0]?.score).toBeGreaterThan(0.9);
  });
});

describe('a symptom a rootless paste says over several lines (SPREAD_SYMPTOM_SCORE)', () => {
  const items: MatchableItem[] = [
    { slug: 'owners', title: 'Bind mount owners', errors: [], symptoms: ['rootless docker bind mount permission denied', 'container cannot write bind mount permission denied'] },
    { slug: 'socket', title: 'Socket', errors: ['Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?'], symptoms: [] },
  ];
  const matcher = createMatcher(items, { background: COMMON_ERROR_TEXT });
  // An issue's prose: no line holds more than two of the phrase's words.
  const prose = (setup: string) => [
    setup,
    'The app writes its cache under /srv/app, which we pass in as a bind mount.',
    'Inside the container the entrypoint runs as uid 1000.',
    'Every write there fails with permission denied, and the folder shows up as owned by root.',
    'It worked before we moved the host over last week.',
  ].join('\n');

  test('a paste that says it is rootless and holds every word of the phrase answers with it, on the line of its rarest word', () => {
    const outcome = matcher.match(prose('We run rootless Docker 29 on Debian 12 (dockerd-rootless-setuptool.sh install).'));
    expect(outcome.confidence).toBe('high');
    expect(outcome.results[0]).toMatchObject({ slug: 'owners' });
    // An answer, but a weak one: words gathered from far apart say less than a line that repeats an error.
    expect(outcome.results[0]?.score).toBeGreaterThan(MIN_CONFIDENCE);
    expect(outcome.results[0]?.score).toBeLessThan(0.6);
    expect(outcome.results[0]?.line).toMatch(/bind mount|rootless/);
    expect(outcome.results[0]?.spread).toBe(true);
  });

  test('the same prose from a paste that does not say rootless is no answer, though it holds every word of a phrase', () => {
    expect(matcher.match(prose('We run Docker 29 on Debian 12 from the official packages.')).confidence).toBe('low');
  });

  test('a word of the phrase missing from the whole paste is no answer', () => {
    const paste = prose('We run rootless Docker 29 on Debian 12 (dockerd-rootless-setuptool.sh install).').replace('permission denied', 'an error');
    expect(paste).not.toMatch(/permission|denied/);
    expect(matcher.match(paste).confidence).toBe('low');
  });

  test('words only a set -x trace echoes do not count', () => {
    const paste = prose('We run rootless Docker 29 on Debian 12 (dockerd-rootless-setuptool.sh install).').replace('which we pass in as a bind mount', 'which we pass in as a volume');
    expect(matcher.match(paste).confidence).toBe('low');
    expect(matcher.match(`${paste}\n+ mount --bind /srv/app /data`).confidence).toBe('low');
  });

  test('a phrase of fewer than four words, or of light words only, is no answer when gathered from far apart', () => {
    const short = createMatcher([...items, { slug: 'short', title: 'Short', errors: [], symptoms: ['bind mount denied'] }], { background: COMMON_ERROR_TEXT });
    const paste = prose('We run rootless Docker 29 on Debian 12 (dockerd-rootless-setuptool.sh install).');
    expect(short.match(paste).results.map((r) => r.slug)).not.toContain('short');
    const light = createMatcher([...items, { slug: 'light', title: 'Light', errors: [], symptoms: ['docker daemon error failed'] }], { background: COMMON_ERROR_TEXT });
    const lightPaste = `${paste}\nThe daemon log shows an error, and the start failed.`;
    expect(light.match(lightPaste).results.map((r) => r.slug)).not.toContain('light');
  });

  test('a line that matches a known error still outscores the phrase gathered from far apart', () => {
    const paste = `${prose('We run rootless Docker 29 on Debian 12 (dockerd-rootless-setuptool.sh install).')}\ndocker: Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?`;
    expect(matcher.match(paste).results[0]).toMatchObject({ slug: 'socket' });
    expect(matcher.match(paste).results[0]?.spread).toBeUndefined();
  });
});
