#!/bin/sh
# rootless-doctor: reads this machine and prints a report about Docker rootless mode.
#
# Usage:   sh doctor.sh [--redact]
#          curl -fsSL <site>/doctor.sh | sh -s -- --redact
# Then paste the report into the site's search box, or: sh doctor.sh | npm run --silent match
#
# Read-only and local: no sudo, no network, no package manager, no change to any service, and no
# file written anywhere (not even a temporary one: the report goes straight to stdout). Every
# command below gets its stdin from /dev/null (so `curl … | sh` is safe) and, when `timeout` is
# available, is stopped after 1-3 s; commands that may wait (D-Bus, NSS, NFS, the Docker daemon)
# are no longer started once 4 s have passed. It exits 0 whatever it finds, and 2 only on a usage
# error (an unknown option).
#
# --redact replaces your user name (as a whole word), home directory and host name (as a whole
# word) with USER, /home/USER and HOST everywhere in the report, the log included.
#
# Report format, version 1:
#   # rootless-doctor report v1          first line
#   key=value                            one line per key; the value is on one line (newlines and
#                                        control characters become spaces); `unknown` when the
#                                        script cannot tell; lists are space-separated
#   # log                                then the last 80 lines of the rootless daemon's journal
#                                        (`journalctl --user -u docker`), or without systemd of a
#                                        *.log file in the data root, if any
#   # end                                last line
# Other lines starting with # are comments.
#
# Keys (src/schemas/report.ts is the typed schema of the same keys):
#   distro_id distro_version_id distro_like distro_name   /etc/os-release ID, VERSION_ID, ID_LIKE, PRETTY_NAME
#   kernel arch                      uname -r, uname -m
#   kernel_modules_dir               yes/no: /lib/modules/<kernel> exists (no after a kernel update without reboot)
#   user uid home                    id -un, id -u, $HOME
#   is_root                          yes/no
#   user_in_passwd                   yes/no: the user has a line in /etc/passwd (no: LDAP/SSSD account)
#   gid_is_primary                   yes/no/unknown: the real GID (/proc/self/status) is the user's passwd primary GID
#   in_container                     yes/no/unknown: /.dockerenv, /run/.containerenv, /proc/1/cgroup, systemd-detect-virt -c
#   container_type                   docker/podman/lxc/kubernetes/... from the same checks, none, or unknown
#   no_new_privs seccomp             NoNewPrivs and Seccomp of this shell (/proc/self/status)
#   xdg_runtime_dir                  $XDG_RUNTIME_DIR (empty when unset)
#   xdg_runtime_dir_exists           yes/no
#   xdg_runtime_dir_owner_is_user    yes/no/unknown
#   xdg_runtime_dir_mode             octal mode (700) or unknown
#   dbus_session                     yes/no: $XDG_RUNTIME_DIR/bus socket or $DBUS_SESSION_BUS_ADDRESS
#   systemd_pid1                     yes/no: /run/systemd/system exists
#   systemctl_user                   yes/no: `systemctl --user show-environment` works; unknown when it timed out
#   linger                           yes/no/unknown: /var/lib/systemd/linger/<user>, loginctl show-user
#   subuid_count subgid_count        the user's sub-IDs in /etc/subuid, /etc/subgid (by name or UID); 0 if none
#   subuid_ranges subgid_ranges      those ranges, start:count, space-separated (empty if none)
#   subid_malformed_lines            lines of /etc/subuid and /etc/subgid that are not name:start:count (any user's),
#                                    or the user's own whose start or count is not a whole number
#   subid_source                     files/getsubids/none: where the user's sub-UIDs come from
#   getsubids                        path or missing
#   getsubids_count getsubids_gid_count   sub-UIDs/GIDs `getsubids [-g] <user>` reports, or unknown
#   nsswitch_subid                   the `subid:` line of /etc/nsswitch.conf, or absent
#   newuidmap newgidmap              path or missing
#   newuidmap_privileged newgidmap_privileged   setuid/caps/no/unknown (unknown when missing or no getcap)
#   unprivileged_userns_clone        kernel.unprivileged_userns_clone, or absent
#   max_user_namespaces              user.max_user_namespaces, or absent
#   apparmor_restrict_unprivileged_userns   kernel.apparmor_restrict_unprivileged_userns, or absent
#   apparmor_rootlesskit_profile     yes/no/unknown: a file in /etc/apparmor.d names the rootlesskit path
#   ip_unprivileged_port_start       net.ipv4.ip_unprivileged_port_start, or absent
#   ping_group_range                 net.ipv4.ping_group_range ("1 0" is the kernel default), or absent
#   ipv6                             yes/no: /proc/sys/net/ipv6 exists
#   cgroup_version                   1/2/hybrid/unknown from /proc/mounts
#   cgroup_controllers_delegated     /sys/fs/cgroup/user.slice/user-<uid>.slice/user@<uid>.service/cgroup.controllers, or unknown
#   cgroup_controllers_root          /sys/fs/cgroup/cgroup.controllers, or unknown
#   selinux                          enforcing/permissive/disabled/absent
#   iptables                         path or missing (also looked for in /usr/sbin and /sbin)
#   iptables_version iptables_mode   from `iptables --version`: 1.8.9, nf_tables/legacy/unknown
#   modules_loaded                   which of ip_tables iptable_nat iptable_filter nf_tables br_netfilter tun are in /proc/modules, or unknown
#   modules_builtin                  which of them are built into the kernel (modules.builtin), or unknown when it cannot be read
#   br_netfilter                     yes/no: loaded, or /proc/sys/net/bridge exists
#   dev_net_tun                      yes/no: /dev/net/tun is a character device
#   ip_cmd                           resolved path of `ip` (…/busybox when it is busybox's) or missing
#   slirp4netns pasta                version or missing
#   vpnkit                           path or missing
#   network_driver port_driver       from the running rootlesskit's arguments, else the user unit's
#                                    DOCKERD_ROOTLESS_ROOTLESSKIT_NET / _PORT_DRIVER, else unknown
#   network_driver_source            process/unit/none
#   detach_netns                     yes/no/unknown: --detach-netns or $XDG_RUNTIME_DIR/dockerd-rootless/netns
#   fuse_overlayfs                   path or missing
#   daemon_json                      present/absent: ~/.config/docker/daemon.json
#   data_root                        its "data-root", else ~/.local/share/docker
#   data_root_exists                 yes/no
#   data_root_fstype                 `stat -f -c %T` of it or of its nearest existing parent (nfs, ext2/ext3, xfs…)
#   storage_driver_config userland_proxy icc containerd_snapshotter   from daemon.json, or unset
#   dockerd rootlesskit setuptool    path or missing (also looked for in ~/bin)
#   dockerd_paths                    every dockerd in $PATH and ~/bin, space-separated (two: a stale install)
#   dockerd_version rootlesskit_version   e.g. 29.4.3 and 2.3.4, or unknown
#   docker_cli                       path or missing
#   docker_cli_version               from `docker --version`, or unknown
#   install_method                   packages/script/unknown: dockerd in ~/bin (script) or in /usr but not /usr/local (packages)
#   home_bin_dockerd                 yes/no: ~/bin/dockerd exists
#   home_bin_in_path                 yes/no: ~/bin is in $PATH
#   docker_host                      $DOCKER_HOST (empty when unset)
#   docker_context docker_endpoint   the CLI's current context and its endpoint, or unknown
#   engine_reachable                 yes/no/skipped/unknown: no only when the socket is missing or the daemon failed to answer;
#                                    unknown when it was not asked (no docker CLI, endpoint unknown, time budget spent or timed out);
#                                    skipped: the endpoint is not a local unix socket
#   engine_version                   `docker version -f '{{.Server.Version}}'` when it answers, else unknown
#   engine_rootless                  yes/no/unknown: the daemon that answers runs rootless
#   engine_storage_driver engine_image_store engine_cgroup_driver engine_root_dir   from `docker info`, or unknown
#   rootless_socket                  yes/no: $XDG_RUNTIME_DIR/docker.sock exists
#   rootful_socket                   yes/no: /var/run/docker.sock exists
#   rootful_socket_writable          yes/no
#   rootful_service                  active/inactive/failed/activating/absent/unknown: system docker.service
#   rootless_service                 active/inactive/failed/activating/absent/unknown: user docker.service
#   rootless_service_enabled         yes/no/unknown
#   service_exec                     the user unit's ExecStart program, or unknown
#   dockerd_running                  none, or which dockerd processes run: self root other (space-separated)
#   containerd_rootless              yes/no: $XDG_RUNTIME_DIR/containerd-rootless exists (nerdctl's)
#   nvidia                           yes/no: /dev/nvidia0 or nvidia-smi present
#   nvidia_ctk                       path or missing
#   redacted                         yes/no: made with --redact (user, home and host name replaced)
#   slow_commands                    commands that timed out or were skipped for time (empty normally)
#   log_source                       journal, file:<path>, or none
#
# Commands this script runs (nothing else, each at most once unless noted):
#   id -u; id -un
#   uname -r; uname -m; uname -n (only when /proc/sys/kernel/hostname is unreadable)
#   date +%s (to keep within the time budget, before each command that may wait)
#   timeout (to bound the commands below, when available); once: timeout -k 1 1 true, to learn its options
#   systemd-detect-virt -c
#   stat -L -c '%u %a' "$XDG_RUNTIME_DIR"
#   systemctl --user show-environment
#   systemctl --user show docker.service -p LoadState -p ActiveState -p UnitFileState -p Environment -p ExecStart
#   systemctl show docker.service -p LoadState -p ActiveState
#   getent passwd <user> (only when the user has no line in /etc/passwd: the primary GID)
#   loginctl show-user <user> -p Linger
#   getsubids <user>; getsubids -g <user>
#   getcap <newuidmap>; getcap <newgidmap> (readlink -f first when they are symlinks)
#   getenforce (only without /sys/fs/selinux)
#   grep -l -F -s <rootlesskit path> /etc/apparmor.d/* (only when rootlesskit is found)
#   iptables --version
#   readlink -f <ip>
#   slirp4netns --version; pasta --version
#   tr '\0' '\n' < /proc/<pid>/cmdline (for a running rootlesskit of this user; not bounded: /proc)
#   cat ~/.config/docker/daemon.json; tr ',{}' '\n\n\n'; sed -n (to read its keys)
#   stat -f -c %T <data root or nearest existing parent>
#   dockerd --version; rootlesskit --version; docker --version
#   docker context inspect --format '{{.Name}}|{{.Endpoints.docker.Host}}'
#   docker version -f '{{.Server.Version}}' (only for a local unix socket that exists)
#   docker info -f '{{.Driver}}|{{.CgroupDriver}}|{{.DockerRootDir}}|{{json .SecurityOptions}}|{{json .DriverStatus}}'
#     (only when docker version answered)
#   env LC_ALL=C.UTF-8 journalctl --user -u docker --no-pager -q -n 80
#   ls -t <*.log files in the data root> (when there are several) and tail -n 80 <newest> (only without a journal)
#   tr '[:cntrl:]' ' ' (only for a value with control characters)
#   cat <file> (for each /proc/sys and /sys file named below, and the host name)
# It also reads: /etc/os-release, /proc/self/status, /proc/1/cgroup, /proc/mounts, /proc/modules,
# /proc/sys/…, /proc/<pid>/comm and status, /etc/passwd, /etc/subuid, /etc/subgid,
# /etc/nsswitch.conf, /sys/fs/cgroup/…, /sys/fs/selinux/enforce, /lib/modules/<kernel>/modules.builtin.

