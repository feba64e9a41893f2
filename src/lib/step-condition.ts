/** Describing a fix step's `when` condition in Chinese, for the label entry pages show. */
import type { StepCondition } from '../schemas/fix-condition.ts';
import { releasesOf } from './distro-releases.ts';

/** Display names of the release ids in src/lib/distro-releases.ts. */
export const RELEASE_NAMES: Readonly<Record<string, string>> = {
  'ubuntu-2404': 'Ubuntu 24.04 及更高版本',
  'ubuntu-2204': 'Ubuntu 22.04 及更早版本',
  'debian-12': 'Debian 12',
  'debian-11': 'Debian 11',
  'debian-10': 'Debian 10 及更早版本',
  arch: 'Arch Linux',
  'opensuse-15': 'openSUSE Leap 15 / SLES 15',
  'rhel-9': 'RHEL 9 及类似发行版',
  'rhel-8': 'RHEL 8 及类似发行版',
  fedora: 'Fedora',
};

/** "仅适用于：…" for a condition, naming only the releases of the given distro; undefined when there is none. */
export function describeCondition(when: StepCondition | undefined, distroId: string): string | undefined {
  if (when === undefined) return undefined;
  const parts: string[] = [];
  if (when.releases !== undefined) {
    const own = when.releases.filter((r) => (releasesOf(distroId) as readonly string[]).includes(r));
    if (own.length > 0) parts.push(own.map((r) => RELEASE_NAMES[r] ?? r).join('、'));
  }
  if (when.install === 'script') parts.push('用安装脚本安装时');
  if (when.install === 'packages') parts.push('用软件包（deb/rpm）安装时');
  if (when.systemd === true) parts.push('有 systemd 的主机');
  if (when.systemd === false) parts.push('没有 systemd 的主机');
  return parts.length > 0 ? `仅适用于：${parts.join('；')}` : undefined;
}
