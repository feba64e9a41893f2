import { describe, expect, test } from 'vitest';
import {
  MAX_LINE_CHARS, MAX_SHOWN_CHARS, canonicalise, cleanLine, isErrorLine, normalisePaste, piecesOfLongLine } from '../../src/lib/log-normalise.ts';
import { MAX_PASTE_CHARS } from '../../src/lib/paste.ts';

describe('cleanLine', () => {
  test.each([
    ['a tab', 'could not\tget XDG_RUNTIME_DIR', 'could not get XDG_RUNTIME_DIR'],
    ['a zero-width space', 'could not\u200bget XDG_RUNTIME_DIR', 'could not get XDG_RUNTIME_DIR'],
    ['an escape code', '\u001b[31mcould not get XDG_RUNTIME_DIR\u001b[0m', 'could not get XDG_RUNTIME_DIR'],
    ['an escaped quote', 'exec: \\"iptables\\": executable file not found', 'exec: "iptables": executable file not found'],
    ['two spaces', 'could not  get XDG_RUNTIME_DIR', 'could not get XDG_RUNTIME_DIR'],
    ['a blank at the end', 'could not get XDG_RUNTIME_DIR ', 'could not get XDG_RUNTIME_DIR'],
    ['a prompt', '$ docker ps', 'docker ps'],
    ['logrus fields', 'level=error msg="could not get XDG_RUNTIME_DIR"', 'error: could not get XDG_RUNTIME_DIR'],
    ['nothing (left as it is)', 'could not get XDG_RUNTIME_DIR', 'could not get XDG_RUNTIME_DIR'],
    ['a shell pipe, which is no compose prefix', '$ dmesg | grep tun', 'dmesg | grep tun'],
    ['a pipe from a command named like a container, after a prompt', '$ lsmod_2 | grep tun', 'lsmod_2 | grep tun'],
  ])('cleans a line whose only fault is %s', (_what, raw, clean) => {
    expect(cleanLine(raw)).toBe(clean);
  });

  test.each([
    ['a journald prefix', 'Nov 29 09:15:27 host dockerd-rootless.sh[1234]: could not get XDG_RUNTIME_DIR', 'could not get XDG_RUNTIME_DIR'],
    ['a short-iso journald prefix', '2024-11-29T09:15:27+0800 web01 dockerd-rootless.sh[77]: boom', 'boom'],
    ['a syslog priority', '<27>Nov  9 09:15:27 host kernel: audit: denied', 'audit: denied'],
    ['docker compose\'s container name and bar', 'matterm-mattermost-1  | Error: failed to load configuration', 'Error: failed to load configuration'],
    ['compose v1\'s name and bar, and a docker logs -t stamp after it', "web_1      | 2026-12-02T23:00:01.123456789Z chown: changing ownership of '/data': Operation not permitted", "chown: changing ownership of '/data': Operation not permitted"],
    ['a docker logs -t stamp (not a host and a program before `Driver:`)', '2026-12-02T23:00:01.123456789Z Cgroup Driver: none', 'Cgroup Driver: none'],
    ['a docker logs -t stamp with an offset', '2026-12-02T23:00:01.120000000+08:00 WARNING: No swap limit support', 'WARNING: No swap limit support'],
    ['a dmesg time', '[ 1532.417785] audit: type=1400 apparmor="DENIED"', 'audit: type=1400 apparmor="DENIED"'],
    ['a shell trace', '+ exec rootlesskit --net=slirp4netns', 'exec rootlesskit --net=slirp4netns'],
    ['a nested shell trace', "++ id -u", 'id -u'],
    ['a prompt', 'alice@box:~/src$ docker run -p 80:80 nginx', 'docker run -p 80:80 nginx'],
    ['a prompt of the directory alone', '~/src$ docker run -p 80:80 nginx', 'docker run -p 80:80 nginx'],
    ["Fedora's prompt", '[alice@fedora src]$ docker run -p 80:80 nginx', 'docker run -p 80:80 nginx'],
    ['ANSI colours', '\u001b[31mERROR\u001b[0m: failed', 'ERROR: failed'],
    ['NUL and control bytes', 'a\u0000b\u0007c', 'a b c'],
  ])('removes %s', (_what, raw, clean) => {
    expect(cleanLine(raw)).toBe(clean);
  });

  test('unwraps a logrus line to its level, message and error, unescaping quotes', () => {
    const raw = 'time="2024-05-02T07:11:45Z" level=error msg="failed to start daemon" error="exec: \\"iptables\\": executable file not found in $PATH"';
    expect(cleanLine(raw)).toBe('error: failed to start daemon: exec: "iptables": executable file not found in $PATH');
  });

  test('drops the level of an info logrus line', () => {
    expect(cleanLine('time="x" level=info msg="Loading containers: start."')).toBe('Loading containers: start.');
  });

  test('cuts very long lines', () => {
    expect(cleanLine('x'.repeat(MAX_LINE_CHARS * 3)).length).toBe(MAX_LINE_CHARS);
  });
});

