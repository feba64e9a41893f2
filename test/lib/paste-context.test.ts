import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { namesRootfulPath, pasteContext, pasteOrigin, saysRootless } from '../../src/lib/paste-context.ts';

describe('pasteContext', () => {
  test.each([
    ['the rootless socket', 'dial unix /run/user/1000/docker.sock: connect: no such file or directory'],
    ['the rootless script', 'Nov 29 09:15:27 h dockerd-rootless.sh[12]: starting'],
    ['rootlesskit', '[rootlesskit:parent] error: failed to start the child'],
    ['the rootless data root', 'open /home/alice/.local/share/docker/overlay2/x: no such file or directory'],
    ['slirp4netns', 'slirp4netns failed'],
    ['the setup tool finding rootful Docker', '[ERROR] Aborting because rootful Docker (/var/run/docker.sock) is running and accessible.'],
    ['the setup tool listing what it lacks, without its name', '[ERROR] Missing system requirements. Run the following commands to\n[ERROR] install the requirements and run this tool again.\n########## BEGIN ##########\nsudo sh -eux <<EOF\n# Install newuidmap & newgidmap binaries\napt-get install -y uidmap\nEOF'],
  ])('says rootless for %s', (_what, text) => {
    expect(pasteContext(text)).toBe('rootless');
  });

  test.each([
    ['Podman with Docker named', 'Error: podman run failed, docker too'],
    ['WSL', 'running docker in WSL2'],
    ['an OpenWrt derivative', 'immortalwrt 23.05 上拉取镜像报错 lsetxattr security.capability: operation not supported'],
    ['sudo dockerd', '$ sudo dockerd --debug'],
    ['the rootful data root', 'open /var/lib/docker/overlay2/x: no such file or directory'],
    ['Docker in an LXC container', 'Just realised, probably relevant, this is inside an lxc/lxd container.'],
    ['Proxmox VE in Chinese', 'PVE宿主机上使用LXC运行docker'],
    ['Proxmox alone', 'Proxmox 8.2 host, docker pull fails: lchown /x: invalid argument'],
    ['PVE alone', 'pve 8 上 docker pull 报 lchown invalid argument'],
    ["Proxmox's unprivileged container, 非特权 beside it", 'PVE 非特权 LXC 容器里 docker pull 报错'],
    ['gVisor named beside its runtime', 'installed gvisor, docker run --runtime=runsc fails'],
    ["gVisor's runtime", '$ docker run --runtime=runsc --rm hello-world'],
    ['Synology in Chinese', '群晖 DSM 7.2 上 docker 拉取镜像失败'],
  ])('says other for %s', (_what, text) => {
    expect(pasteContext(text)).toBe('other');
  });

  test.each([
    ['a rootless Podman log', 'Error: podman run: rootless netns: exec: "slirp4netns": executable file not found in $PATH'],
    ['a rootless Podman question', 'podman rootless 容器想开机自启'],
    ['a buildah error with subuid', 'buildah: cannot find mappings for user: open /etc/subuid'],
    ['rootless k3s (its own containerd)', 'K3S Rootless mode daemon-reload : Failed to connect to bus: No such file or directory'],
    ["nerdctl's rootless containerd, by its script", '$ containerd-rootless-setuptool.sh install-fuse-overlayfs\n[INFO] Starting systemd unit "containerd-fuse-overlayfs.service"'],
    ["Podman's port forwarder, podman unsaid", 'ERRO[0003] failed to expose ports via rootlessport: "listen tcp 0.0.0.0:9080: bind: address already in use'],
    ["Podman's host name, podman unsaid", 'host.containers.internal unreachable from rootless bridge containers: shared rootless-netns pasta missing --map-host-loopback'],
    ["Podman's configuration file", 'set network_cmd_options in ~/.config/containers/containers.conf, rootless'],
    ["Podman pulling through its docker:// transport", '$ podman pull docker://fedora:latest\nERRO[0010] Error while applying layer: lchown /run/systemd/netif: invalid argument'],
    ['buildah naming a Docker Hub image', 'buildah from docker.io/library/alpine:latest: writing blob: lchown /etc/shadow: invalid argument'],
    ['Apptainer refused a user namespace', '$ apptainer run app.sif\nERROR  : Failed to create user namespace: Permission denied'],
    ['Singularity, its former name', 'singularity exec --userns: user namespaces are not enabled, check /proc/sys/user/max_user_namespaces'],
  ])('says engine for %s, rootless words or not', (_what, text) => {
    expect(pasteContext(text)).toBe('engine');
  });

  test.each(['rootlessport', 'rootless-netns', 'conmon', 'libpod', 'quadlet', 'host.containers.internal', 'containers.conf'])('says engine for Podman\'s %s alone', (word) => {
    const text = `failed: ${word}: operation not permitted`;
    expect(pasteContext(text)).toBe('engine');
  });

  test.each(['rootlessport', 'rootless-netns', 'conmon', 'quadlet', 'host.containers.internal', 'containers.conf'])('says engine for Podman\'s %s even beside Docker and rootless (docker-compose against Podman\'s socket)', (word) => {
    expect(pasteContext(`docker-compose up on my rootless setup\nError response from daemon: ${word}: listen tcp 0.0.0.0:8008: bind: address already in use`)).toBe('engine');
  });

  test.each([
    ['its shared-mount warning', 'WARN[0000] "/" is not a shared mount, this could cause issues or missing mounts with rootless containers'],
    ['its newuidmap failure', 'Error: exit status 1\ncannot setup namespace using newuidmap'],
    ['containers/storage\'s short ID map, said through a Docker-like API', 'Error:(HTTP code 500) server error - potentially insufficient UIDs or GIDs available in user namespace (requested 0:42 for /etc/gshadow): lchown /etc/gshadow: invalid argument'],
    ['its build folder', 'lchown /var/tmp/libpod_builder2108531042/build/.git: invalid argument'],
  ])('says engine for Podman\'s %s, Docker said or not', (_what, text) => {
    expect(pasteContext(text)).toBe('engine');
    expect(pasteContext(`rootless docker compose build\n${text}`)).toBe('engine');
  });

  test('does not say engine for moby\'s own shared-mount error', () => {
    expect(pasteContext('rootless docker: Error response from daemon: path /srv/data is mounted on /srv but it is not a shared mount')).toBe('rootless');
  });

  test('does not say engine for libpod beside Docker: dockerd-rootless.sh and RootlessKit name it in comments', () => {
    expect(pasteContext('rootless docker: see https://github.com/containers/libpod/pull/4374, slirp4netns fails')).toBe('rootless');
  });

  test('says rootless when a paste with another engine also names Docker', () => {
    expect(pasteContext('moved from podman to rootless docker, now slirp4netns fails')).toBe('rootless');
    expect(pasteContext('removed podman; apt install docker.io (the Ubuntu package)')).not.toBe('engine');
    expect(pasteContext('removed podman last week\nError response from daemon: Get "https://registry-1.docker.io/v2/": net/http: request canceled')).not.toBe('engine');
  });

  test.each([
    ['XDG_RUNTIME_DIR', 'XDG_RUNTIME_DIR: unbound variable'],
    ['newuidmap', 'newuidmap: write to uid_map failed: Operation not permitted'],
    ['subuid', 'grep alice /etc/subuid'],
    ['systemctl --user', 'systemctl --user status foo'],
    ['userns', 'sysctl kernel.unprivileged_userns_clone=1: cannot set uid to unmapped user in user namespace'],
    ['普通用户', 'ubuntu 新装的docker 普通用户 docker ps 报 Got permission denied'],
  ])('does not say rootless for %s, which Podman, distrobox, LXC, userns-remap or the docker group say too', (_what, text) => {
    expect(pasteContext(text)).toBe('unknown');
    expect(saysRootless(text)).toBe(false);
  });

  test('says other for another platform beside those words, rootless for its own words beside them', () => {
    expect(pasteContext('$ distrobox enter dev\n$ sudo docker ps\nXDG_RUNTIME_DIR: unbound variable')).toBe('other');
    expect(pasteContext('inside an LXC container: newuidmap: write to uid_map failed: Operation not permitted')).toBe('other');
    expect(pasteContext('inside an LXC container, rootless docker: newuidmap: write to uid_map failed')).toBe('rootless');
  });

  test('reads a Compose file as other, but rootless words still win over it', () => {
    expect(pasteContext('$ docker compose -f compose.yaml up -d\nError response from daemon: bind: permission denied')).toBe('other');
    expect(pasteContext('$ docker compose -f compose.yaml up -d\nError response from daemon: could not get XDG_RUNTIME_DIR: open /run/user/1000')).toBe('rootless');
  });

  test('runsc is a whole word', () => {
    expect(pasteContext('#!/sbin/runscript\nstart() { dockerd; }')).toBe('unknown');
  });

  test("dockerd's user-namespace hint (its /etc/subuid) does not say rootless", () => {
    const hint = 'failed to register layer: failed to Lchown "/x" for UID 10000, GID 10000 (try increasing the number of subordinate IDs in /etc/subuid and /etc/subgid): lchown /x: invalid argument';
    expect(saysRootless(hint)).toBe(false);
    expect(pasteContext(hint)).toBe('unknown');
    expect(pasteContext(`${hint}\n$ systemctl --user status docker  # dockerd-rootless.sh`)).toBe('rootless');
  });

  test('lets rootless words win over others', () => {
    expect(pasteContext('rootless docker under WSL2')).toBe('rootless');
  });

  test('reads the rootful daemon\'s userns-remap as another setup, unless the paste says rootless', () => {
    expect(pasteOrigin('centos7 userns-remap 起不来')).toMatchObject({ context: 'other', word: 'userns-remap' });
    expect(pasteContext('Error starting daemon: Can\'t create ID mappings: No subuid ranges found for user "dockremap"')).toBe('other');
    expect(pasteContext('Trying to enable userns-remap with rootless Docker results in dockerd failing to start')).toBe('rootless');
  });

  test('says unknown when the paste names neither', () => {
    expect(pasteContext('Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?')).toBe('unknown');
  });
});

