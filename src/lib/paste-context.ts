/**
 * What a paste says about where it comes from, besides its errors: rootless Docker (rootlesskit,
 * `dockerd-rootless.sh`, `/run/user/<uid>/docker.sock`, slirp4netns, subuid…), or something else
 * (another runtime or platform, or plainly rootful Docker), where the same generic errors have
 * other causes.
 */

/** Words that say a paste is about rootless Docker. */
const ROOTLESS_CONTEXT = /rootless|rootlesskit|slirp4netns|newuidmap|newgidmap|subuid|subgid|xdg_runtime_dir|\/run\/user\/\d+|systemctl\s+--user|user namespace|userns|\.local\/share\/docker|\bpasta\b|gvisor|vpnkit|非特权|普通用户/i;

/** Words that say a paste is about another tool or platform, or about rootful Docker. */
const OTHER_CONTEXT = /podman|buildah|docker[ -]desktop|com\.docker\.|npipe|\bwsl2?\b|kubelet|kubeadm|kubectl|\bk8s\b|containerd\.service|\/var\/lib\/docker\b|sudo\s+(?:systemctl\s+\w+\s+)?dockerd?\b|compose\.ya?ml|docker-compose\.ya?ml|sysbox|\bkata\b|colima|synology|openwrt|cri-o|\bcrio\b/i;

/**
 * Another container engine named in a paste that never says Docker: `podman` logs and questions say
 * `rootless`, `slirp4netns`, `subuid` as ours do, but it is their engine's problem.
 */
const OTHER_ENGINE = /\b(?:podman|buildah|nerdctl)\b/i;
/** Any mention of Docker (or its engine, Moby). */
const DOCKER = /docker|moby/i;

/** Where a paste comes from: rootless Docker, another engine (and never Docker), something else, or it does not say. */
export type PasteContext = 'rootless' | 'engine' | 'other' | 'unknown';

/** The context of a paste; rootless words win over others (a rootless log may mention `/var/lib/docker`), except against another engine named where Docker is not. */
export function pasteContext(text: string): PasteContext {
  if (OTHER_ENGINE.test(text) && !DOCKER.test(text)) return 'engine';
  if (ROOTLESS_CONTEXT.test(text)) return 'rootless';
  return OTHER_CONTEXT.test(text) ? 'other' : 'unknown';
}
