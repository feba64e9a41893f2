import { expect, test } from 'vitest';
import { DistroSchema } from '../../src/schemas/distro.ts';

const good = {
  id: 'rhel', name: 'CentOS / RHEL / Fedora', tab: 'RHEL 系', order: 5, family: 'redhat',
  releases: [{ id: 'rhel-9', name: 'RHEL 9' }, { id: 'openeuler', name: 'openEuler', like: 'rhel-9', verified: false }],
  osReleaseIds: ['rhel', 'rocky'],
  packageManager: { name: 'dnf', install: 'sudo dnf install -y ' },
  packages: { uidmap: 'shadow-utils', dbusUserSession: null },
};

test('accepts a distro, keeps null packages as "not needed" and releases verified unless said otherwise', () => {
  const d = DistroSchema.parse(good);
  expect(d.packages.dbusUserSession).toBeNull();
  expect(d.releases.map((r) => r.verified)).toEqual([true, false]);
});

test.each([
  ['a package name with a shell metacharacter', { packages: { uidmap: 'shadow;reboot' } }, 'packages.uidmap'],
  ['an install command without sudo', { packageManager: { name: 'dnf', install: 'dnf install -y ' } }, 'packageManager.install'],
  ['an unknown family', { family: 'gentoo' }, 'family'],
  ['a tab label too long for a phone', { tab: 'CentOS / RHEL / Fedora' }, 'tab'],
  ['no releases', { releases: [] }, 'releases'],
  ['no os-release ids (a doctor report could not find the family)', { osReleaseIds: [] }, 'osReleaseIds'],
  ['an os-release id in capitals (IDs are matched lower-cased)', { osReleaseIds: ['openEuler'] }, 'osReleaseIds.0'],
  ['a release whose os-release version range is malformed', { releases: [{ id: 'rhel-9', name: 'RHEL 9', osRelease: { ids: ['rhel'], versions: '9' } }] }, 'releases.0.osRelease.versions'],
])('rejects %s', (_, patch, path) => {
  const r = DistroSchema.safeParse({ ...good, ...patch });
  expect(r.error?.issues.map((i) => i.path.join('.'))).toContain(path);
});