describe('namesRootfulPath', () => {
  test.each([
    ['the rootful socket', 'cannot connect to the docker daemon at unix:///var/run/docker.sock. is the docker daemon running?', true],
    ['the rootful socket under /run', 'dial unix /run/docker.sock: connect: permission denied', true],
    ['the rootful data root', 'open /var/lib/docker/overlay2/x: no such file or directory', true],
    ['the rootful configuration', 'unable to configure the docker daemon with file /etc/docker/daemon.json', true],
    ['the rootful exec root, where its managed containerd listens', 'level=info msg="started new containerd process" address=/var/run/docker/containerd/containerd.sock', true],
    ['the rootful pid file', 'failed to start daemon: pid file found, ensure docker is not running or delete /var/run/docker.pid', true],
    ['the rootless socket', 'dial unix /run/user/ /docker.sock: connect: no such file or directory', false],
    ['the rootless exec root', 'address=/run/user/1000/docker/containerd/containerd.sock', false],
    ['a run/docker folder inside another path', 'open /home/alice/run/docker/x: no such file or directory', false],
    ['a folder only named like the daemon', 'open /var/run/dockerd-rootless/x: no such file', false],
    ['the daemon saying the rootful socket is missing (no rootful daemon there)', 'docker: Error response from daemon: invalid mount config for type "bind": bind source path does not exist: /var/run/docker.sock', false],
    ['the same beside the `-v` that asked for it (the daemon\'s word wins)', '$ docker run -v /var/run/docker.sock:/var/run/docker.sock portainer/portainer-ce\ndocker: Error response from daemon: invalid mount config for type "bind": bind source path does not exist:  /var/run/docker.sock', false],
    ['the rootless data root', 'open ~/.local/share/docker/overlay2/x: no such file or directory', false],
  ])('%s', (_what, text, expected) => {
    expect(namesRootfulPath(text)).toBe(expected);
  });
});