describe('canonicalise', () => {
  test.each([
    ['user and UID', 'No subuid ranges found for user 1001 ("testuser")', 'no subuid ranges found for user'],
    ['another user and UID', 'No subuid ranges found for user 998 ("gitlab-runner")', 'no subuid ranges found for user'],
    ['home folders', 'lchown /home/maria/.local/share/docker/x: invalid argument', 'lchown ~/.local/share/docker/x: invalid argument'],
    ['the root home', 'open /root/.config/docker/daemon.json', 'open ~/.config/docker/daemon.json'],
    ['container IDs', 'endpoint web (9e2e139a9d8fc92b37c36edfa6214a6e986fa2028c0cc359812f685173fa6df7): x', 'endpoint web ( ): x'],
    ['digests', 'failed to extract layer sha256:5f70bf18a086007016e9: x', 'failed to extract layer : x'],
    ['UUIDs', 'boot 0f8fad5b-d9cb-469f-a165-70867728950e ok', 'boot ok'],
    ['PIDs and counts', 'newuidmap 5120 [0 1003 1 1 200000 65536] failed', 'newuidmap [ ] failed'],
    ['quotes', 'can\'t initialize iptables table `nat\': Table', 'cant initialize iptables table nat : table'],
    ['ellipses and placeholders', 'lchown <FILE>: invalid argument ...', 'lchown : invalid argument'],
    ['a Go struct dump of settings', '[rootlesskit:parent] error: failed to setup network &{logWriter:0x400008dec0 binary:slirp4netns mtu:65520 ipnet:{IP:10.0.2.0 Mask:ffffff00}}: waiting for ready fd', '[rootlesskit:parent] error: failed to setup network : waiting for ready fd'],
    ['a struct dump cut short', 'failed to setup network &{logWriter:0x400008dec0 binary:slirp4netns mtu:6552', 'failed to setup network'],
    ['a struct dump with mutexes nested three deep', '[rootlesskit:parent] error: failed to setup network &{logWriter:0xc000010058 binary:pasta mtu:65520 ipnet:<nil> ifname:tap0 infoMu:{w:{_:{} mu:{state:0 sema:0}} writerSem:0 readerSem:0 readerCount:{_:{} v:0} readerWait:{_:{} v:0}} implicitPortForwarding:true info:<nil> feat:0x2165643aef1f}: pasta failed with exit code 1:', '[rootlesskit:parent] error: failed to setup network : pasta failed with exit code :'],
    ['a dump cut short whose error follows on the line', 'exec result &{ExitCode:1 Stderr:newuidmap: write to uid_map failed: Operation not permitted', 'exec result write to uid_map failed: operation not permitted'],
  ])('erases %s', (_what, text, canonical) => {
    expect(canonicalise(text)).toBe(canonical);
  });

  test.each([
    ['newuidmap: write to uid_map failed: 不允许的操作', 'newuidmap: write to uid_map failed: 不允许的操作 operation not permitted'],
    ['bash: iptables: 未找到命令', 'bash: iptables: 未找到命令 command not found'],
    ["mkdir: 无法创建目录 '/run/user/1000/docker': 权限不够", 'mkdir: 无法创建目录 /run/user/ /docker : 权限不够 permission denied'],
    ['dial unix /run/docker.sock: connect: 拒绝连接', 'dial unix /run/docker.sock: connect: 拒绝连接 connection refused'],
  ])('reads the Chinese locale error text of %j with its English', (text, canonical) => {
    expect(canonicalise(text)).toBe(canonical);
    expect(isErrorLine(text)).toBe(true);
  });

  test.each([
    ['port 80', 'cannot expose privileged port 80,', 'cannot expose privileged port lowport ,'],
    ['an address', 'listen tcp4 0.0.0.0:443: bind', 'listen tcp4 lowport : bind'],
    ['a Chinese port', '80 端口', 'lowport 端口'],
    ['a -p flag', 'docker run -p 80:80 nginx', 'docker run -p lowport nginx'],
    ['an unprivileged port', 'curl localhost:8080', 'curl highport'],
    ['an address after port, not its first octet', 'failed to bind host port 10.0.2.100:3000/tcp', 'failed to bind host port highport /tcp'],
    ['-p with an address and no port, not its first octet', 'pasta -p 127.0.0.1 reset', 'pasta -p ip reset'],
    ['an address before 端口, not its last octet', '连 192.168.1.100 端口不通', '连 ip 端口不通'],
    ['a bare number after 绑不了', 'rootless setcap了还绑不了443', 'rootless setcap了还绑不了 lowport'],
    ['a bare number after bind', "can't bind 80 in rootless", 'cant bind lowport in rootless'],
  ])('turns %s into a port class', (_what, text, canonical) => {
    expect(canonicalise(text)).toBe(canonical);
  });

  test.each([
    ['owner and group in ls -l', 'drwxrwxr-x 12 100999 100999 4.0K Jan 27 22:55 server', 'drwxrwxr-x subidowner 4.0k jan : server'],
    ['a chown pair', 'the user is `100999:100999`', 'the user is subidowner'],
    ['owned by', 'files created by the container are owned by 165535', 'files created by the container are owned by subidowner'],
    ['a Chinese owner', '属主变成 100032 这种奇怪的 uid', '属主变成 subidowner 这种奇怪的 uid'],
  ])('turns a subordinate ID standing as an owner (%s) into a word', (_what, text, canonical) => {
    expect(canonicalise(text)).toBe(canonical);
  });

  test.each([
    ['a newuidmap map', 'newuidmap 42 [0 1000 1 1 100000 65536 65537 100000 65536] failed', 'newuidmap [ ] failed'],
    ['a subuid line', 'dog:165536:65536', 'dog: :'],
    ['a PID', 'Main PID: 123456 (dockerd)', 'main pid: (dockerd)'],
    ['an owner below the subordinate range', 'owned by 1000:1000', 'owned by :'],
    ['two different large numbers', 'drwxr-xr-x 2 100999 100998 4096 data', 'drwxr-xr-x data'],
    ['the id of an LDAP user', 'uid=1234500001(jdoe) gid=1234500001(jdoe)', 'uid= (jdoe) gid= (jdoe)'],
  ])('erases a large number that stands as no owner (%s)', (_what, text, canonical) => {
    expect(canonicalise(text)).toBe(canonical);
  });

  test('keeps versions', () => {
    expect(canonicalise('Ubuntu 24.04 and Engine v29.5')).toBe('ubuntu 24.04 and engine 29.5');
  });
});

