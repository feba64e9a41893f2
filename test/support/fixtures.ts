/** Tiny content fixtures parsed by the real schemas, for tests of the pure modules. */
import { WizardSchema } from '../../src/schemas/wizard.ts';
import { withDistroOptions } from '../../src/lib/wizard-tree.ts';
import { DistroSchema, type Distro } from '../../src/schemas/distro.ts';
import { EntrySchema, type Entry, type EntryInput } from '../../src/schemas/entry.ts';

/** Two distro families with releases, one derivative and a package not verified on one of them. */
export const DISTROS: Distro[] = [
  {
    id: 'ubuntu', name: 'Ubuntu', tab: 'Ubuntu', order: 1, family: 'debian',
    releases: [
      { id: 'ubuntu-2404', name: 'Ubuntu 24.04', osRelease: { ids: ['ubuntu'], versions: '>=23.10' } },
      { id: 'ubuntu-2204', name: 'Ubuntu 22.04', osRelease: { ids: ['ubuntu'], versions: '<23.10' } },
      { id: 'uos', name: 'UOS', like: 'ubuntu-2204', verified: false, osRelease: { ids: ['uos'] } },
    ],
    osReleaseIds: ['ubuntu'],
    packageManager: { name: 'apt', install: 'sudo apt-get install -y ' },
    packages: { uidmap: 'uidmap', dbusUserSession: 'dbus-user-session', systemdContainer: null },
  },
  {
    id: 'rhel', name: 'CentOS / RHEL / Fedora', tab: 'RHEL 系', order: 2, family: 'redhat',
    releases: [{ id: 'rhel-9', name: 'RHEL 9', osRelease: { ids: ['rhel', 'rocky'], versions: '>=9 <10' } }, { id: 'rhel-8', name: 'RHEL 8', osRelease: { ids: ['rhel', 'rocky'], versions: '>=8 <9' } }],
    osReleaseIds: ['rhel', 'rocky', 'fedora'],
    packageManager: { name: 'dnf', install: 'sudo dnf install -y ' },
    packages: { uidmap: 'shadow-utils' },
  },
].map((d) => DistroSchema.parse(d));

/** The distro with this id from DISTROS. */
export const distro = (id: string): Distro => DISTROS.find((d) => d.id === id) as Distro;

/** A valid entry: the given fields over a minimal one, parsed by EntrySchema. */
export function entry(fields: Partial<EntryInput>): Entry {
  return EntrySchema.parse({
    title: '问题', summary: '摘要', cause: '原因', phase: 'daemon-start', errors: ['boom'],
    ...(fields.fixes === undefined && { fix: [{ title: '重启', restart: true }] }), verify: [{ run: 'docker info', expect: 'ok' }],
    sources: [{ title: 'docs', url: 'https://docs.docker.com/engine/security/rootless/' }],
    ...fields,
  });
}

/** A decision tree from terse input: parsed by the real schema, the distro question's answers filled from DISTROS. */
export function wizardTree(input: unknown): import('../../src/schemas/wizard.ts').WizardTree {
  return withDistroOptions(WizardSchema.parse(input), DISTROS);
}
