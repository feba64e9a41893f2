import { describe, expect, test } from 'vitest';
import { findIntegrityProblems, type ContentSet } from '../../src/lib/content-integrity.ts';
import { DistroSchema } from '../../src/schemas/distro.ts';
import { EntrySchema } from '../../src/schemas/entry.ts';
import { LimitationSchema } from '../../src/schemas/limitation.ts';

const entry = (slug: string, patch: object = {}) => ({
  slug,
  file: `troubleshooting/${slug}.mdx`,
  data: EntrySchema.parse({
    title: slug, summary: 's', cause: 'c', phase: 'run', errors: ['e'],
    fix: [{ title: 'f', run: 'true' }], verify: [{ run: 'true', expect: 'ok' }], ...patch,
  }),
});
const limitation = (slug: string, related: string[] = []) => ({
  slug, file: `limitations/${slug}.mdx`, data: LimitationSchema.parse({ title: slug, summary: 's', facts: ['f'], related }),
});
const distro = (id: string, hints: object[] = []) => ({
  slug: id,
  file: `distros/${id}.yaml`,
  data: DistroSchema.parse({
    id, name: id, order: 1, family: 'debian', versions: ['1'],
    packageManager: { name: 'apt', install: 'sudo apt-get install -y ' }, packages: { uidmap: 'uidmap' }, hints,
  }),
});
const set = (patch: Partial<ContentSet>): ContentSet => ({ entries: [entry('a')], limitations: [limitation('l')], distros: [distro('debian')], ...patch });

describe('findIntegrityProblems', () => {
  test('finds nothing in sound content', () => {
    expect(findIntegrityProblems(set({ entries: [entry('a', { related: ['l'] }), entry('b', { related: ['a'] })] }))).toEqual([]);
  });

  test('names the file and the missing slug of a broken related link', () => {
    expect(findIntegrityProblems(set({ entries: [entry('a', { related: ['nope'] })] }))).toMatchInlineSnapshot(`
      [
        "troubleshooting/a.mdx: related slug "nope" does not exist; use one of the slugs in src/content/docs/troubleshooting or limitations",
      ]
    `);
  });

  test('reports a slug used by both an entry and a limitation', () => {
    expect(findIntegrityProblems(set({ limitations: [limitation('a')] }))[0]).toMatch(/slug "a" is also used by/);
  });

  test('reports an entry that relates to itself', () => {
    expect(findIntegrityProblems(set({ entries: [entry('a', { related: ['a'] })] }))[0]).toMatch(/lists the entry itself/);
  });

  test.each([
    ['in `distros`', { distros: ['gentoo'] }],
    ['in a per-distro fix step', { fix: [{ title: 'f', byDistro: { gentoo: 'true' } }] }],
  ])('reports an unknown distro id %s', (_, patch) => {
    expect(findIntegrityProblems(set({ entries: [entry('a', patch)] }))[0]).toMatch(/distro "gentoo" is not in src\/content\/distros/);
  });

  test('reports an install step naming a package key no distro defines', () => {
    expect(findIntegrityProblems(set({ entries: [entry('a', { fix: [{ title: 'f', install: ['nosuch'] }] })] }))[0]).toMatch(/package key "nosuch"/);
  });

  test('reports a distro hint linking to a missing entry', () => {
    expect(findIntegrityProblems(set({ distros: [distro('debian', [{ text: 'x', entry: 'gone' }])] }))[0]).toMatch(/hint links to "gone"/);
  });

  test('reports a distro file whose name differs from its id', () => {
    const d = { ...distro('debian'), slug: 'deb' };
    expect(findIntegrityProblems(set({ distros: [d] }))[0]).toMatch(/name the file debian.yaml/);
  });
});