LC_ALL=C
export LC_ALL
PATH=${PATH:-/usr/bin:/bin}:/usr/local/sbin:/usr/sbin:/sbin
export PATH
nl='
'
cr=$(printf '\r')
# Lines of a text are walked as `set -f; IFS=$nl; for line in $text; do IFS=$ifs0; …; done`, not with
# a here-document: some shells (bash before 5.1) write here-documents to a temporary file.
ifs0=$IFS

usage() {
  printf '%s\n' \
    'Usage: sh doctor.sh [--redact]' \
    '       curl -fsSL <site>/doctor.sh | sh -s -- --redact' \
    '' \
    'Reads this machine (read-only, local, no sudo, writes nothing) and prints a report' \
    'about Docker rootless mode. Paste the report into the rootless-doctor search box.' \
    '' \
    '  --redact    replace your user name, home and host name with USER, /home/USER, HOST' \
    '  -h, --help  show this help'
}

REDACT=no
for arg in "$@"; do
  case $arg in
    --redact) REDACT=yes ;;
    -h | --help) usage; exit 0 ;;
    --) ;;
    *) printf 'doctor.sh: unknown option: %s\n\n' "$arg" >&2; usage >&2; exit 2 ;;
  esac
done

# ---------------------------------------------------------------------------------------------
# Helpers

BUDGET=4
START=$(date +%s 2>/dev/null </dev/null)
case $START in '' | *[!0-9]*) START= ;; esac

# How to bound a command: k = `timeout -k 1 N`, p = `timeout N`, t = old busybox `timeout -t N`.
TO=
if command -v timeout >/dev/null 2>&1; then
  if timeout -k 1 1 true </dev/null >/dev/null 2>&1; then TO=k
  elif timeout 1 true </dev/null >/dev/null 2>&1; then TO=p
  elif timeout -t 1 true </dev/null >/dev/null 2>&1; then TO=t
  fi
fi

