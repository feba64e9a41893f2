import { describe, expect, test } from 'vitest';
import type { ContentSet } from '../../src/lib/content-integrity.ts';
import { buildLimitationResult, buildResultFix, buildSearchIndex, buildTellApartChecks } from '../../src/lib/search-index-build.ts';
import { isResultFix } from '../../src/lib/result-fix.ts';
import { isSearchIndex, SEARCH_INDEX_VERSION } from '../../src/lib/search-index.ts';
import { itemPath } from '../../src/lib/urls.ts';
import { DistroSchema } from '../../src/schemas/distro.ts';
import { EntrySchema } from '../../src/schemas/entry.ts';
import { LimitationSchema } from '../../src/schemas/limitation.ts';

const distro = (id: string, name: string, order: number) =>
  DistroSchema.parse({
    id, name, tab: name, order, family: 'debian', releases: [{ id: `${id}-1`, name: `${name} 1` }],
    osReleaseIds: [id], packageManager: { name: 'apt', install: 'sudo apt-get install -y ' }, packages: { uidmap: 'uidmap' },
  });

const SOURCES = [{ title: 'docs', url: 'https://docs.docker.com/engine/security/rootless/' }];
const CONTENT: ContentSet = {
  entries: [{
    slug: 'subuid-missing', file: 'e.mdx',
    data: EntrySchema.parse({
      title: 'No subuid', summary: 's', cause: 'no range', phase: 'daemon-start', distros: ['ubuntu'],
      errors: ['No subuid ranges found for user'], symptoms: ['subuid 怎么配置'],
      diagnose: [{ title: 'look for your range', run: 'grep {{user}} /etc/subuid', bad: 'no output' }],
      fix: [{ title: 'install', install: ['uidmap'] }, { title: 'add range', run: 'sudo usermod --add-subuids 100000-165535 {{user}}' }],
      verify: [{ run: 'grep {{user}} /etc/subuid', expect: 'a line' }], sources: SOURCES,
    }),
  }],
  limitations: [{
    slug: 'storage-drivers', file: 'l.mdx',
    data: LimitationSchema.parse({ title: 'Drivers', summary: 'some drivers only', facts: ['f'], errors: ['driver not supported: <NAME>'], symptoms: ['vfs slow'], sources: SOURCES }),
  }],
  distros: [{ slug: 'debian', file: 'd.yaml', data: distro('debian', 'Debian', 2) }, { slug: 'ubuntu', file: 'u.yaml', data: distro('ubuntu', 'Ubuntu', 1) }],
};

describe('buildSearchIndex', () => {
  const index = buildSearchIndex(CONTENT);

  test('lists distros in tab order with their tab labels', () => {
    expect(index.distros).toEqual([{ id: 'ubuntu', name: 'Ubuntu' }, { id: 'debian', name: 'Debian' }]);
  });

  test('keeps what the search shows and matches for an entry', () => {
    expect(index.items[0]).toMatchObject({
      slug: 'subuid-missing', kind: 'entry', title: 'No subuid',
      phase: 'daemon-start', errors: ['No subuid ranges found for user'], symptoms: ['subuid 怎么配置'],
    });
  });

  test('leaves the cause, the fix and the check that tells causes apart out of the index (each result fetches them)', () => {
    for (const item of index.items) for (const shownOnly of ['cause', 'fix', 'check']) expect(item).not.toHaveProperty(shownOnly);
  });

  test('adds limitations after entries, with the errors they make programs print and no fix', () => {
    expect(index.items[1]).toEqual({ slug: 'storage-drivers', kind: 'limitation', title: 'Drivers', errors: ['driver not supported: <NAME>'], symptoms: ['vfs slow'], needsCanonical: [0] });
  });

  test('leaves the page path out (derived from kind and slug, the path the pages are built at)', () => {
    expect(index.items[0]).not.toHaveProperty('path');
    expect(index.items.map(itemPath)).toEqual(['/troubleshooting/subuid-missing/', '/limitations/storage-drivers/']);
    expect(itemPath(undefined)).toBe('/');
  });

  test('refuses an index whose list of texts needing a canonical form is not ascending positions of its texts (a matcher would read the wrong texts)', () => {
    expect(isSearchIndex(JSON.parse(JSON.stringify(index)))).toBe(true);
    for (const bad of [[1, 0], [0, 0], [2], [-1], [0.5], ['0'], {}, '0', null]) {
      const broken = JSON.parse(JSON.stringify(index));
      broken.items[1].needsCanonical = bad;
      expect(isSearchIndex(broken)).toBe(false);
    }
  });

  test('refuses an index whose item has no known kind (its link would go to the wrong folder)', () => {
    const broken = JSON.parse(JSON.stringify(index));
    broken.items[0].kind = 'page';
    expect(isSearchIndex(broken)).toBe(false);
  });

  test('marks a fallback entry (its errors only say something failed) and no other item', () => {
    const entry = CONTENT.entries[0]!;
    const withFallback = buildSearchIndex({ ...CONTENT, entries: [{ ...entry, data: { ...entry.data, fallback: true } }] });
    expect(withFallback.items[0]).toHaveProperty('fallback', true);
    expect(index.items[0]).not.toHaveProperty('fallback');
    expect(isSearchIndex(JSON.parse(JSON.stringify(withFallback)))).toBe(true);
    const broken = JSON.parse(JSON.stringify(withFallback));
    broken.items[0].fallback = 'yes';
    expect(isSearchIndex(broken)).toBe(false);
  });

  test('carries an entry\'s setting (words and the items it goes before) and no other item\'s', () => {
    const entry = CONTENT.entries[0]!;
    const setting = { words: ['dind-rootless'], over: ['storage-drivers'] };
    const withSetting = buildSearchIndex({ ...CONTENT, entries: [{ ...entry, data: { ...entry.data, setting } }] });
    expect(withSetting.items[0]).toHaveProperty('setting', setting);
    expect(index.items[0]).not.toHaveProperty('setting');
    expect(isSearchIndex(JSON.parse(JSON.stringify(withSetting)))).toBe(true);
  });

  test('survives a JSON round trip as a valid index', () => {
    expect(isSearchIndex(JSON.parse(JSON.stringify(index)))).toBe(true);
  });
});