describe('pasteOrigin: a root shell running Docker', () => {
  test.each([
    ['docker at a root prompt', 'root@rpi4-dca632a191:/# docker pull homebridge/homebridge:latest\nfailed to register layer: lsetxattr security.capability /usr/bin/ping: operation not supported'],
    ['docker-compose at a root prompt', 'root@vps:~/app# docker-compose up -d\nERROR: for web  Cannot start service web'],
    ['dockerd at a root prompt', '  root@srv01:~# dockerd --debug'],
  ])('%s is rootful Docker, shown as where it comes from', (_what, text) => {
    expect(pasteOrigin(text)).toMatchObject({ context: 'unknown', rootfulPath: true });
    expect(pasteOrigin(text).word).toMatch(/^root@/);
  });

  test.each([
    ['the rootless setup tool run as root (run-as-root)', 'root@host:~# dockerd-rootless-setuptool.sh install'],
    ['a user prompt', 'alice@host:~$ docker pull alpine'],
    ['a root prompt running something else', 'root@2a4cf878b7a4:/# systemctl start puppetserver'],
    ['docker named later on the line', 'root@host:~# apt install docker.io'],
  ])('%s is not', (_what, text) => {
    expect(pasteOrigin(text).rootfulPath).toBe(false);
  });
});

describe('pasteOrigin: the system docker.service\'s journal', () => {
  test.each([
    ['dockerd\'s own lines', '8月 22 17:15:09 VM dockerd[31404]: Error starting daemon: Error initializing network controller', 'dockerd[31404]'],
    ['the system manager on the unit', 'May 18 16:28:06 ip-10-0-3-185 systemd[1]: docker.service: Failed with result \'exit-code\'.', 'systemd[1]: docker.service'],
    ['the system manager starting the unit', 'Nov 07 11:19:44 KODOS systemd[1]: Started docker.service - Docker Application Container Engine.', 'systemd[1]: Started docker.service'],
    ['the system manager naming the unit by its description', 'Nov 21 16:44:18 ubuntu systemd[1]: Failed to start Docker Application Container Engine.', 'Docker Application Container Engine'],
  ])('%s are rootful Docker, shown as where it comes from', (_what, text, word) => {
    expect(pasteOrigin(text)).toMatchObject({ context: 'unknown', rootfulPath: true, word });
  });

  test.each([
    ['the rootless user unit\'s lines (its program is dockerd-rootless.sh)', 'Nov 29 09:15:27 h dockerd-rootless.sh[1577]: could not get XDG_RUNTIME_DIR'],
    ['the user manager on its docker.service', 'Nov 29 09:15:27 h systemd[1123]: docker.service: Main process exited, code=exited, status=1/FAILURE'],
    ['dockerd named without a journal tag', 'dockerd: failed to start daemon'],
    ['the user manager on the rootless unit, named by its description', 'systemd[1123]: Failed to start Docker Application Container Engine.'],
  ])('%s are not', (_what, text) => {
    expect(pasteOrigin(text).rootfulPath).toBe(false);
  });
});