# run SECONDS COMMAND [ARGS...]: COMMAND with stdin from /dev/null and stderr dropped, stopped after
# SECONDS. A command that may wait (SECONDS > 1: D-Bus, NSS, NFS, the daemon) gets fewer seconds when
# the budget is nearly spent, and is not run at all (status 124) once it is spent.
run() {
  _limit=$1
  shift
  if [ -n "$START" ] && [ "$_limit" -gt 1 ]; then
    _now=$(date +%s 2>/dev/null </dev/null)
    case $_now in
      '' | *[!0-9]*) ;;
      *)
        _left=$((BUDGET - (_now - START)))
        [ "$_left" -gt 0 ] || return 124
        [ "$_left" -lt "$_limit" ] && _limit=$_left
        ;;
    esac
  fi
  case $TO in
    k) timeout -k 1 "$_limit" "$@" </dev/null 2>/dev/null ;;
    p) timeout "$_limit" "$@" </dev/null 2>/dev/null ;;
    t) timeout -t "$_limit" "$@" </dev/null 2>/dev/null ;;
    *) "$@" </dev/null 2>/dev/null ;;
  esac
}

# cap VAR SECONDS COMMAND [ARGS...]: run COMMAND and store its stdout in VAR; returns its status.
# A command that timed out (or was skipped) is added to SLOW.
SLOW=''
# Variables cap assigns through eval, declared for readers (and shellcheck).
out='' st='' json='' _caps='' virt=''
cap() {
  _cap_var=$1
  shift
  _cap_out=$(run "$@")
  _cap_rc=$?
  case $_cap_rc in
    124 | 137 | 143)
      _cap_name=$2
      [ "$_cap_name" = env ] && _cap_name=$4
      SLOW="$SLOW ${_cap_name##*/}"
      ;;
  esac
  eval "$_cap_var=\$_cap_out"
  return "$_cap_rc"
}

# path_of NAME: REPLY = the first executable NAME in $PATH, or "missing".
path_of() {
  REPLY=missing
  set -f
  _ifs=$IFS
  IFS=:
  for _dir in $PATH; do
    case $_dir in /*) ;; *) continue ;; esac
    if [ -f "$_dir/$1" ] && [ -x "$_dir/$1" ]; then
      REPLY=$_dir/$1
      break
    fi
  done
  IFS=$_ifs
  set +f
}

# path_or_home_bin NAME: like path_of, then ~/bin/NAME (where the rootless install script puts it).
path_or_home_bin() {
  path_of "$1"
  if [ "$REPLY" = missing ] && [ -n "$HOME" ] && [ -f "$HOME/bin/$1" ] && [ -x "$HOME/bin/$1" ]; then
    REPLY=$HOME/bin/$1
  fi
}

# first_line TEXT: REPLY = TEXT up to its first newline.
first_line() {
  REPLY=${1%%"$nl"*}
}

# word N TEXT: REPLY = the Nth blank-separated word of TEXT's first line (empty if none).
word() {
  first_line "$2"
  set -f
  # shellcheck disable=SC2086 # splitting into words is the point
  set -- "$1" $REPLY
  set +f
  _n=$1
  shift
  REPLY=
  [ "$_n" -le "$#" ] && eval "REPLY=\${$_n}"
}

# read_file FILE: REPLY = the first line of FILE, or empty; status 1 when unreadable. Read with cat:
# dash's read takes one byte at a time, and /proc/sys files answer only a read at offset 0.
read_file() {
  REPLY=
  [ -r "$1" ] || return 1
  REPLY=$(cat -- "$1" 2>/dev/null </dev/null)
  first_line "$REPLY"
  return 0
}

# sysctl_value FILE: REPLY = its value with blanks squeezed to single spaces, or "absent".
sysctl_value() {
  if read_file "$1"; then
    set -f
    # shellcheck disable=SC2086
    set -- $REPLY
    set +f
    REPLY=$*
  else
    REPLY=absent
  fi
}

# yes_if TEST...: REPLY = yes when the test succeeds, else no.
yes_if() {
  if "$@"; then REPLY=yes; else REPLY=no; fi
}

# digits VALUE: REPLY = VALUE as a plain decimal (leading zeros dropped) when it is 1-12 digits, else empty.
digits() {
  REPLY=
  case $1 in '' | *[!0-9]*) return 1 ;; esac
  [ "${#1}" -le 12 ] || return 1
  REPLY=${1#"${1%%[!0]*}"}
  [ -n "$REPLY" ] || REPLY=0
}

# replace_word TEXT NEEDLE REPLACEMENT [path]: REPLY = TEXT with every NEEDLE that is not part of a
# longer word (letters, digits, _ and -) replaced; with "path", only the character after NEEDLE is
# checked (a home directory is replaced wherever it starts). NEEDLE is literal.
replace_word() {
  REPLY=
  _rest=$1
  [ -n "$2" ] || { REPLY=$1; return; }
  while :; do
    case $_rest in *"$2"*) ;; *) break ;; esac
    _pre=${_rest%%"$2"*}
    _rest=${_rest#*"$2"}
    _before=${_pre#"${_pre%?}"}
    [ "${4:-}" = path ] && _before=
    _after=${_rest%"${_rest#?}"}
    case $_before$_after in
      *[A-Za-z0-9_-]*) REPLY=$REPLY$_pre$2 ;;
      *) REPLY=$REPLY$_pre$3 ;;
    esac
  done
  REPLY=$REPLY$_rest
}

# redact TEXT [home-only]: REPLY = TEXT with the home, host and user name replaced (when --redact
# was given); with home-only, just the home.
redact() {
  REPLY=$1
  [ "$REDACT" = yes ] || return 0
  if [ -n "$R_HOME" ]; then replace_word "$REPLY" "$R_HOME" /home/USER path; fi
  [ "${2:-}" = home-only ] && return 0
  if [ -n "$R_FIRST" ]; then replace_word "$REPLY" "$R_FIRST" "$R_FIRST_TO"; fi
  if [ -n "$R_SECOND" ]; then replace_word "$REPLY" "$R_SECOND" "$R_SECOND_TO"; fi
}

# kv KEY VALUE: prints KEY=VALUE on one line (control characters become spaces; trailing blanks
# dropped). With --redact, names are replaced in the user key and in values with a / or @ (paths,
# URLs): values such as distro_id=debian must survive a user called debian.
kv() {
  _val=$2
  case $_val in
    *[[:cntrl:]]*) _val=$(printf '%s' "$_val" | tr '[:cntrl:]' ' ') ;;
  esac
  _val=${_val%"${_val##*[! ]}"}
  case $1:$_val in
    user:* | *:*/* | *:*@*) redact "$_val" ;;
    *) redact "$_val" home-only ;;
  esac
  printf '%s=%s\n' "$1" "$REPLY"
}

# ---------------------------------------------------------------------------------------------
# Who and where

my_uid=
my_gid=
if [ -r /proc/self/status ]; then
  while read -r k v _; do
    case $k in
      Uid:) my_uid=$v ;;
      Gid:) my_gid=$v ;;
      NoNewPrivs:) nnp=$v ;;
      Seccomp:) seccomp=$v ;;
    esac
  done </proc/self/status
