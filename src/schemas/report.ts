/**
 * The doctor's report (`public/doctor.sh`, format v1): one `key=value` line per key, then the log.
 * Values arrive as strings; each key's schema turns its string into a typed value. Every key also
 * accepts `unknown` (the script could not tell, or the key was missing), and every key is optional
 * so that reports from older or newer scripts still parse. The script's header documents the same keys.
 */
import { z } from 'astro/zod';

// This schema runs in the browser (a pasted report is parsed there) under a CSP without 'unsafe-eval':
// zod's probe for `new Function` would be reported as a violation, so it is told not to compile parsers.
z.config({ jitless: true });

/** The value of a key the script could not determine (and of a key missing from the report). */
const UNKNOWN = z.literal('unknown');

/** yes or no (or unknown). */
const YesNo = z.enum(['yes', 'no', 'unknown']);

/** A whole number written in decimal, e.g. `65536` → 65536 (or unknown). */
const Count = z.preprocess(
  (v) => (typeof v === 'string' && /^\d{1,15}$/.test(v) ? Number(v) : v),
  z.union([z.number().int().nonnegative(), UNKNOWN]),
);

/** A kernel setting read from /proc/sys: a number, `absent` when the file does not exist, or unknown. */
const Sysctl = z.preprocess(
  (v) => (typeof v === 'string' && /^-?\d{1,15}$/.test(v) ? Number(v) : v),
  z.union([z.number().int(), z.literal('absent'), UNKNOWN]),
);

/** An absolute path of a program, or `missing` when it is not installed. */
const PathOrMissing = z.union([z.literal('missing'), UNKNOWN, z.string().regex(/^\/\S*(?: \S+)*$/, 'an absolute path')]);

/** A version as a program prints it (29.4.3, 1.8.9, 2024_12_11.09478d5, 0^20250217.ga1e48a0-1), or unknown. */
const Version = z.string().regex(/^[0-9][0-9A-Za-z._~^+:-]*$|^unknown$/, 'a version such as 29.4.3');

/** A program's version, `missing` when it is not installed, or unknown. */
const VersionOrMissing = z.union([z.literal('missing'), Version]);

/** A space-separated list → its words (an empty value is an empty list), or unknown. */
const List = z.preprocess(
  (v) => (typeof v === 'string' && v !== 'unknown' ? v.split(/\s+/).filter((w) => w !== '') : v),
  z.union([z.array(z.string()), UNKNOWN]),
);

/** Sub-ID ranges `start:count start:count` → `[{ start, count }]`. */
const Ranges = z.preprocess(
  (v) => (typeof v === 'string' && v !== 'unknown'
    ? v.split(/\s+/).filter((w) => w !== '').map((w) => {
      const m = /^(\d{1,12}):(\d{1,12})$/.exec(w);
      return m ? { start: Number(m[1]), count: Number(m[2]) } : w;
    })
    : v),
  z.union([z.array(z.object({ start: z.number().int().nonnegative(), count: z.number().int().nonnegative() })), UNKNOWN]),
);

/** A daemon.json boolean: true, false, `unset` when the key is not there, or unknown. */
const JsonBool = z.enum(['true', 'false', 'unset', 'unknown']);

/** A systemd unit's state as the doctor reduces it. */
const ServiceState = z.enum(['active', 'inactive', 'failed', 'activating', 'absent', 'unknown']);

/** Free text on one line. */
const Text = z.string();

