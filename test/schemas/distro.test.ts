import { expect, test } from 'vitest';
import { DistroSchema } from '../../src/schemas/distro.ts';

const good = {
  id: 'rhel', name: 'CentOS / RHEL / Fedora', order: 5, family: 'redhat', versions: ['RHEL 9'],
  packageManager: { name: 'dnf', install: 'sudo dnf install -y ' },
  packages: { uidmap: 'shadow-utils', dbusUserSession: null },
};

test('accepts a distro and keeps null packages as "not needed"', () => {
  expect(DistroSchema.parse(good).packages.dbusUserSession).toBeNull();
});

test.each([
  ['a package name with a shell metacharacter', { packages: { uidmap: 'shadow;reboot' } }, 'packages.uidmap'],
  ['an install command without sudo', { packageManager: { name: 'dnf', install: 'dnf install -y ' } }, 'packageManager.install'],
  ['an unknown family', { family: 'gentoo' }, 'family'],
])('rejects %s', (_, patch, path) => {
  const r = DistroSchema.safeParse({ ...good, ...patch });
  expect(r.error?.issues.map((i) => i.path.join('.'))).toContain(path);
});