describe('buildResultFix', () => {
  const entry = CONTENT.entries[0]!;
  const fix = buildResultFix(entry.slug, entry.data, CONTENT.distros.map((d) => d.data));

  test('carries the entry\'s cause and its fix with default values, only for the distros the entry applies to, shared steps once', () => {
    expect(fix).toEqual({
      cause: 'no range',
      steps: [
        { title: 'install', example: false, body: { kind: 'commands', text: 'sudo apt-get install -y uidmap' } },
        { title: 'add range', example: false, body: { kind: 'commands', text: 'sudo usermod --add-subuids 100000-165535 "$(whoami)"' } },
      ],
      byDistro: { ubuntu: [0, 1] },
      moreFixes: 0,
      check: { title: 'look for your range', run: 'grep "$(whoami)" /etc/subuid', bad: 'no output' },
    });
    expect(isResultFix(JSON.parse(JSON.stringify(fix)))).toBe(true);
  });

  test('marks a step that needs a data-root as an example: its path is the pages\' example, no place to put one', () => {
    const nfs = EntrySchema.parse({
      title: 'NFS', summary: 's', cause: 'c', phase: 'pull', errors: ['lchown: operation not permitted'],
      fix: [{ title: 'make the folder', run: 'mkdir -p {{dataRoot}}' }, { title: 'restart', restart: true }],
      verify: [{ run: 'docker info', expect: 'ok' }], sources: SOURCES,
    });
    const steps = buildResultFix('nfs', nfs, CONTENT.distros.map((d) => d.data)).steps;
    expect(steps.map((st) => [st.title, st.example])).toEqual([['make the folder', true], ['restart', false]]);
  });

  test('refuses a fix whose check is not three texts (a stale or broken copy)', () => {
    expect(isResultFix({ ...fix, check: { title: 'look', run: 42, bad: 'x' } })).toBe(false);
    expect(isResultFix({ ...fix, check: undefined })).toBe(true);
  });
});

describe('buildLimitationResult', () => {
  test('carries what does not work (the summary) and no fix, in the shape a result fix is read in', () => {
    const result = buildLimitationResult(CONTENT.limitations[0]!.data);
    expect(result).toEqual({ cause: 'some drivers only', steps: [], byDistro: {}, moreFixes: 0 });
    expect(isResultFix(JSON.parse(JSON.stringify(result)))).toBe(true);
  });
});

describe('buildTellApartChecks', () => {
  test('gives the CLI every entry\'s check by slug, the same one the result fix carries', () => {
    const entry = CONTENT.entries[0]!;
    expect(buildTellApartChecks(CONTENT)).toEqual({ 'subuid-missing': buildResultFix(entry.slug, entry.data, CONTENT.distros.map((d) => d.data)).check });
  });
});

describe('isSearchIndex', () => {
  test.each([
    ['null', null],
    ['a string', 'index'],
    ['another version', { version: SEARCH_INDEX_VERSION + 1, distros: [], items: [] }],
    ['items without texts', { version: SEARCH_INDEX_VERSION, distros: [], items: [{ slug: 'a' }] }],
    ['look-alikes that are not a list', { version: SEARCH_INDEX_VERSION, distros: [], background: [], items: [{ slug: 'a', errors: [], symptoms: [], lookalikes: 'x' }] }],
  ])('refuses %s', (_what, value) => {
    expect(isSearchIndex(value)).toBe(false);
  });
});