describe('isErrorLine', () => {
  test.each([
    ['[rootlesskit:parent] error: failed to start the child', true],
    ['WARNING: No cpu cfs quota support', true],
    ['listen tcp4 0.0.0.0:80: bind: permission denied', true],
    ['容器里 ping 不通', true],
    ['[INFO] Creating /home/a/.config/systemd/user/docker.service', false],
    ['Loading containers: start.', false],
  ])('%s → %s', (line, expected) => {
    expect(isErrorLine(line)).toBe(expected);
  });
});

describe('normalisePaste', () => {
  test('keeps distinct non-empty lines in order and marks error lines', () => {
    const paste = 'Nov 29 09:15:27 h x[1]: starting\n\n  \nNov 29 09:15:28 h x[1]: boom failed\nNov 29 09:15:29 h x[2]: boom failed\n';
    expect(normalisePaste(paste).lines).toEqual([
      { text: 'starting', canonical: 'starting', isError: false, kind: 'other' },
      { text: 'boom failed', canonical: 'boom failed', isError: true, kind: 'error' },
    ]);
  });

  test.each([
    ['+ exec rootlesskit --net=slirp4netns --mtu=65520 --copy-up=/etc', 'trace'],
    ['Nov 29 09:15:27 h dockerd-rootless.sh[9]: + exec rootlesskit --net=slirp4netns', 'trace'],
    ['docker-1  | + exec rootlesskit --net=slirp4netns --mtu=65520', 'trace'],
    ['docker-1  | 2026-12-02T23:00:01.123456789Z + exec rootlesskit --net=slirp4netns', 'trace'],
    ['2026-12-02T23:00:01.123456789Z + exec rootlesskit --net=slirp4netns', 'trace'],
    ['alice@web01:~$ docker run -p 80:80 nginx', 'command'],
    ['$ systemctl --user start docker', 'command'],
    ['~$ ping example.com', 'command'],
    ['[alice@fedora ~]$ docker run --rm hello-world', 'command'],
    ['[root@rhel9 app]# systemctl --user start docker', 'command'],
    ['~/app$ docker compose up -d', 'command'],
    ['/srv/app# docker run --rm alpine ping -c1 1.1.1.1', 'command'],
    ['/home/u/bin/dockerd-rootless.sh: line 5: exec: rootlesskit: not found', 'error'],
    ['/etc/subuid:# newuidmap: write to uid_map failed: Operation not permitted', 'error'],
    ['/etc/sysctl.conf:# Uncomment the next line to enable packet forwarding', 'other'],
    ['# apt-get install -y uidmap', 'command'],
    ['# Install newuidmap & newgidmap binaries', 'other'],
    ['`docker run hello-world`', 'command'],
    ['sudo docker compose up -d', 'command'],
    ['`dockerd-rootless-setuptool.sh install`', 'command'],
    ['/usr/bin/dockerd-rootless-setuptool.sh install --force', 'command'],
    ['dockerd-rootless-setuptool.sh: command not found', 'error'],
    ['dockerd-rootless-setuptool.sh install keeps asking for slirp4netns', 'other'],
    ['docker run hello-world fails', 'error'],
    ['docker: Error response from daemon: failed to create task', 'error'],
    ['Docker version 27.1.1, build 6312585', 'settings'],
    ['- rootlesskit version: 0.14.6', 'settings'],
    ['API version: 1.41', 'settings'],
    ['API version: 1.41 (downgraded from 1.47)', 'other'],
    ['rootless docker still running old version after upgrade', 'other'],
    ['Environment="DOCKERD_ROOTLESS_ROOTLESSKIT_MTU=65520"', 'settings'],
    ['rootlesskit --net=slirp4netns --mtu=65520 --port-driver=builtin --copy-up=/etc', 'settings'],
    ['      - ${XDG_RUNTIME_DIR}/docker.sock:/var/run/docker.sock', 'settings'],
    ['1. Set up rootless Docker environment (dockerd-rootless-setuptool.sh install)', 'command'],
    ['- Install the `dbus-user-session` package, and reboot', 'command'],
    ['- Optional volumes such as /tv are mounted as being owned by root', 'other'],
    ['- the host address is 192.168.1.20', 'other'],
    ['1. Container starts but curl to the host hangs', 'other'],
    ['- kernel 5.15, runc 1.1', 'other'],
    ['2. I installed uidmap', 'command'],
    ['1. Created the volume', 'command'],
    ['- Enabled lingering', 'command'],
    ['2. Running the container as user 1000', 'command'],
    ['- I ran docker compose up', 'command'],
    ['2. Run the container: it fails with permission denied', 'error'],
    ['  - "./data:/var/lib/postgresql/data"', 'settings'],
    ['- failed to mount /run/user/1000:/run', 'error'],
    ['升级以后 systemctl --user status docker 里变成 --net=pasta --port-driver=implicit 了', 'other'],
    ['[rootlesskit:parent] error: failed to setup UID/GID map', 'error'],
    ['Loading containers: start.', 'other'],
    ['> [rootlesskit:parent] error: failed to setup UID/GID map', 'error'],
    ['> > Loading containers: start.', 'other'],
    ['> docker run hello-world', 'command'],
    ['> $ systemctl --user start docker', 'command'],
    ['Dec 05 10:00:00 h dockerd-rootless.sh[5678]: time="2026-12-05T10:00:00Z" level=info msg="loading plugin \\"io.containerd.snapshotter.v1.overlayfs\\"..."', 'info'],
    ['time="2026-12-05T10:00:00Z" level=debug msg="failed to read optional config, using defaults"', 'info'],
    ['INFO[0000] Starting up', 'info'],
    ['time="2026-12-05T10:00:00Z" level=error msg="failed to start daemon"', 'error'],
    ['WARN[0000] Running in rootless mode. This mode has feature limitations.', 'error'],
  ])('tells what kind of line %j is (%s): only errors and output count in full', (line, kind) => {
    expect(normalisePaste(line).lines[0]?.kind).toBe(kind);
  });

  test('cuts a long line for display', () => {
    const [line] = normalisePaste(`error ${'y'.repeat(1000)}`).lines;
    expect(line?.text.length).toBe(MAX_SHOWN_CHARS);
    expect(line?.text.endsWith('…')).toBe(true);
  });

  test('caps a 1 MB paste and says so', () => {
    const { capped, lines } = normalisePaste('error: x\n'.repeat(120_000));
    expect(capped).toBe(true);
    expect(lines.length).toBe(1);
  });

  test.each([
    ['empty', ''],
    ['whitespace', ' \n\t\r\n  '],
    ['binary junk', String.fromCharCode(...Array.from({ length: 4096 }, (_, i) => (i * 7919) % 65536))],
    ['NUL bytes', '\u0000'.repeat(100)],
    ['emoji and RTL text', '🐳🔥 \u202eשלום עולם مرحبا\u202c 👩‍👩‍👧'],
    ['HTML', '<script>alert(1)</script><img src=x onerror=alert(2)>'],
    ['a huge single line', 'z'.repeat(MAX_PASTE_CHARS * 3)],
    ['a non-string', 42 as unknown as string],
  ])('does not throw on %s', (_what, paste) => {
    expect(() => normalisePaste(paste)).not.toThrow();
  });

  test('shows HTML in a paste as the same text', () => {
    expect(normalisePaste('<img src=x onerror=alert(2)>').lines[0]?.text).toBe('<img src=x onerror=alert(2)>');
  });
});