fi
if [ -z "$my_uid" ]; then cap my_uid 1 id -u; fi
digits "$my_uid" || REPLY=unknown
my_uid=$REPLY
cap my_user 2 id -un || my_user=
first_line "$my_user"
my_user=$REPLY
my_home=${HOME:-}
read_file /proc/sys/kernel/hostname || true
my_host=$REPLY
if [ -z "$my_host" ]; then
  my_host=$(uname -n 2>/dev/null)
fi

# Redaction targets: the home first (as a path), then the longer of host and user name first.
R_HOME=
case $my_home in /?*) R_HOME=${my_home%/} ;; esac
r_user=$my_user
r_host=$my_host
case $r_host in localhost | localhost.localdomain | '') r_host= ;; esac
if [ "${#r_host}" -ge "${#r_user}" ]; then
  R_FIRST=$r_host R_FIRST_TO=HOST R_SECOND=$r_user R_SECOND_TO=USER
else
  R_FIRST=$r_user R_FIRST_TO=USER R_SECOND=$r_host R_SECOND_TO=HOST
fi

printf '%s\n' '# rootless-doctor report v1'

# Distro: parsed, never sourced.
distro_id='' distro_version_id='' distro_like='' distro_name=''
os_release=
for f in /etc/os-release /usr/lib/os-release; do
  if [ -r "$f" ]; then os_release=$f; break; fi
done
if [ -n "$os_release" ]; then
  while IFS= read -r line || [ -n "$line" ]; do
    v=${line#*=}
    v=${v#\"}; v=${v%\"}; v=${v#\'}; v=${v%\'}
    case $line in
      ID=*) distro_id=$v ;;
      VERSION_ID=*) distro_version_id=$v ;;
      ID_LIKE=*) distro_like=$v ;;
      PRETTY_NAME=*) distro_name=$v ;;
    esac
  done <"$os_release"
fi
kv distro_id "${distro_id:-unknown}"
kv distro_version_id "${distro_version_id:-unknown}"
kv distro_like "$distro_like"
kv distro_name "${distro_name:-unknown}"

kernel=$(uname -r 2>/dev/null)
kv kernel "${kernel:-unknown}"
arch=$(uname -m 2>/dev/null)
kv arch "${arch:-unknown}"
if [ -n "$kernel" ]; then yes_if [ -d "/lib/modules/$kernel" ]; else REPLY=unknown; fi
kv kernel_modules_dir "$REPLY"

kv user "${my_user:-unknown}"
kv uid "$my_uid"
kv home "${my_home:-unknown}"
if [ "$my_uid" = 0 ]; then is_root=yes; else is_root=no; fi
kv is_root "$is_root"
in_passwd=no
pw_gid=
if [ -r /etc/passwd ] && [ -n "$my_user" ]; then
  while IFS=: read -r name _ _ _pw_g _; do
    if [ "$name" = "$my_user" ]; then in_passwd=yes; pw_gid=$_pw_g; break; fi
  done </etc/passwd
else
  in_passwd=unknown
fi
kv user_in_passwd "$in_passwd"
# The primary GID of an account not in /etc/passwd (LDAP, SSSD) comes from getent when there is one.
if [ -z "$pw_gid" ] && [ -n "$my_user" ] && cap out 2 getent passwd "$my_user"; then
  first_line "$out"
  # name:password:uid:gid:…, split by parameter expansion (no here-document: see ifs0 above).
  pw_gid=${REPLY#*:*:*:}
  pw_gid=${pw_gid%%:*}
fi
# newuidmap maps only for a caller whose real GID is that primary GID (not a newgrp or sg shell).
gid_is_primary=unknown
if digits "$my_gid" && _g=$REPLY && digits "$pw_gid"; then
  if [ "$_g" = "$REPLY" ]; then gid_is_primary=yes; else gid_is_primary=no; fi
fi
kv gid_is_primary "$gid_is_primary"

# Container: the runtimes' marker files, PID 1's cgroup, then systemd's own detection.
ctype=
[ -e /.dockerenv ] && ctype=docker
[ -e /run/.containerenv ] && ctype=podman
if [ -z "$ctype" ] && [ -r /proc/1/cgroup ]; then
  while IFS= read -r line; do
    case $line in
      */docker[/-]* | */docker) ctype=docker ;;
      */kubepods*) ctype=kubernetes ;;
      */libpod*) ctype=podman ;;
      */lxc[/.]* | */lxc) ctype=lxc ;;
    esac
  done </proc/1/cgroup
fi
virt=
path_of systemd-detect-virt
if [ "$REPLY" != missing ]; then
  cap virt 1 systemd-detect-virt -c
  first_line "$virt"
  virt=$REPLY
fi
if [ -n "$ctype" ]; then
  in_container=yes
elif [ "$virt" = none ]; then
  in_container=no ctype=none
elif [ -n "$virt" ]; then
  in_container=yes ctype=$virt
else
  in_container=unknown ctype=unknown
fi
kv in_container "$in_container"
kv container_type "$ctype"
kv no_new_privs "${nnp:-unknown}"
kv seccomp "${seccomp:-unknown}"

# ---------------------------------------------------------------------------------------------
# Session: XDG_RUNTIME_DIR, D-Bus, systemd, linger

xdg=${XDG_RUNTIME_DIR:-}
kv xdg_runtime_dir "$xdg"
xdg_owner=unknown xdg_mode=unknown
if [ -n "$xdg" ] && [ -d "$xdg" ]; then
  kv xdg_runtime_dir_exists yes
  if cap st 1 stat -L -c '%u %a' "$xdg"; then
    word 1 "$st"
    if [ -n "$REPLY" ]; then
      if [ "$REPLY" = "$my_uid" ]; then xdg_owner=yes; else xdg_owner=no; fi
    fi
    word 2 "$st"
    [ -n "$REPLY" ] && xdg_mode=$REPLY
  fi
else
  kv xdg_runtime_dir_exists no
fi
kv xdg_runtime_dir_owner_is_user "$xdg_owner"
kv xdg_runtime_dir_mode "$xdg_mode"

dbus=no
if [ -n "$xdg" ] && [ -S "$xdg/bus" ]; then
  dbus=yes
elif [ -n "${DBUS_SESSION_BUS_ADDRESS:-}" ]; then
  case $DBUS_SESSION_BUS_ADDRESS in
    unix:path=*)
      p=${DBUS_SESSION_BUS_ADDRESS#unix:path=}
      p=${p%%,*}
      [ -S "$p" ] && dbus=yes
      ;;
    *) dbus=yes ;;
  esac
fi
kv dbus_session "$dbus"

yes_if [ -d /run/systemd/system ]
systemd=$REPLY
kv systemd_pid1 "$systemd"

path_of systemctl
systemctl=$REPLY
sctl_user=no
if [ "$systemctl" != missing ]; then
  if cap _ignored 2 systemctl --user show-environment; then
    sctl_user=yes
  else
    # A time-out (or the time budget spent) says nothing: the user manager may still be starting.
    case $? in 124 | 137 | 143) sctl_user=unknown ;; esac
  fi
fi
kv systemctl_user "$sctl_user"

