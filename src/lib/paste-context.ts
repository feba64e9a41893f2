/**
 * What a paste says about where it comes from, besides its errors: rootless Docker (rootlesskit,
 * `dockerd-rootless.sh`, `/run/user/<uid>/docker.sock`, slirp4netns, subuid…), or something else
 * (another runtime or platform, or plainly rootful Docker), where the same generic errors have
 * other causes.
 */

/**
 * Words that say a paste is about rootless Docker. `rootful` too: only text that tells the two modes
 * apart says it (the setup tool's `Aborting because rootful Docker (/var/run/docker.sock) is running`,
 * a user who moved from one to the other); rootful Docker itself never does. On the tuning sets it
 * changes no answer alone (every paste that says it says rootless too, or is in scope and right), but
 * keeps that setup-tool line clear of ROOTFUL_PATH_FACTOR (matcher.ts). Not `普通用户` (an ordinary
 * user): it is how a rootful Docker user in the `docker` group asks too (`普通用户 docker ps 报 Got
 * permission denied … /var/run/docker.sock`); without it blind out-of-scope quiet +1 of 209, nothing
 * else moved. Nor `userns` / `user namespace`: rootful Docker's userns-remap, LXC and sandboxes print
 * and ask about them as much (`cannot set uid to unmapped user in user namespace`); rootless Docker's
 * own errors that say them also say rootlesskit. Without them blind out-of-scope quiet 148 → 149 of
 * 209, nothing else moved.
 */
const ROOTLESS_CONTEXT = /rootless|rootful|slirp4netns|newuidmap|newgidmap|subuid|subgid|xdg_runtime_dir|\/run\/user\/\d+|systemctl\s+--user|\.local\/share\/docker|\bpasta\b|gvisor|vpnkit|非特权/i;

/**
 * The ROOTLESS_CONTEXT words that only rootless Docker's own text says (its name, its network and
 * places). The others (subuid, newuidmap, `systemctl --user`, XDG_RUNTIME_DIR, pasta) are
 * also what Podman, distrobox, LXC and userns-remap print or ask about: beside a word of another tool
 * or platform (OTHER_PLATFORM) they do not make a paste ours. On the tuning sets every paste with such
 * words, another platform's and none of these (9: Podman, distrobox, LXC, userns-remap) is out of
 * scope; blind out-of-scope quiet 146 → 147 of 209 (a distrobox paste), nothing else moved. Not
 * `gvisor` (its runtime, runsc, is another platform) nor `非特权` (Proxmox calls its unprivileged LXC
 * containers 非特权容器). A Compose file (COMPOSE_FILE) is no other platform: rootless users have them too.
 */
const ROOTLESS_OWN = /rootless|rootful|slirp4netns|\/run\/user\/\d+|\.local\/share\/docker|vpnkit/i;

/**
 * Words that say a paste is about another tool or platform, or about rootful Docker. Docker inside an
 * LXC/LXD container (Proxmox VE's) is limited by that container's own ID map, set on its host, and
 * gVisor's runtime (`runsc`) makes namespaces of its own: their errors read like ours (`lchown …:
 * invalid argument`, `fork/exec /proc/self/exe: no space left on device`) with other fixes. The
 * `systemctl` verb is bounded so that what is shown of a match stays short (elsewhereWord).
 */
const OTHER_PLATFORM = /podman|buildah|docker[ -]desktop|com\.docker\.|npipe|\bwsl2?\b|kubelet|kubeadm|kubectl|\bk8s\b|containerd\.service|\/var\/lib\/docker\b|sudo\s+(?:systemctl\s+\w{1,32}\s+)?dockerd?\b|sysbox|\bkata\b|colima|synology|群晖|openwrt|immortalwrt|istoreos|cri-o|\bcrio\b|\blx[cd]\b|proxmox|\bpve\b|\brunsc\b/i;

/**
 * A Compose file named in a paste (`compose.yaml`, `docker-compose.yml`): a paste with one and nothing
 * rootless is read as `other`, as pastes of rootful Compose setups are (without it two blind tuning
 * cases are lost), but it is no other platform: it does not outweigh rootless words (ROOTLESS_OWN)
 * and is not shown as where the paste comes from (elsewhereWord).
 */