describe('readChars', () => {
  test('is the length of what is read: the same lines with log prefixes and colours read as long, repeats count each time', () => {
    const plain = 'newuidmap: write to uid_map failed\nhello';
    const prefixed = 'Dec 02 23:00:01 build-01 dockerd-rootless.sh[4242]: \u001b[31mnewuidmap: write to uid_map failed\u001b[0m\nDec 02 23:00:02 build-01 dockerd-rootless.sh[4242]: hello';
    expect(normalisePaste(prefixed).readChars).toBe(normalisePaste(plain).readChars);
    expect(normalisePaste(`${plain}\nhello\nhello`).readChars).toBe(normalisePaste(plain).readChars + 2 * 'hello\n'.length);
  });
});

test('a line of a thousand nested quotes and stamps is read without error, and fast', () => {
  const line = `> ${'Jan 1 00:00:00 > '.repeat(7700)}newuidmap: write to uid_map failed`;
  expect(() => normalisePaste(line)).not.toThrow();
  // Read in pieces (piecesOfLongLine): the error at its end is among what is read.
  expect(normalisePaste(line).lines.some((l) => l.canonical.endsWith('newuidmap: write to uid_map failed'))).toBe(true);
});

describe('hard-wrapped pastes', () => {
  const records = [
    '[rootlesskit:parent] error: failed to setup UID/GID map: newuidmap 4242 [0 1000 1 1 100000 65536] failed: newuidmap: write to uid_map failed: Operation not permitted',
    'dockerd-rootless.sh[4242]: failed to start daemon: Error initializing network controller: error obtaining controller instance: failed to register "bridge" driver',
  ];
  const at80 = (line: string) => (line.match(/.{1,80}/g) ?? []).join('\n');
  const read = (paste: string) => normalisePaste(paste).lines.map((l) => l.canonical);

  test('are read as they were before a terminal cut them at 80 columns', () => {
    const wrapped = records.map(at80).join('\n');
    expect(wrapped.split('\n').length).toBeGreaterThan(records.length);
    expect(read(wrapped)).toEqual(read(records.join('\n')));
  });

  // Each trap sits in a paste that is wrapped (the two records), so only its own rule keeps it apart.
  const wrapped = records.map(at80);
  const pad80 = (line: string) => line.padEnd(80, 'x').slice(0, 80);
  test.each([
    ['a command as wide as the wrap, and the error under it (MESSAGE_START)', [pad80('$ docker run --rm -it --security-opt seccomp=unconfined -v /srv/data:/data alpine'), 'docker: Error response from daemon: cgroups: cgroup mountpoint does not exist.']],
    ['a line a console padded to the width with blanks', [`${'Job for docker.service failed because the control process exited.'.padEnd(80)}`.slice(0, 80), 'See "systemctl --user status docker.service" for details.']],
    ['a banner', ['='.repeat(80), 'Docker rootless check']],
    ['a record that begins with a time stamp (RECORD_START)', [pad80('level=error msg="failed to mount overlay: operation not permitted" storage-driver=overlay2'), 'time="2024-01-08T10:10:11Z" level=error msg="driver not supported"']],
    ['Chinese text (WIDE)', [pad80('rootless docker 起不来，systemctl --user status docker 里一直是 activating，日志里最后几行是这样的'), '然后就退出了']],
  ])('leave lines that are no wrap apart, in a wrapped paste: %s', (_what, trap) => {
    const lines = read([wrapped[0], ...trap, wrapped[1]].join('\n'));
    expect(lines).toEqual([...read(records[0] ?? ''), ...trap.flatMap((l) => read(l)), ...read(records[1] ?? '')]);
  });

  test('one record cut mid-word into three lines is read whole (the only wrapped record in the paste)', () => {
    const record = 'docker: Error response from daemon: driver failed programming external connectivity on endpoint gateway (3f0c9a1b2d4e): Error starting userland proxy: listen tcp4 0.0.0.0:80: bind: permission denied';
    const paste = ['$ docker run --rm -p 80:80 nginx', at80(record)].join('\n');
    expect(paste.split('\n')).toHaveLength(4);
    expect(read(paste)).toEqual([...read('$ docker run --rm -p 80:80 nginx'), ...read(record)]);
  });

  test('one record cut into five lines or more is read whole though one cut fell between two words', () => {
    const record = 'docker: Error response from daemon: failed to create task for container: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: unable to apply cgroup configuration: unable to start unit "docker-170a4183e351e69835b82cc3134b97c8cbb0e6d3a616d5a0fb0ea473075062ad.scope" (properties [{Name:Description Value:"libcontainer container 170a4183e351e69835b82cc3134b97c8cbb0e6d3a616d5a0fb0ea473075062ad"} {Name:Slice Value:"user.slice"} {Name:Delegate Value:true} {Name:PIDs Value:@au [2872]} {Name:MemoryAccounting Value:true} {Name:CPUAccounting Value:true}]): Interactive authentication required.: unknown.';
    const cut = (record.match(/.{1,150}/g) ?? []);
    expect(cut.length).toBeGreaterThanOrEqual(5);
    expect(cut.slice(0, -1).filter((line, i) => /\W/.test(line.slice(-1) + (cut[i + 1] ?? '').charAt(0)))).toHaveLength(1);
    expect(read(cut.join('\n'))).toEqual(read(record));
  });

  test.each([
    ['four lines, one cut between words', ['x', '.', 'x']],
    ['five lines, two cuts between words', ['x', '.', 'x', '.']],
  ])('a chain of %s is no wrap (only five lines or more may have one such cut)', (_what, ends) => {
    // Lines as wide as the widest, each beginning with its own word; a line ending in `.` is cut between words.
    const starts = ['alpha', 'bravo', 'charlie', 'delta', 'echo'];
    const lines = ends.map((end, i) => `${starts[i]} ${'y'.repeat(94 - (starts[i] ?? '').length)}${end}`.padEnd(100, 'z').slice(0, 99) + end);
    lines.push(`${starts[ends.length]} failed: operation not permitted`);
    expect(new Set(lines.slice(0, -1).map((l) => l.length))).toEqual(new Set([100]));
    expect(read(lines.join('\n'))).toEqual(lines.flatMap((l) => read(l)));
  });

  test('rows of a table cut to the terminal, then an error, are no wrap (one tail is no sign)', () => {
    const row = (pid: number, cmd: string) => pad80(`alice     ${String(pid).padStart(6)}  0.0  0.1 123456  7890 ?   Ssl  10:00   0:01 ${cmd}`);
    const lines = ['$ ps aux | grep docker', row(1234, 'rootlesskit --state-dir=/run/user/1000/dockerd-rootlesskit --net=slirp4netns'),
      row(1240, '/proc/self/exe --state-dir=/run/user/1000/dockerd-rootlesskit'), 'Cannot connect to the Docker daemon at unix:///run/user/1000/docker.sock.'];
    expect(read(lines.join('\n'))).toEqual(lines.flatMap((l) => read(l)));
  });

  test('one line cut once is kept apart (it may be a record as long as the longest) and read joined as well', () => {
    const record = 'docker: failed to register layer: ApplyLayer exit status 1 stdout:  stderr: lchown /etc/shadow: operation not permitted.';
    const paste = ['$ docker pull python:3.12', at80(record), "See 'docker run --help'."].join('\n');
    const { lines, rejoined } = normalisePaste(paste);
    expect(lines.map((l) => l.text)).toContain('wn /etc/shadow: operation not permitted.');
    expect(rejoined.map((l) => l.canonical)).toEqual(read(record));
    expect(rejoined[0]?.isError).toBe(true);
  });

  test('rows of a table cut to the terminal, or a chain of more than four lines, are not read joined', () => {
    const row = (pid: number, cmd: string) => pad80(`alice     ${String(pid).padStart(6)}  0.0  0.1 123456  7890 ?   Ssl  10:00   0:01 ${cmd}`);
    const table = ['$ ps aux | grep docker', row(1234, 'rootlesskit --net=slirp4netns'), row(1240, '/proc/self/exe --state-dir=/run/user/1000'), 'Cannot connect to the Docker daemon.'];
    expect(normalisePaste(table.join('\n')).rejoined).toEqual([]);
    const long = 'docker: Error response from daemon: '.concat('failed to create task for container: '.repeat(12), 'permission denied');
    expect(at80(long).split('\n').length).toBeGreaterThan(4);
    expect(normalisePaste(['$ docker run --rm alpine', at80(long), 'See the log.'].join('\n')).rejoined).toEqual([]);
  });

  test('a paste taken for wrapped, or with no line as long as a wrap, has no line to read joined as well', () => {
    expect(normalisePaste(records.map(at80).join('\n')).rejoined).toEqual([]);
    expect(normalisePaste('docker ps\nCannot connect to the Docker daemon at unix:///run/user/1000/docker.sock.').rejoined).toEqual([]);
  });

  test('Chinese lines of the same length are not wraps (a terminal gives each character two columns)', () => {
    const line = '想让每个人用 rootless docker，dockerd-rootless-setuptool.sh install 提示缺少 subuid 条目，怎么处理才好呢';
    const lines = [line, line.replace('怎么', '如何'), '下一行', line.replace('怎么', '咋'), '再下一行'];
    expect(read(lines.join('\n'))).toHaveLength(5);
  });
});

describe('piecesOfLongLine', () => {
  test('leaves a line of MAX_LINE_CHARS or less whole', () => {
    expect(piecesOfLongLine('a'.repeat(MAX_LINE_CHARS))).toEqual(['a'.repeat(MAX_LINE_CHARS)]);
  });
  test('cuts a longer one into overlapping pieces that leave nothing unread, a message at a cut whole in one of them', () => {
    const message = 'could not get XDG_RUNTIME_DIR';
    const line = `${'x'.repeat(MAX_LINE_CHARS - 10)}${message}${'y'.repeat(3000)}`;
    const pieces = piecesOfLongLine(line);
    expect(pieces.every((p) => p.length <= MAX_LINE_CHARS)).toBe(true);
    expect(pieces.some((p) => p.includes(message))).toBe(true);
    expect(pieces.at(-1)!.endsWith('y'.repeat(100))).toBe(true);
  });
});