describe('pasteOrigin: a Docker release older than rootless mode (v19.03)', () => {
  test.each([
    ['docker --version', 'I am using Ubuntu 16.04 and Docker version 17.12.0-ce, build c97c6d6', 'Docker version 17.12.0'],
    ['docker info', ' Server Version: 18.09.7\n Storage Driver: overlay2', 'Server Version: 18.09.7'],
    ['CentOS 7\'s own package', 'docker 1.13.1 on CentOS 7', 'docker 1.13.1'],
    ['a release line in prose', 'same image was running fine on Docker 17.06.x', 'Docker 17.06.x'],
    ['docker version\'s server block', 'Client:\n Version:           20.10.7\nServer: Docker Engine - Community\n Engine:\n  Version:          18.09.7\n  API version:      1.39 (minimum version 1.12)', 'Version: 18.09.7'],
    ['an RPM package name', 'Installed: docker-ce-18.09.1-3.el7.x86_64', 'docker-ce-18.09.1'],
    ['a Debian package version', 'apt-get install docker-ce=5:18.09.7~3-0~ubuntu-bionic', 'docker-ce=5:18.09.7'],
  ])('%s is rootful Docker', (_what, text, word) => {
    expect(pasteOrigin(text)).toMatchObject({ context: 'unknown', rootfulPath: true, word });
  });

  test.each([
    ['a release with rootless mode', 'Docker version 20.10.6, build 370c28948e'],
    ['v19.03, its first', 'Docker version 19.03.6, build 369ce74a3c'],
    ['another program\'s version', 'docker-compose version 1.29.2, build 5becea4c'],
    ['an address after the word docker', '我在 docker 1.1.1.1 ping 不通'],
    ['Kubernetes\' server version', 'Server Version: v1.27.3'],
    ['docker version with a rootless-era server', 'Server: Docker Engine - Community\n Engine:\n  Version:          20.10.7'],
    ['a Go module of that release', 'github.com/docker/docker v17.12.0-ce-rc1.0.20180213 // indirect'],
  ])('%s is not', (_what, text) => {
    expect(pasteOrigin(text).rootfulPath).toBe(false);
  });

  test('the daemon saying the rootful socket is missing does not outweigh an old release (only the rootful places)', () => {
    expect(pasteOrigin('Docker version 18.09.2, build 6247962\ndocker: Error response from daemon: invalid mount config for type "bind": bind source path does not exist: /var/run/docker.sock'))
      .toMatchObject({ rootfulPath: true, word: 'Docker version 18.09.2' });
  });

  test('an old release beside the word rootless leaves the paste rootless', () => {
    expect(pasteContext('upgraded from Docker version 18.09.1 to rootless 20.10')).toBe('rootless');
  });
});