linger=unknown
if [ -n "$my_user" ] && [ -e "/var/lib/systemd/linger/$my_user" ]; then
  linger=yes
elif [ "$systemd" = yes ]; then
  linger=no
  path_of loginctl
  if [ "$REPLY" != missing ] && [ -n "$my_user" ]; then
    if cap out 2 loginctl show-user "$my_user" -p Linger; then
      case $out in *Linger=yes*) linger=yes ;; esac
    fi
  fi
fi
kv linger "$linger"

# ---------------------------------------------------------------------------------------------
# Sub-IDs and newuidmap

# subids FILE: REPLY = the user's total count in FILE (by name or UID), RANGES = start:count list,
# UNPARSED = how many of the user's lines have a start or count that is not a whole number. RootlessKit
# fails on those (String to int conversion failed) and shadow's newuidmap skips them; a CR at the end
# counts as not a number, since shadow keeps it (RootlessKit trims it).
subids() {
  _total=0
  RANGES=
  UNPARSED=0
  [ -r "$1" ] || { REPLY=0; return; }
  while IFS= read -r _line || [ -n "$_line" ]; do
    # Lines without exactly three fields are subid_malformed's to count.
    case $_line in *:*:*:* | '' | '#'*) continue ;; *:*:*) ;; *) continue ;; esac
    _name=${_line%%:*}
    # A line without a name is no user's, even when this user's name could not be read.
    [ -n "$_name" ] || continue
    _line=${_line#*:}
    _start=${_line%%:*}
    _count=${_line#*:}
    if [ "$_name" = "$my_user" ] || [ "$_name" = "$my_uid" ]; then
      if digits "$_start" && _start=$REPLY && digits "$_count"; then
        _total=$((_total + REPLY))
        RANGES="$RANGES $_start:$REPLY"
      else
        UNPARSED=$((UNPARSED + 1))
      fi
    fi
  done <"$1"
  REPLY=$_total
  RANGES=${RANGES# }
}
subids /etc/subuid
subuid_count=$REPLY
kv subuid_count "$subuid_count"
subuid_ranges=$RANGES
own_unparsed=$UNPARSED
subids /etc/subgid
kv subgid_count "$REPLY"
subgid_ranges=$RANGES
own_unparsed=$((own_unparsed + UNPARSED))
kv subuid_ranges "$subuid_ranges"
kv subgid_ranges "$subgid_ranges"

# subid_malformed FILE...: REPLY = how many lines (any user's) are not name:start:count as RootlessKit
# reads them: blank and # lines skipped, blanks and a CR around a line ignored, exactly three fields.
subid_malformed() {
  _bad=0
  for _f in "$@"; do
    [ -r "$_f" ] || continue
    while IFS= read -r _line || [ -n "$_line" ]; do
      _line=${_line%"$cr"}
      _line=${_line#"${_line%%[! 	]*}"}
      _line=${_line%"${_line##*[! 	]}"}
      case $_line in '' | '#'*) continue ;; *:*:*:*) _bad=$((_bad + 1)) ;; *:*:*) ;; *) _bad=$((_bad + 1)) ;; esac
    done <"$_f"
  done
  REPLY=$_bad
}
subid_malformed /etc/subuid /etc/subgid
# The user's own unparsable lines have three fields, so subid_malformed did not count them.
kv subid_malformed_lines "$((REPLY + own_unparsed))"

# getsubids_total OUTPUT: REPLY = the sum of the last field of "0: alice 100000 65536" lines, or unknown.
getsubids_total() {
  REPLY=unknown
  _sum=0
  set -f
  IFS=$nl
  for _line in $1; do
    IFS=$ifs0
    word 4 "$_line"
    digits "$REPLY" || continue
    _sum=$((_sum + REPLY))
  done
  IFS=$ifs0
  set +f
  REPLY=$_sum
}
path_of getsubids
getsubids=$REPLY
gs_uid=unknown gs_gid=unknown
if [ "$getsubids" != missing ] && [ -n "$my_user" ]; then
  if cap out 2 getsubids "$my_user"; then getsubids_total "$out"; gs_uid=$REPLY; fi
  if cap out 2 getsubids -g "$my_user"; then getsubids_total "$out"; gs_gid=$REPLY; fi
fi
if [ "$subuid_count" -gt 0 ]; then
  subid_source=files
elif [ "$gs_uid" != unknown ] && [ "$gs_uid" -gt 0 ]; then
  subid_source=getsubids
else
  subid_source=none
fi
kv subid_source "$subid_source"
kv getsubids "$getsubids"
kv getsubids_count "$gs_uid"
kv getsubids_gid_count "$gs_gid"

nss=absent
if [ -r /etc/nsswitch.conf ]; then
  while IFS= read -r line; do
    case $line in
      subid:*)
        set -f
        # shellcheck disable=SC2086
        set -- ${line#subid:}
        set +f
        nss=$*
        ;;
    esac
  done </etc/nsswitch.conf
fi
kv nsswitch_subid "$nss"

path_of getcap
getcap=$REPLY
# privileged PATH CAP: REPLY = setuid, caps (CAP in getcap's output), no, or unknown.
privileged() {
  REPLY=unknown
  [ "$1" != missing ] || return 0
  if [ -u "$1" ]; then REPLY=setuid; return 0; fi
  [ "$getcap" != missing ] || return 0
  # getcap reads a symlink itself, not its target, and prints nothing for it: resolve it first.
  _target=$1
  if [ -L "$1" ] && cap _resolved 1 readlink -f "$1" && [ -n "$_resolved" ]; then first_line "$_resolved"; _target=$REPLY; fi
  REPLY=unknown
  if cap _caps 1 "$getcap" "$_target"; then
    case $_caps in *"$2"*) REPLY=caps ;; *) REPLY=no ;; esac
  fi
}
path_of newuidmap
newuidmap=$REPLY
path_of newgidmap
newgidmap=$REPLY
kv newuidmap "$newuidmap"
kv newgidmap "$newgidmap"
privileged "$newuidmap" cap_setuid
kv newuidmap_privileged "$REPLY"
privileged "$newgidmap" cap_setgid
kv newgidmap_privileged "$REPLY"

# ---------------------------------------------------------------------------------------------
# Kernel settings

sysctl_value /proc/sys/kernel/unprivileged_userns_clone
kv unprivileged_userns_clone "$REPLY"
sysctl_value /proc/sys/user/max_user_namespaces
kv max_user_namespaces "$REPLY"
sysctl_value /proc/sys/kernel/apparmor_restrict_unprivileged_userns
kv apparmor_restrict_unprivileged_userns "$REPLY"