const COMPOSE_FILE = /compose\.ya?ml/i;

/**
 * Another container engine named in a paste that never says Docker: `podman` logs and questions say
 * `rootless`, `slirp4netns`, `subuid` as ours do, but it is their engine's problem. k3s too: its
 * rootless mode runs RootlessKit around its own containerd (blind tuning batch 5: one out-of-scope
 * question quieted, nothing else moved). nerdctl's rootless containerd by its scripts' name too
 * (`containerd-rootless-setuptool.sh`, `containerd-rootless.sh`), which its logs print without saying
 * nerdctl (blind batch 6: one out-of-scope paste quieted, nothing else moved; our conflicting-daemon
 * error names it beside `dockerd-rootless.sh`, so it stays ours).
 */
const OTHER_ENGINE = /\b(?:podman|buildah|nerdctl|k3s|containerd-rootless)\b/i;
/** Any mention of Docker (or its engine, Moby). */
const DOCKER = /docker|moby/i;

/**
 * The rootful daemon's own places: its socket (`/var/run/docker.sock`, `/run/docker.sock`), data root
 * and configuration folder. Rootless Docker uses `/run/user/<uid>/docker.sock`, `~/.local/share/docker`
 * and `~/.config/docker`; an error that names these is what rootful Docker (or a client left pointing
 * at it) prints.
 */
const ROOTFUL_PATH = /\/var\/run\/docker\.sock|(?<![\w/])\/run\/docker\.sock|\/var\/lib\/docker\b|\/etc\/docker\b/i;

/** Whether a text names a place of the rootful daemon (ROOTFUL_PATH). */
export function namesRootfulPath(text: string): boolean {
  return ROOTFUL_PATH.test(text);
}

/**
 * dockerd's hint on a layer it cannot chown (`failed to Lchown … (try increasing the number of
 * subordinate IDs in /etc/subuid and /etc/subgid)`, moby's archive code): printed whenever the daemon
 * runs in a user namespace (rootless, but also rootful Docker in an LXC container or under Sysbox),
 * so its `subuid` says nothing of rootless Docker.
 */
const USERNS_HINT = /try increasing the number of subordinate ids in \/etc\/subuid and \/etc\/subgid/gi;

/** Whether a text says rootless Docker (ROOTLESS_CONTEXT), dockerd's user-namespace hint (USERNS_HINT) aside. */
export function saysRootless(text: string): boolean {
  return ROOTLESS_CONTEXT.test(/subordinate ids/i.test(text) ? text.replace(USERNS_HINT, ' ') : text);
}

/**
 * The command that shows whether the daemon a client talks to is rootless: `name=rootless` among its
 * security options (as wrong-daemon-socket's checks use it). Shown when an answer's paste does not say.
 */
export const ROOTLESS_CHECK = "docker info -f '{{.SecurityOptions}}'";

/** At most this many characters of a word elsewhereWord shows (a match is short; this bounds what a paste can put in a note). */
const SHOWN_WORD_CHARS = 40;

/** The words of a paste that say it comes from rootful Docker or another platform (OTHER_PLATFORM, ROOTFUL_PATH), as written, blanks as one space; undefined when none does. */
export function elsewhereWord(text: string): string | undefined {
  return (OTHER_PLATFORM.exec(text) ?? ROOTFUL_PATH.exec(text))?.[0].replace(/\s+/g, ' ').slice(0, SHOWN_WORD_CHARS);
}

/** Where a paste comes from: rootless Docker, another engine (and never Docker), something else, or it does not say. */
export type PasteContext = 'rootless' | 'engine' | 'other' | 'unknown';

/** The context of a paste; rootless words win over others (a rootless log may mention `/var/lib/docker`), except against another engine named where Docker is not. */
export function pasteContext(text: string): PasteContext {
  if (OTHER_ENGINE.test(text) && !DOCKER.test(text)) return 'engine';
  const platform = OTHER_PLATFORM.test(text);
  if (platform ? ROOTLESS_OWN.test(text) : saysRootless(text)) return 'rootless';
  return platform || COMPOSE_FILE.test(text) ? 'other' : 'unknown';
}
