/**
 * The user's setup (distro and release, install method, systemd, Engine version) and whether a
 * `when:` condition holds for it; the Chinese label an entry page shows for a limited step.
 */
import type { Condition } from '../schemas/condition.ts';
import type { Distro } from '../schemas/distro.ts';
import { inRange, parseRange, parseVersion, type Version } from './version-range.ts';

/** Everything a `when:` can ask about. */
export interface Setup {
  /** The distro family, or undefined when the user did not say ("其他 / 不确定"). */
  distro: Distro | undefined;
  /** A release id of that distro, or undefined when only the family is known. */
  release?: string | undefined;
  /** How rootless Docker was installed, or undefined when every way counts (an entry page). */
  install?: 'packages' | 'script' | undefined;
  /** Whether the host runs systemd, or undefined when both count (an entry page). */
  systemd?: boolean | undefined;
  /** The Engine version, or undefined for the newest release. */
  engine?: Version | undefined;
  /** Whether the install tool has written the docker user unit; undefined when unknown (pages, the wizard). */
  unit?: boolean | undefined;
}

/** Stands for "the newest release" wherever a version is compared. */
export const NEWEST: Version = [9999, 0, 0];

/** RootlessKit v3 ships with Engine v29.5 (moby hack/dockerfile/install/rootlesskit.installer: v2.3.6 in v29.4.0, v3.0.0 in v29.5.0). */
const ROOTLESSKIT_3_ENGINE: Version = [29, 5, 0];

/** The RootlessKit version that comes with an Engine version (package installs and the install script). */
export function bundledRootlessKit(engine: Version | undefined): Version {
  if (engine === undefined) return NEWEST;
  return inRange(engine, { min: ROOTLESSKIT_3_ENGINE }) ? [3, 0, 0] : [2, 3, 0];
}

/** The release ids that count as `release` when matching (itself and the release it is like). */
function releaseAliases(distro: Distro, release: string): string[] {
  const own = distro.releases.find((r) => r.id === release);
  return own === undefined ? [] : [own.id, ...(own.like !== undefined ? [own.like] : [])];
}

/** True when a version range (text) holds for a version; a malformed range (refused at build) never holds. */
function rangeHolds(text: string | undefined, version: Version): boolean {
  if (text === undefined) return true;
  const range = parseRange(text);
  return typeof range !== 'string' && inRange(version, range);
}

/**
 * True when every part of a condition holds for the setup. A part the setup leaves open
 * (install, systemd, the release of a known distro, the distro itself) counts as holding for
 * some user, so entry pages show such steps with a label instead of hiding them.
 */
export function conditionHolds(when: Condition | undefined, setup: Setup): boolean {
  if (when === undefined) return true;
  if (when.install !== undefined && setup.install !== undefined && when.install !== setup.install) return false;
  if (when.systemd !== undefined && setup.systemd !== undefined && when.systemd !== setup.systemd) return false;
  if (when.unit !== undefined && setup.unit !== undefined && when.unit !== setup.unit) return false;
  if (!rangeHolds(when.engine, setup.engine ?? NEWEST)) return false;
  if (!rangeHolds(when.rootlesskit, bundledRootlessKit(setup.engine))) return false;
  if (when.releases === undefined || setup.distro === undefined) return true;
  const wanted = new Set(when.releases);
  const ids = setup.release !== undefined && setup.distro.releases.some((r) => r.id === setup.release)
    ? releaseAliases(setup.distro, setup.release)
    : setup.distro.releases.flatMap((r) => releaseAliases(setup.distro!, r.id));
  return ids.some((id) => wanted.has(id));
}

/** Parses a user's Engine version choice (`29.4`); undefined for "newest" or anything unreadable. */
export function engineVersion(text: string | undefined): Version | undefined {
  return text === undefined || text === '' ? undefined : parseVersion(text);
}

/**
 * "仅适用于：…" for the parts of a condition an entry page leaves open (release names of this
 * distro, install method, systemd); undefined when nothing needs saying. Engine ranges are shown
 * as version tabs instead.
 */
export function describeCondition(when: Condition | undefined, distro: Distro | undefined): string | undefined {
  if (when === undefined) return undefined;
  const parts: string[] = [];
  if (when.releases !== undefined && distro !== undefined) {
    const own = distro.releases.filter((r) => releaseAliases(distro, r.id).some((id) => when.releases?.includes(id)));
    if (own.length > 0 && own.length < distro.releases.length) parts.push(own.map((r) => r.name).join('、'));
  }
  if (when.install === 'script') parts.push('用安装脚本安装时');
  if (when.install === 'packages') parts.push('用软件包（deb/rpm）安装时');
  if (when.systemd === true) parts.push('有 systemd 的主机');
  if (when.systemd === false) parts.push('没有 systemd 的主机');
  if (when.unit === true) parts.push('安装工具已经装好 docker 用户服务时');
  if (when.unit === false) parts.push('还没有 docker 用户服务时');
  if (when.rootlesskit !== undefined) parts.push(`RootlessKit ${when.rootlesskit.replaceAll('>=', '≥ ').replaceAll('<', '< ')}`);
  return parts.length > 0 ? `仅适用于：${parts.join('；')}` : undefined;
}