path_or_home_bin rootlesskit
rootlesskit=$REPLY
aa_profile=unknown
if [ "$rootlesskit" != missing ] && [ -d /etc/apparmor.d ]; then
  # The profile may name the path itself or a symlink to it; the grep looks for the path as found.
  cap out 1 grep -l -F -s -- "$rootlesskit" /etc/apparmor.d/* >/dev/null
  if [ -n "$out" ]; then aa_profile=yes; else aa_profile=no; fi
fi
kv apparmor_rootlesskit_profile "$aa_profile"

sysctl_value /proc/sys/net/ipv4/ip_unprivileged_port_start
kv ip_unprivileged_port_start "$REPLY"
sysctl_value /proc/sys/net/ipv4/ping_group_range
kv ping_group_range "$REPLY"
yes_if [ -d /proc/sys/net/ipv6 ]
kv ipv6 "$REPLY"

cg1=no cg2=no cg2root=no
if [ -r /proc/mounts ]; then
  while read -r _dev mnt type _; do
    case $type in
      cgroup2) cg2=yes; [ "$mnt" = /sys/fs/cgroup ] && cg2root=yes ;;
      cgroup) cg1=yes ;;
    esac
  done </proc/mounts
fi
if [ "$cg2root" = yes ]; then cgv=2
elif [ "$cg1" = yes ] && [ "$cg2" = yes ]; then cgv=hybrid
elif [ "$cg1" = yes ]; then cgv=1
elif [ "$cg2" = yes ]; then cgv=2
else cgv=unknown
fi
kv cgroup_version "$cgv"
if read_file "/sys/fs/cgroup/user.slice/user-$my_uid.slice/user@$my_uid.service/cgroup.controllers"; then
  kv cgroup_controllers_delegated "$REPLY"
else
  kv cgroup_controllers_delegated unknown
fi
if read_file /sys/fs/cgroup/cgroup.controllers; then
  kv cgroup_controllers_root "$REPLY"
else
  kv cgroup_controllers_root unknown
fi

selinux=absent
if [ -r /sys/fs/selinux/enforce ]; then
  read_file /sys/fs/selinux/enforce
  case $REPLY in 1) selinux=enforcing ;; 0) selinux=permissive ;; *) selinux=unknown ;; esac
else
  path_of getenforce
  if [ "$REPLY" != missing ]; then
    cap out 1 getenforce
    case $out in
      Enforcing*) selinux=enforcing ;;
      Permissive*) selinux=permissive ;;
      Disabled*) selinux=disabled ;;
      *) selinux=unknown ;;
    esac
  fi
fi
kv selinux "$selinux"

# ---------------------------------------------------------------------------------------------
# Networking

path_of iptables
iptables=$REPLY
ipt_version=unknown ipt_mode=unknown
if [ "$iptables" != missing ]; then
  if cap out 1 "$iptables" --version; then
    word 2 "$out"
    case $REPLY in v[0-9]*) ipt_version=${REPLY#v} ;; esac
    case $out in
      *nf_tables*) ipt_mode=nf_tables ;;
      *legacy*) ipt_mode=legacy ;;
      iptables\ v1.[0-7].*) ipt_mode=legacy ;;
    esac
  fi
fi
kv iptables "$iptables"
kv iptables_version "$ipt_version"
kv iptables_mode "$ipt_mode"

WANTED_MODULES='ip_tables iptable_nat iptable_filter nf_tables br_netfilter tun'
# unknown (never "none") when the list cannot be read: a rule must not take an unread list for a missing module.
loaded=unknown
if [ -r /proc/modules ]; then
  loaded=
  while read -r mod _; do
    case " $WANTED_MODULES " in *" $mod "*) loaded="$loaded $mod" ;; esac
  done </proc/modules
fi
kv modules_loaded "${loaded# }"
builtin=unknown
if [ -n "$kernel" ] && [ -r "/lib/modules/$kernel/modules.builtin" ]; then
  builtin=
  while IFS= read -r line; do
    mod=${line##*/}
    mod=${mod%.ko}
    case " $WANTED_MODULES " in *" $mod "*) builtin="$builtin $mod" ;; esac
  done <"/lib/modules/$kernel/modules.builtin"
fi
kv modules_builtin "${builtin# }"
case " $loaded $builtin " in
  *" br_netfilter "*) brnf=yes ;;
  *) yes_if [ -d /proc/sys/net/bridge ]; brnf=$REPLY ;;
esac
kv br_netfilter "$brnf"
yes_if [ -c /dev/net/tun ]
kv dev_net_tun "$REPLY"

path_of ip
ip_cmd=$REPLY
if [ "$ip_cmd" != missing ]; then
  if cap out 1 readlink -f "$ip_cmd" && [ -n "$out" ]; then first_line "$out"; ip_cmd=$REPLY; fi
fi
kv ip_cmd "$ip_cmd"

# tool_version NAME N: REPLY = the Nth word of `NAME --version`'s first line (unknown if none), or missing.
tool_version() {
  path_of "$1"
  [ "$REPLY" = missing ] && return 0
  cap out 1 "$REPLY" --version
  word "$2" "$out"
  REPLY=${REPLY:-unknown}
}
tool_version slirp4netns 3
kv slirp4netns "$REPLY"
tool_version pasta 2
kv pasta "$REPLY"
path_of vpnkit
kv vpnkit "$REPLY"

# Running processes: rootlesskit (its --net and --port-driver) and dockerd (whose).
net='' port='' detach='' running='' net_source=''
for d in /proc/[0-9]*; do
  { read -r comm <"$d/comm"; } 2>/dev/null || continue
  case $comm in rootlesskit | dockerd) ;; *) continue ;; esac
  puid=
  { while read -r k v _; do
      if [ "$k" = Uid: ]; then puid=$v; break; fi
    done <"$d/status"; } 2>/dev/null
  if [ "$comm" = dockerd ]; then
    if [ "$puid" = "$my_uid" ]; then who=self; elif [ "$puid" = 0 ]; then who=root; else who=other; fi
    case " $running " in *" $who "*) ;; *) running="$running $who" ;; esac
    continue
  fi
  [ "$puid" = "$my_uid" ] || continue
  args=$(tr '\0' '\n' <"$d/cmdline" 2>/dev/null)
  prev=
  set -f
  IFS=$nl
  for a in $args; do
    IFS=$ifs0
    case $prev in --net) net=$a ;; --port-driver) port=$a ;; esac
    case $a in
      --net=*) net=${a#--net=} ;;
      --port-driver=*) port=${a#--port-driver=} ;;
      --detach-netns | --detach-netns=true) detach=yes ;;
      --detach-netns=false) detach=no ;;
    esac
    prev=$a
  done
  IFS=$ifs0
  set +f
  [ -n "$net" ] && net_source=process
  [ -n "$detach" ] || detach=no
done