describe('saysRootless', () => {
  test.each([
    ['rootlesskit', '[rootlesskit:parent] error: failed to setup UID/GID map', true],
    ['the rootless socket, digits kept', 'dial unix /run/user/1000/docker.sock: connect: no such file or directory', true],
    ['a postgres chmod', "chmod: changing permissions of '/var/lib/postgresql/data': Operation not permitted", false],
  ])('%s', (_what, text, expected) => {
    expect(saysRootless(text)).toBe(expected);
  });
});

describe('pasteOrigin: another host', () => {
  test.each([
    'Docker Desktop', 'docker-desktop', 'com.docker.backend', 'com.docker.diagnose', 'npipe', 'WSL', 'wsl2', 'Rancher Desktop', 'OrbStack', 'limactl',
    'sysbox', 'kata', 'colima', 'Synology', '群晖', 'OpenWrt', 'ImmortalWrt', 'iStoreOS', 'LXC', 'lxd', 'Proxmox', 'PVE', 'runsc',
  ])('%s is another host', (word) => {
    expect(pasteOrigin(`docker pull fails on ${word} here: lchown /x: invalid argument`)).toMatchObject({ context: 'other', anotherHost: true });
  });

  test.each([
    ["Docker's Compose label", 'filters={"label":{"com.docker.compose.project":true}}: permission denied'],
    ["Docker's network label", '"com.docker.network.bridge.name": "docker0"'],
    ["RootlessKit's lxc-user-nic driver", 'DOCKERD_ROOTLESS_ROOTLESSKIT_NET=lxc-user-nic: container has no IPv6'],
    ["Node's unpipe", 'at Readable.unpipe (node:internal/streams/readable:999)'],
    ['a word that holds kata', 'docker run katacoda/ubuntu fails'],
  ])('%s is no other host', (_what, text) => {
    expect(pasteOrigin(text).anotherHost).toBe(false);
  });

  test.each([
    ['Docker Desktop', 'Docker Desktop 4.30.0 on macOS'],
    ['WSL2', 'running docker in WSL2'],
    ['an LXC container', 'this is inside an lxc/lxd container'],
    ['Proxmox VE in Chinese', 'PVE宿主机上使用LXC运行docker'],
    ['Synology in Chinese', '群晖 DSM 7.2 上 docker 拉取镜像失败'],
    ['an OpenWrt derivative', 'immortalwrt 23.05 上拉取镜像报错'],
    ["gVisor's runtime", '$ docker run --runtime=runsc --rm hello-world'],
  ])('%s is another host', (_what, text) => {
    expect(pasteOrigin(text)).toMatchObject({ context: 'other', anotherHost: true });
  });

  test.each([
    ['sudo docker', '$ sudo docker run -p 80:80 nginx'],
    ['the rootful data root', 'open /var/lib/docker/overlay2/x: no such file or directory'],
    ['Kubernetes', '$ kubectl describe pod web'],
    ['a Compose file', 'docker compose -f compose.yaml up'],
  ])('%s is another tool on this host, not another host', (_what, text) => {
    expect(pasteOrigin(text)).toMatchObject({ context: 'other', anotherHost: false });
  });

  test('rootless words win over another host', () => {
    expect(pasteOrigin('rootless docker under WSL2')).toMatchObject({ context: 'rootless', anotherHost: false });
  });
});

