/** What each logical package key in the distro data is for (shown on distro pages). */
export const PACKAGE_PURPOSES: Readonly<Record<string, string>> = {
  uidmap: 'newuidmap / newgidmap（从属 UID/GID 映射）',
  dbusUserSession: '用户级 dbus 会话（cgroup v2 下 docker run 需要）',
  systemdContainer: 'machinectl（以 pam_systemd 会话切换用户）',
  fuseOverlayfs: 'fuse-overlayfs 存储驱动（旧内核）',
  iptables: 'iptables',
  slirp4netns: 'slirp4netns 网络驱动（更快的网络）',
  iproute2: 'ip 命令（RootlessKit 用它创建 tap 设备、配置网络）',
  passt: 'pasta 网络驱动（实验性，需要 2023_12_04 或更新的版本）',
  dockerRootlessExtras: 'dockerd-rootless-setuptool.sh 和 RootlessKit（Docker 官方软件源）',
  getsubids: 'getsubids（从 SSSD 等来源查询从属 UID/GID）',
};