# The user unit: state, environment and ExecStart, in one call.
svc=unknown svc_enabled=unknown svc_exec=unknown
if [ "$sctl_user" = yes ]; then
  if cap out 2 systemctl --user show docker.service -p LoadState -p ActiveState -p UnitFileState -p Environment -p ExecStart; then
    load='' active='' ufs=''
    set -f
    IFS=$nl
    for line in $out; do
      IFS=$ifs0
      case $line in
        LoadState=*) load=${line#LoadState=} ;;
        ActiveState=*) active=${line#ActiveState=} ;;
        UnitFileState=*) ufs=${line#UnitFileState=} ;;
        ExecStart=*)
          p=${line#*path=}
          [ "$p" != "$line" ] && svc_exec=${p%% *}
          ;;
        Environment=*)
          set -f
          # shellcheck disable=SC2086
          set -- ${line#Environment=}
          set +f
          for e in "$@"; do
            case $e in
              DOCKERD_ROOTLESS_ROOTLESSKIT_NET=*) [ -n "$net" ] || { net=${e#*=}; net_source=unit; } ;;
              DOCKERD_ROOTLESS_ROOTLESSKIT_PORT_DRIVER=*) [ -n "$port" ] || port=${e#*=} ;;
              DOCKERD_ROOTLESS_ROOTLESSKIT_DETACH_NETNS=*)
                if [ -z "$detach" ]; then
                  case ${e#*=} in true | 1) detach=yes ;; false | 0) detach=no ;; esac
                fi
                ;;
            esac
          done
          ;;
      esac
    done
    IFS=$ifs0
    set +f
    case $load in
      not-found) svc=absent ;;
      loaded)
        case $active in
          active | reloading) svc=active ;;
          inactive | deactivating) svc=inactive ;;
          failed) svc=failed ;;
          activating) svc=activating ;;
        esac
        ;;
    esac
    case $ufs in enabled | enabled-runtime | linked) svc_enabled=yes ;; disabled | static | masked | indirect) svc_enabled=no ;; esac
    [ "$svc" = absent ] && svc_enabled=no
  fi
fi
if [ -z "$detach" ] && [ -n "$xdg" ] && [ -e "$xdg/dockerd-rootless/netns" ]; then detach=yes; fi

case $net in
  slirp4netns | pasta | vpnkit | gvisor-tap-vsock | lxc-user-nic | host | none) ;;
  *) net=unknown ;;
esac
case $port in builtin | slirp4netns | implicit | pesto | gvisor-tap-vsock | none) ;; *) port=unknown ;; esac
kv network_driver "$net"
kv port_driver "$port"
kv network_driver_source "${net_source:-none}"
kv detach_netns "${detach:-unknown}"

# ---------------------------------------------------------------------------------------------
# Storage

path_of fuse-overlayfs
kv fuse_overlayfs "$REPLY"

