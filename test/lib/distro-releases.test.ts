import { describe, expect, test } from 'vitest';
import { distroOfRelease, isReleaseId, releasesOf, RELEASE_IDS } from '../../src/lib/distro-releases.ts';

describe('the release table', () => {
  test.each([
    ['ubuntu-2404', 'ubuntu'], ['debian-11', 'debian'], ['rhel-8', 'rhel'], ['fedora', 'rhel'], ['opensuse-15', 'opensuse'], ['arch', 'arch'],
  ])('puts %s under %s', (release, distro) => {
    expect(distroOfRelease(release)).toBe(distro);
    expect(releasesOf(distro)).toContain(release);
  });

  test.each(['ubuntu-1804', 'rhel-7', '', '__proto__'])('knows nothing of %j', (id) => {
    expect(isReleaseId(id)).toBe(false);
    expect(distroOfRelease(id)).toBeUndefined();
    expect(releasesOf(id)).toEqual([]);
  });

  test('gives every release a unique id', () => {
    expect(new Set(RELEASE_IDS).size).toBe(RELEASE_IDS.length);
  });
});