/** Every key of a v1 report, typed. Unknown keys are allowed (and listed by the parser). */
export const ReportSchema = z.object({
  /** `ID` from /etc/os-release (ubuntu, debian, rhel, fedora, arch, opensuse-leap…). */
  distro_id: z.string().regex(/^[A-Za-z0-9._-]+$/, 'an os-release ID').optional(),
  /** `VERSION_ID` from /etc/os-release (24.04, 12, 8.10; rolling releases have none: unknown). */
  distro_version_id: z.string().regex(/^[A-Za-z0-9._~-]+$/, 'an os-release VERSION_ID').optional(),
  /** `ID_LIKE` from /etc/os-release, as a list (empty when the distro has none). */
  distro_like: List.optional(),
  /** `PRETTY_NAME` from /etc/os-release. */
  distro_name: Text.optional(),
  /** The running kernel's release (`uname -r`), e.g. 6.8.0-45-generic. */
  kernel: Text.optional(),
  /** The machine architecture (`uname -m`), e.g. x86_64, aarch64. */
  arch: Text.optional(),
  /** Whether /lib/modules/<kernel> exists (no after a kernel update without a reboot: modules cannot load). */
  kernel_modules_dir: YesNo.optional(),
  /** The user name the script ran as (`id -un`). */
  user: z.string().min(1).optional(),
  /** The numeric user ID (`id -u`). */
  uid: Count.optional(),
  /** $HOME. */
  home: Text.optional(),
  /** Whether the script ran as root (UID 0). */
  is_root: YesNo.optional(),
  /** Whether the user has a line in /etc/passwd (no: an LDAP/SSSD account). */
  user_in_passwd: YesNo.optional(),
  /** Whether the shell's real GID is the primary GID of the user's passwd entry (no: a `newgrp` or `sg` shell, where newuidmap refuses to map). */
  gid_is_primary: YesNo.optional(),
  /** Whether the script runs inside a container (/.dockerenv, /run/.containerenv, /proc/1/cgroup, systemd-detect-virt -c). */
  in_container: YesNo.optional(),
  /** Which container: docker, podman, lxc, kubernetes, …, none, or unknown. */
  container_type: Text.optional(),
  /** NoNewPrivs of the script's shell (1: setuid newuidmap cannot gain privileges). */
  no_new_privs: Count.optional(),
  /** Seccomp mode of the script's shell (0 none, 2 filtered). */
  seccomp: Count.optional(),
  /** $XDG_RUNTIME_DIR (empty when unset). */
  xdg_runtime_dir: Text.optional(),
  /** Whether $XDG_RUNTIME_DIR is an existing directory. */
  xdg_runtime_dir_exists: YesNo.optional(),
  /** Whether the user owns $XDG_RUNTIME_DIR. */
  xdg_runtime_dir_owner_is_user: YesNo.optional(),
  /** The octal mode of $XDG_RUNTIME_DIR (700 expected). */
  xdg_runtime_dir_mode: z.string().regex(/^[0-7]{3,4}$|^unknown$/, 'an octal mode').optional(),
  /** Whether a user D-Bus session bus is reachable ($XDG_RUNTIME_DIR/bus or $DBUS_SESSION_BUS_ADDRESS). */
  dbus_session: YesNo.optional(),
  /** Whether systemd is the init system (/run/systemd/system exists). */
  systemd_pid1: YesNo.optional(),
  /** Whether `systemctl --user show-environment` works (a user systemd instance is reachable). */
  systemctl_user: YesNo.optional(),
  /** Whether lingering is enabled for the user (/var/lib/systemd/linger/<user>, loginctl show-user). */
  linger: YesNo.optional(),
  /** The user's total sub-UIDs in /etc/subuid, by name or UID (0 if none). */
  subuid_count: Count.optional(),
  /** The user's total sub-GIDs in /etc/subgid, by name or UID (0 if none). */
  subgid_count: Count.optional(),
  /** The user's /etc/subuid ranges. */
  subuid_ranges: Ranges.optional(),
  /** The user's /etc/subgid ranges. */
  subgid_ranges: Ranges.optional(),
  /** Lines of /etc/subuid and /etc/subgid, any user's, that are not name:start:count (RootlessKit then refuses to start). */
  subid_malformed_lines: Count.optional(),
  /** Where the user's sub-UIDs come from: the files, getsubids (NSS/SSSD) only, or nowhere. */
  subid_source: z.enum(['files', 'getsubids', 'none', 'unknown']).optional(),
  /** The path of getsubids, or missing. */
  getsubids: PathOrMissing.optional(),
  /** Sub-UIDs `getsubids <user>` reports (unknown without getsubids or when it fails). */
  getsubids_count: Count.optional(),
  /** Sub-GIDs `getsubids -g <user>` reports. */
  getsubids_gid_count: Count.optional(),
  /** The `subid:` line of /etc/nsswitch.conf (e.g. sss), or absent. */
  nsswitch_subid: Text.optional(),
  /** The path of newuidmap, or missing. */
  newuidmap: PathOrMissing.optional(),
  /** The path of newgidmap, or missing. */
  newgidmap: PathOrMissing.optional(),
  /** How newuidmap gets its privilege: setuid bit, file capabilities, neither, or unknown (missing, or no getcap). */
  newuidmap_privileged: z.enum(['setuid', 'caps', 'no', 'unknown']).optional(),
  /** How newgidmap gets its privilege. */
  newgidmap_privileged: z.enum(['setuid', 'caps', 'no', 'unknown']).optional(),
  /** kernel.unprivileged_userns_clone (Debian/Ubuntu kernels; 0 blocks rootless), or absent. */
  unprivileged_userns_clone: Sysctl.optional(),
  /** user.max_user_namespaces (0 blocks rootless), or absent. */
  max_user_namespaces: Sysctl.optional(),
  /** kernel.apparmor_restrict_unprivileged_userns (1 on Ubuntu 24.04+), or absent. */
  apparmor_restrict_unprivileged_userns: Sysctl.optional(),
  /** Whether a file in /etc/apparmor.d names the rootlesskit path found (unknown without rootlesskit or AppArmor). */
  apparmor_rootlesskit_profile: YesNo.optional(),
  /** net.ipv4.ip_unprivileged_port_start (1024 by default), or absent. */
  ip_unprivileged_port_start: Sysctl.optional(),
  /** net.ipv4.ping_group_range as "min max" ("1 0", the kernel default, allows no group), or absent. */
  ping_group_range: z.string().regex(/^\d+ \d+$|^absent$|^unknown$/, 'two numbers').optional(),
  /** Whether IPv6 is enabled in the kernel (/proc/sys/net/ipv6 exists). */
  ipv6: YesNo.optional(),
  /** The cgroup hierarchy: 1, 2, hybrid (v1 with a v2 mount), or unknown. */
  cgroup_version: z.enum(['1', '2', 'hybrid', 'unknown']).optional(),
  /** Controllers delegated to the user's systemd (user@<uid>.service/cgroup.controllers), or unknown. */
  cgroup_controllers_delegated: List.optional(),
  /** Controllers available at the cgroup v2 root (/sys/fs/cgroup/cgroup.controllers), or unknown. */
  cgroup_controllers_root: List.optional(),
  /** SELinux mode. */
  selinux: z.enum(['enforcing', 'permissive', 'disabled', 'absent', 'unknown']).optional(),
  /** The path of iptables (also looked for in /usr/sbin, /sbin), or missing. */
  iptables: PathOrMissing.optional(),
  /** iptables' version, e.g. 1.8.9. */
  iptables_version: Version.optional(),
  /** iptables' backend. */
  iptables_mode: z.enum(['legacy', 'nf_tables', 'unknown']).optional(),
  /** Which of ip_tables iptable_nat iptable_filter nf_tables br_netfilter tun are loaded (/proc/modules). */
  modules_loaded: List.optional(),
  /** Which of them are built into the kernel (modules.builtin). */
  modules_builtin: List.optional(),
  /** Whether br_netfilter is loaded or built in. */
  br_netfilter: YesNo.optional(),
  /** Whether /dev/net/tun exists as a character device. */
  dev_net_tun: YesNo.optional(),
  /** The resolved path of `ip` (ends in busybox when it is busybox's), or missing. */
  ip_cmd: PathOrMissing.optional(),
  /** slirp4netns' version, or missing. */
  slirp4netns: VersionOrMissing.optional(),
  /** pasta's version (passt), or missing. */
  pasta: VersionOrMissing.optional(),
  /** The path of vpnkit, or missing. */
  vpnkit: PathOrMissing.optional(),
  /** The network driver the rootless daemon runs with (running rootlesskit's --net, else the user unit's environment). */
  network_driver: z.enum(['slirp4netns', 'pasta', 'vpnkit', 'gvisor-tap-vsock', 'lxc-user-nic', 'host', 'none', 'unknown']).optional(),
  /** The port driver, from the same places. */
  port_driver: z.enum(['builtin', 'slirp4netns', 'implicit', 'pesto', 'gvisor-tap-vsock', 'none', 'unknown']).optional(),
  /** Where network_driver comes from: the running process, the unit's environment, or nowhere. */
  network_driver_source: z.enum(['process', 'unit', 'none', 'unknown']).optional(),
  /** Whether the daemon runs with --detach-netns (Engine v29.5+ default). */
  detach_netns: YesNo.optional(),
  /** The path of fuse-overlayfs, or missing. */
  fuse_overlayfs: PathOrMissing.optional(),
  /** Whether ~/.config/docker/daemon.json exists. */
  daemon_json: z.enum(['present', 'absent', 'unknown']).optional(),
  /** The data root: daemon.json's "data-root", else ~/.local/share/docker. */
  data_root: Text.optional(),
  /** Whether the data root exists. */
  data_root_exists: YesNo.optional(),
  /** The filesystem type of the data root or its nearest existing parent (`stat -f -c %T`: nfs, ext2/ext3, xfs, btrfs…). */
  data_root_fstype: Text.optional(),
  /** daemon.json's "storage-driver", or unset. */
  storage_driver_config: Text.optional(),
  /** daemon.json's "userland-proxy". */
  userland_proxy: JsonBool.optional(),
  /** daemon.json's "icc". */
  icc: JsonBool.optional(),
  /** daemon.json's "features"."containerd-snapshotter". */
  containerd_snapshotter: JsonBool.optional(),
  /** The path of dockerd ($PATH, then ~/bin), or missing. */
  dockerd: PathOrMissing.optional(),
  /** Every dockerd in $PATH and ~/bin (two of them: packages next to a leftover of the install script). */
  dockerd_paths: List.optional(),
  /** dockerd's version (`dockerd --version`), e.g. 29.4.3. */
  dockerd_version: Version.optional(),
  /** The path of rootlesskit ($PATH, then ~/bin), or missing. */
  rootlesskit: PathOrMissing.optional(),
  /** rootlesskit's version, e.g. 2.3.5. */
  rootlesskit_version: Version.optional(),
  /** The path of dockerd-rootless-setuptool.sh ($PATH, then ~/bin), or missing. */
  setuptool: PathOrMissing.optional(),
  /** The path of the docker CLI, or missing. */
  docker_cli: PathOrMissing.optional(),
  /** The CLI's version (`docker --version`). */
  docker_cli_version: Version.optional(),
  /** How the Engine was installed: packages (dockerd under /usr) or the rootless script (~/bin). */
  install_method: z.enum(['packages', 'script', 'unknown']).optional(),
  /** Whether ~/bin/dockerd exists (left by the install script, possibly next to packages). */
  home_bin_dockerd: YesNo.optional(),
  /** Whether ~/bin is in $PATH. */
  home_bin_in_path: YesNo.optional(),
  /** $DOCKER_HOST (empty when unset). */
  docker_host: Text.optional(),
  /** The CLI's current context name. */
  docker_context: Text.optional(),
  /** The current context's endpoint, e.g. unix:///run/user/1000/docker.sock. */
  docker_endpoint: Text.optional(),
  /** Whether the daemon at the endpoint answered; skipped when the endpoint is not a local unix socket. */
  engine_reachable: z.enum(['yes', 'no', 'skipped', 'unknown']).optional(),
  /** The answering daemon's version (`docker version -f '{{.Server.Version}}'`). */
  engine_version: Version.optional(),
  /** Whether the answering daemon runs rootless (name=rootless in its security options). */
  engine_rootless: YesNo.optional(),
  /** The answering daemon's storage driver (`docker info`: overlay2, fuse-overlayfs, overlayfs, vfs…). */
  engine_storage_driver: Text.optional(),
  /** The answering daemon's image store: containerd (snapshotters) or graphdriver. */
  engine_image_store: z.enum(['containerd', 'graphdriver', 'unknown']).optional(),
  /** The answering daemon's cgroup driver: systemd, cgroupfs or none. */
  engine_cgroup_driver: Text.optional(),
  /** The answering daemon's data root. */
  engine_root_dir: Text.optional(),
  /** Whether $XDG_RUNTIME_DIR/docker.sock exists. */
  rootless_socket: YesNo.optional(),
  /** Whether /var/run/docker.sock (a rootful daemon's socket) exists. */
  rootful_socket: YesNo.optional(),
  /** Whether the user can write /var/run/docker.sock. */
  rootful_socket_writable: YesNo.optional(),
  /** The system docker.service (rootful daemon). */
  rootful_service: ServiceState.optional(),
  /** The user docker.service (rootless daemon). */
  rootless_service: ServiceState.optional(),
  /** Whether the user docker.service is enabled (starts with the user's systemd). */
  rootless_service_enabled: YesNo.optional(),
  /** The program the user unit's ExecStart runs (e.g. /usr/bin/dockerd-rootless.sh, ~/bin/dockerd-rootless.sh). */
  service_exec: Text.optional(),
  /** Which dockerd processes run: self, root, other (another user), or none. */
  dockerd_running: List.optional(),
  /** Whether $XDG_RUNTIME_DIR/containerd-rootless exists (nerdctl's rootless containerd). */
  containerd_rootless: YesNo.optional(),
  /** Whether an NVIDIA GPU is present (/dev/nvidia0 or nvidia-smi). */
  nvidia: YesNo.optional(),
  /** The path of nvidia-ctk (NVIDIA Container Toolkit), or missing. */
  nvidia_ctk: PathOrMissing.optional(),
  /** Whether the report was made with --redact (user, home and host name replaced by USER, /home/USER, HOST). */
  redacted: YesNo.optional(),
  /** Commands that timed out or were skipped for lack of time (normally empty). */
  slow_commands: List.optional(),
  /** Where the log section comes from: journal, file:<path>, or none. */
  log_source: Text.optional(),
});

/** A parsed report: every known key typed (a key may hold `unknown`). */
export type Report = z.infer<typeof ReportSchema>;

/** The name of a known report key. */
export type ReportKey = keyof Report;

/** The known key names, in the order the script prints them. */
export const REPORT_KEYS = Object.keys(ReportSchema.shape) as ReportKey[];

/** What a detect rule can ask of a key: compare numbers, look for a word in a list, compare versions, or only compare the text. */
export type ReportKeyKind = 'number' | 'list' | 'version' | 'text';

/** Keys whose values are versions (programs' versions, the os-release VERSION_ID, the kernel release's leading numbers). */
const VERSION_KEYS = new Set<ReportKey>(['distro_version_id', 'kernel']);

/** The kind of a key, from its schema: numbers (Count, Sysctl), lists (List), versions (Version, VersionOrMissing), else text. */
export function reportKeyKind(key: ReportKey): ReportKeyKind {
  const inner = ReportSchema.shape[key].unwrap();
  if (inner === Count || inner === Sysctl) return 'number';
  if (inner === List) return 'list';
  if (inner === Version || inner === VersionOrMissing || VERSION_KEYS.has(key)) return 'version';
  return 'text';
}