config_home=${XDG_CONFIG_HOME:-$my_home/.config}
data_home=${XDG_DATA_HOME:-$my_home/.local/share}
daemon_json=$config_home/docker/daemon.json
dj_root='' dj_driver='' dj_proxy='' dj_icc='' dj_snap=''
if [ -f "$daemon_json" ]; then
  kv daemon_json present
  if cap json 1 cat "$daemon_json"; then
    # shellcheck disable=SC2020 # each of , { } becomes a newline
    keys=$(printf '%s\n' "$json" | tr ',{}' '\n\n\n' | sed -n \
      -e 's/^[[:space:]]*"data-root"[[:space:]]*:[[:space:]]*"\([^"]*\)".*/data-root=\1/p' \
      -e 's/^[[:space:]]*"storage-driver"[[:space:]]*:[[:space:]]*"\([^"]*\)".*/storage-driver=\1/p' \
      -e 's/^[[:space:]]*"userland-proxy"[[:space:]]*:[[:space:]]*\([a-z]*\).*/userland-proxy=\1/p' \
      -e 's/^[[:space:]]*"icc"[[:space:]]*:[[:space:]]*\([a-z]*\).*/icc=\1/p' \
      -e 's/^[[:space:]]*"containerd-snapshotter"[[:space:]]*:[[:space:]]*\([a-z]*\).*/containerd-snapshotter=\1/p' \
      2>/dev/null)
    set -f
    IFS=$nl
    for line in $keys; do
      IFS=$ifs0
      case $line in
        data-root=*) dj_root=${line#*=} ;;
        storage-driver=*) dj_driver=${line#*=} ;;
        userland-proxy=*) dj_proxy=${line#*=} ;;
        icc=*) dj_icc=${line#*=} ;;
        containerd-snapshotter=*) dj_snap=${line#*=} ;;
      esac
    done
    IFS=$ifs0
    set +f
  fi
else
  kv daemon_json absent
fi
data_root=${dj_root:-$data_home/docker}
kv data_root "$data_root"
yes_if [ -d "$data_root" ]
kv data_root_exists "$REPLY"
fstype=unknown
p=$data_root
while [ -n "$p" ] && [ ! -e "$p" ]; do
  case $p in */*) p=${p%/*} ;; *) p= ;; esac
done
[ -n "$p" ] || p=/
case $p in /*)
  if cap out 2 stat -f -c %T "$p" && [ -n "$out" ]; then first_line "$out"; fstype=$REPLY; fi
  ;;
esac
kv data_root_fstype "$fstype"
bool() { case $1 in true | false) REPLY=$1 ;; '') REPLY='unset' ;; *) REPLY=unknown ;; esac; }
kv storage_driver_config "${dj_driver:-unset}"
bool "$dj_proxy"; kv userland_proxy "$REPLY"
bool "$dj_icc"; kv icc "$REPLY"
bool "$dj_snap"; kv containerd_snapshotter "$REPLY"

# ---------------------------------------------------------------------------------------------
# Docker itself

# version_of OUTPUT: REPLY = the first "digits.digits…" word of the first line, commas dropped, or unknown.
version_of() {
  first_line "$1"
  set -f
  # shellcheck disable=SC2086
  set -- $REPLY
  set +f
  REPLY=unknown
  for _w in "$@"; do
    _w=${_w%,}
    _w=${_w#v}
    case $_w in [0-9]*.[0-9]*) REPLY=$_w; return ;; esac
  done
}

path_or_home_bin dockerd
dockerd=$REPLY
kv dockerd "$dockerd"
# Every dockerd in $PATH and ~/bin: two of them (packages and a leftover of the install script) mean a stale install.
all=''
set -f
ifs=$IFS
IFS=:
for dir in $PATH $my_home/bin; do
  case $dir in /*) ;; *) continue ;; esac
  f=${dir%/}/dockerd
  if [ -f "$f" ] && [ -x "$f" ]; then
    case " $all " in *" $f "*) ;; *) all="$all $f" ;; esac
  fi
done
IFS=$ifs
set +f
kv dockerd_paths "${all# }"
if [ "$dockerd" != missing ]; then cap out 3 "$dockerd" --version; version_of "$out"; else REPLY=unknown; fi
kv dockerd_version "$REPLY"
kv rootlesskit "$rootlesskit"
if [ "$rootlesskit" != missing ]; then cap out 2 "$rootlesskit" --version; version_of "$out"; else REPLY=unknown; fi
kv rootlesskit_version "$REPLY"
path_or_home_bin dockerd-rootless-setuptool.sh
kv setuptool "$REPLY"
path_of docker
docker=$REPLY
kv docker_cli "$docker"
if [ "$docker" != missing ]; then cap out 2 "$docker" --version; version_of "$out"; else REPLY=unknown; fi
kv docker_cli_version "$REPLY"

# install_method_of PATH: REPLY = how the dockerd at PATH was installed: script (~/bin), packages (/usr, not
# /usr/local, where static binaries are copied by hand, as in the docker:dind-rootless image), else unknown.
install_method_of() {
  case $1 in
    # An empty home would make this /bin/*.
    "${my_home:-/nonexistent-home}"/bin/*) REPLY=script ;;
    /usr/local/*) REPLY=unknown ;;
    /usr/*) REPLY=packages ;;
    *) REPLY=unknown ;;
  esac
}
home_bin=no
if [ -n "$my_home" ] && [ -f "$my_home/bin/dockerd" ]; then home_bin=yes; fi
install_method_of "$dockerd"
method=$REPLY
[ "$home_bin" = yes ] && [ "$method" = unknown ] && method=script
kv install_method "$method"
kv home_bin_dockerd "$home_bin"
case ":$PATH:" in *":$my_home/bin:"* | *":$my_home/bin/:"*) REPLY=yes ;; *) REPLY=no ;; esac
[ -n "$my_home" ] || REPLY=unknown
kv home_bin_in_path "$REPLY"

kv docker_host "${DOCKER_HOST:-}"
ctx=unknown endpoint=unknown
if [ "$docker" != missing ]; then
  if cap out 2 "$docker" context inspect --format '{{.Name}}|{{.Endpoints.docker.Host}}'; then
    first_line "$out"
    case $REPLY in
      *'|'*) ctx=${REPLY%%|*} endpoint=${REPLY#*|} ;;
    esac
  elif [ -n "${DOCKER_HOST:-}" ]; then
    endpoint=$DOCKER_HOST
  fi
elif [ -n "${DOCKER_HOST:-}" ]; then
  endpoint=$DOCKER_HOST
fi
kv docker_context "${ctx:-unknown}"
kv docker_endpoint "${endpoint:-unknown}"

reach=unknown ev=unknown erl=unknown esd=unknown eis=unknown ecg=unknown erd=unknown
case $endpoint in
  unix://*)
    sock=${endpoint#unix://}
    if [ ! -S "$sock" ]; then
      reach=no
    elif [ "$docker" != missing ]; then
      if cap out 2 "$docker" version -f '{{.Server.Version}}' && [ -n "$out" ]; then
        reach=yes
        first_line "$out"
        ev=$REPLY
        if cap out 3 "$docker" info -f '{{.Driver}}|{{.CgroupDriver}}|{{.DockerRootDir}}|{{json .SecurityOptions}}|{{json .DriverStatus}}'; then
          first_line "$out"
          info=$REPLY
          esd=${info%%|*}; info=${info#*|}
          ecg=${info%%|*}; info=${info#*|}
          erd=${info%%|*}; info=${info#*|}
          case ${info%%|*} in *name=rootless*) erl=yes ;; *) erl=no ;; esac
          case ${info#*|} in *io.containerd.snapshotter*) eis=containerd ;; *) eis=graphdriver ;; esac
        fi
      else
        # A time-out (or the time budget spent) is no answer either way.
        case $? in 124 | 137 | 143) ;; *) reach=no ;; esac
      fi
    fi
    ;;
  unknown | '') ;;
  *) reach=skipped ;;
esac
kv engine_reachable "$reach"
kv engine_version "${ev:-unknown}"
kv engine_rootless "$erl"
kv engine_storage_driver "${esd:-unknown}"
kv engine_image_store "$eis"
kv engine_cgroup_driver "${ecg:-unknown}"
kv engine_root_dir "${erd:-unknown}"

if [ -n "$xdg" ]; then yes_if [ -S "$xdg/docker.sock" ]; else REPLY=no; fi
kv rootless_socket "$REPLY"
yes_if [ -S /var/run/docker.sock ]
kv rootful_socket "$REPLY"
if [ -S /var/run/docker.sock ] && [ -w /var/run/docker.sock ]; then REPLY=yes; else REPLY=no; fi
kv rootful_socket_writable "$REPLY"

rootful=unknown
if [ "$systemctl" != missing ] && [ "$systemd" = yes ]; then
  if cap out 2 systemctl show docker.service -p LoadState -p ActiveState; then
    case $out in
      *LoadState=not-found*) rootful=absent ;;
      *ActiveState=active* | *ActiveState=reloading*) rootful=active ;;
      *ActiveState=failed*) rootful=failed ;;
      *ActiveState=activating*) rootful=activating ;;
      *ActiveState=inactive* | *ActiveState=deactivating*) rootful=inactive ;;
    esac
  fi
fi
kv rootful_service "$rootful"
kv rootless_service "$svc"
kv rootless_service_enabled "$svc_enabled"
kv service_exec "$svc_exec"
running=${running# }
kv dockerd_running "${running:-none}"
if [ -n "$xdg" ]; then yes_if [ -d "$xdg/containerd-rootless" ]; else REPLY=no; fi
kv containerd_rootless "$REPLY"

path_of nvidia-smi
if [ -e /dev/nvidia0 ] || [ "$REPLY" != missing ]; then nvidia=yes; else nvidia=no; fi
kv nvidia "$nvidia"
path_of nvidia-ctk
kv nvidia_ctk "$REPLY"

# ---------------------------------------------------------------------------------------------
# The daemon's log: the user journal, else the newest *.log in the data root.

log='' log_source=none
path_of journalctl
if [ "$REPLY" != missing ] && [ "$systemd" = yes ]; then
  cap log 3 env LC_ALL=C.UTF-8 journalctl --user -u docker --no-pager -q -n 80
  case $log in
    '' | '-- No entries --') log= ;;
    *) log_source=journal ;;
  esac
fi
if [ -z "$log" ]; then
  set --
  for f in "$data_root"/*.log "$data_root"/log/*.log; do
    if [ -f "$f" ] && [ -r "$f" ]; then set -- "$@" "$f"; fi
  done
  newest=
  if [ "$#" -gt 1 ]; then
    cap out 1 ls -t -- "$@"
    first_line "$out"
    newest=$REPLY
  elif [ "$#" -eq 1 ]; then
    newest=$1
  fi
  if [ -n "$newest" ]; then
    cap log 1 tail -n 80 "$newest"
    log_source=file:$newest
  fi
fi

kv redacted "$REDACT"
kv slow_commands "${SLOW# }"
kv log_source "$log_source"

printf '%s\n' '# log'
if [ -n "$log" ]; then
  set -f
  IFS=$nl
  for line in $log; do
    IFS=$ifs0
    case $line in *"$cr") line=${line%?} ;; esac
    if [ "${#line}" -gt 4000 ]; then line=$(printf '%.4000s' "$line"); fi
    redact "$line"
    printf '%s\n' "$REPLY"
  done
  IFS=$ifs0
  set +f
fi
printf '%s\n' '# end'
exit 0
