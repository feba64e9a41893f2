/** What each logical package key in the distro data is for (shown on distro pages). */
export const PACKAGE_PURPOSES: Readonly<Record<string, string>> = {
  uidmap: 'newuidmap / newgidmap（从属 UID/GID 映射）',
  dbusUserSession: '用户级 dbus 会话（cgroup v2 下 docker run 需要）',
  systemdContainer: 'machinectl（以 pam_systemd 会话切换用户）',
  fuseOverlayfs: 'fuse-overlayfs 存储驱动（旧内核）',
  iptables: 'iptables',
  slirp4netns: 'slirp4netns 网络驱动（更快的网络）',
};