describe('pasteOrigin: the word that names another platform', () => {
  test.each([
    ['sudo docker, blanks as one space', '$ sudo   docker run -p 80:80 nginx', 'sudo docker'],
    ['Docker Desktop as written', 'Docker Desktop 4.30.0 on macOS', 'Docker Desktop'],
    ['the rootful data root', 'open /var/lib/docker/overlay2/x: no such file or directory', '/var/lib/docker'],
    ['the rootful socket, when nothing else says', 'dial unix /var/run/docker.sock: connect: permission denied', '/var/run/docker.sock'],
    ['nothing', 'could not get XDG_RUNTIME_DIR', undefined],
    ['a Compose file alone (no platform)', 'docker compose -f compose.yaml up', undefined],
    ['a long systemctl verb: no match, nothing long shown', `sudo systemctl ${'x'.repeat(5000)} docker`, undefined],
    ['at most 40 characters', `sudo systemctl ${'x'.repeat(32)} docker`, `sudo systemctl ${'x'.repeat(25)}`],
  ])('%s', (_what, text, expected) => {
    expect(pasteOrigin(text).word).toBe(expected);
  });
});

describe('pasteOrigin: the word, on hostile text', () => {
  // What it returns is shown in the page, the dialog, the terminal and JSON: whatever surrounds a
  // platform's word (control characters, escapes, markup, any blanks), only the word comes out.
  const around = fc.string({ unit: 'binary', maxLength: 60 });
  const word = fc.constantFrom('sudo docker', 'sudo\t\n systemctl restart  docker', 'Docker Desktop', 'WSL2', 'lxc', 'PVE', 'runsc', '群晖', '/var/lib/docker', '/var/run/docker.sock');
  test('is short, one line, and holds no control character, escape, quote or markup', () => {
    fc.assert(fc.property(around, word, around, (before, w, after) => {
      const shown = pasteOrigin(`${before} ${w} ${after}`).word;
      expect(shown).toBeDefined();
      expect(shown!.length).toBeLessThanOrEqual(40);
      expect(shown).toMatch(/^[A-Za-z0-9_./ 群晖-]+$/);
    }));
  });
});
