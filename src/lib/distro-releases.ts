/**
 * The releases the command generator tells apart, one typed table per distro family. A release
 * is listed only where CONTENT.md gives a fact that differs from its neighbours; everything else
 * is the family (distro id) alone. Fix steps name release ids in `when.releases`.
 */

/** Releases per distro id (the ids in src/content/distros/). Order: newest first. */
export const DISTRO_RELEASES = {
  /** 24.04+: AppArmor restricts unprivileged user namespaces (kernel.apparmor_restrict_unprivileged_userns=1). */
  ubuntu: ['ubuntu-2404', 'ubuntu-2204'],
  /** 10 and older: kernel.unprivileged_userns_clone=0; 11: kernel 5.10, fuse-overlayfs recommended; 12: overlay2 works. */
  debian: ['debian-12', 'debian-11', 'debian-10'],
  /** Rolling; older kernels needed kernel.unprivileged_userns_clone=1. */
  arch: ['arch'],
  /** Leap 15 and SLES 15: known to work; may need the iptables modules loaded. */
  opensuse: ['opensuse-15'],
  /** RHEL 8 and alike: kernel 4.18, install fuse-overlayfs; RHEL 9 and alike, Fedora: not needed. */
  rhel: ['rhel-9', 'rhel-8', 'fedora'],
} as const satisfies Record<string, readonly string[]>;

/** A distro id that has a release table. */
export type ReleaseDistroId = keyof typeof DISTRO_RELEASES;

/** One release id from DISTRO_RELEASES. */
export type ReleaseId = (typeof DISTRO_RELEASES)[ReleaseDistroId][number];

/** Every known release id, in table order. */
export const RELEASE_IDS: readonly ReleaseId[] = Object.values(DISTRO_RELEASES).flat();

/** Type guard for release ids in DISTRO_RELEASES. */
export function isReleaseId(id: string): id is ReleaseId {
  return (RELEASE_IDS as readonly string[]).includes(id);
}

/** The distro id a release belongs to, or undefined for an unknown release. */
export function distroOfRelease(id: string): ReleaseDistroId | undefined {
  return (Object.keys(DISTRO_RELEASES) as ReleaseDistroId[]).find((d) =>
    (DISTRO_RELEASES[d] as readonly string[]).includes(id),
  );
}

/** The releases of a distro id; empty for a distro without a table (then no release-specific step applies). */
export function releasesOf(distroId: string): readonly ReleaseId[] {
  return Object.hasOwn(DISTRO_RELEASES, distroId) ? DISTRO_RELEASES[distroId as ReleaseDistroId] : [];
}
