import { describe, expect, test } from 'vitest';
import { findIntegrityProblems, type ContentSet } from '../../src/lib/content-integrity.ts';
import { DistroSchema } from '../../src/schemas/distro.ts';
import { EntrySchema } from '../../src/schemas/entry.ts';
import { LimitationSchema } from '../../src/schemas/limitation.ts';

const SOURCES = [{ title: 'docs', url: 'https://docs.docker.com/engine/security/rootless/' }];
const entry = (slug: string, patch: object = {}) => ({
  slug,
  file: `troubleshooting/${slug}.mdx`,
  data: EntrySchema.parse({
    title: slug, summary: 's', cause: 'c', phase: 'run', errors: ['e'],
    fix: [{ title: 'f', run: 'true' }], verify: [{ run: 'true', expect: 'ok' }], sources: SOURCES, ...patch,
  }),
});
const limitation = (slug: string, related: string[] = []) => ({
  slug, file: `limitations/${slug}.mdx`, data: LimitationSchema.parse({ title: slug, summary: 's', facts: ['f'], related, sources: SOURCES }),
});
const distro = (id: string, hints: object[] = []) => ({
  slug: id,
  file: `distros/${id}.yaml`,
  data: DistroSchema.parse({
    id, name: id, tab: id, order: 1, family: 'debian', releases: [{ id: `${id}-1`, name: `${id} 1` }, { id: `${id}-x`, name: 'x', like: `${id}-1`, verified: false }],
    osReleaseIds: [id], packageManager: { name: 'apt', install: 'sudo apt-get install -y ' }, packages: { uidmap: 'uidmap' }, hints,
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

  test('names the file and the slug of a setting that goes before itself or an item that does not exist', () => {
    const setting = (over: string[]) => ({ setting: { words: ['dind-rootless'], over } });
    expect(findIntegrityProblems(set({ entries: [entry('a', setting(['b', 'l'])), entry('b')] }))).toEqual([]);
    expect(findIntegrityProblems(set({ entries: [entry('a', setting(['a', 'nope']))] }))).toEqual([
      'troubleshooting/a.mdx: setting.over lists the entry itself ("a"); list the entries whose errors this setting also produces',
      'troubleshooting/a.mdx: setting.over slug "nope" does not exist; use one of the slugs in src/content/docs/troubleshooting or limitations',
    ]);
  });

  test('reports a look-alike that is also an error or symptom of this or another entry, as search reads them (case, trailing dot aside)', () => {
    const lookalikes = [{ error: 'e', from: 'rootful Docker' }];
    expect(findIntegrityProblems(set({ entries: [entry('a', { lookalikes })] }))).toEqual([
      'troubleshooting/a.mdx: look-alike "e" is also an error or symptom of this entry; a text cannot be both this problem and not it: remove one',
    ]);
    expect(findIntegrityProblems(set({ entries: [entry('a'), entry('b', { errors: ['x'], lookalikes })] }))[0]).toMatch(/^troubleshooting\/b\.mdx: look-alike "e" is also an error or symptom of troubleshooting\/a\.mdx/);
    const nat = entry('a', { errors: ['failed to create NAT chain DOCKER: iptables not found'] });
    expect(findIntegrityProblems(set({ entries: [nat, entry('b', { errors: ['x'], lookalikes: [{ error: 'Failed to create NAT chain DOCKER: iptables not found.', from: 'f' }] })] }))).toHaveLength(1);
    expect(findIntegrityProblems(set({ entries: [entry('a', { symptoms: ['ping 不通'] }), entry('b', { errors: ['x'], lookalikes: [{ error: 'ping 不通', from: 'f' }] })] }))).toHaveLength(1);
    const bridge = { slug: 'l', file: 'limitations/l.mdx', data: LimitationSchema.parse({ title: 'l', summary: 's', facts: ['f'], errors: ['bridge device with non default name <NAME> must be created manually'], sources: SOURCES }) };
    expect(findIntegrityProblems(set({ limitations: [bridge], entries: [entry('b', { errors: ['x'], lookalikes: [{ error: 'bridge device with non default name <NAME> must be created manually.', from: 'f' }] })] }))[0]).toMatch(/is also an error or symptom of limitations\/l\.mdx/);
  });

  test('reports a look-alike listed by two entries', () => {
    const lookalikes = [{ error: 'iptables: No chain/target/match by that name.', from: 'f' }];
    expect(findIntegrityProblems(set({ entries: [entry('a', { lookalikes }), entry('b', { lookalikes })] }))).toEqual([
      'troubleshooting/b.mdx: look-alike "iptables: No chain/target/match by that name." is also listed by troubleshooting/a.mdx; keep it on the one entry whose page explains it',
    ]);
  });

  test('reports a slug used by both an entry and a limitation', () => {
    expect(findIntegrityProblems(set({ limitations: [limitation('a')] }))[0]).toMatch(/slug "a" is also used by/);
  });

  test('reports a first check that points to another (search shows it alone beside a close cause), and not a later one', () => {
    const check = (bad: string, title = 'look') => ({ title, run: 'ls -l', bad, good: 'fine' });
    const pointing = entry('a', { diagnose: [check('没有 s 位，而且下一条 getcap 也没有输出'), check('上一条也没有 s 位', 'look again')] });
    expect(findIntegrityProblems(set({ entries: [pointing] }))).toEqual([
      'troubleshooting/a.mdx: the first check ("look") is shown alone when search finds two close causes, but it points to another check or a fix (上一条, 第二条, 方案一…); say what it needs in its own words, or put a self-contained check first',
    ]);
    for (const bad of ['情况一：用方案二', '前两条报错只在这种配置下出现', '第二条也没有输出']) {
      expect(findIntegrityProblems(set({ entries: [entry('a', { diagnose: [check(bad)] })] })), bad).toHaveLength(1);
    }
    // The check shown is the first without a condition: one for a release only is passed over.
    const conditional = { ...check('下一条也没有 s 位', 'for one release'), when: { install: 'script' } };
    expect(findIntegrityProblems(set({ entries: [entry('a', { diagnose: [conditional, check('没有 s 位')] })] }))).toEqual([]);
    expect(findIntegrityProblems(set({ entries: [entry('a', { diagnose: [check('没有 s 位', 'plain'), { ...check('下一条也没有 s 位', 'for one release'), when: { install: 'script' } }] })] }))).toEqual([]);
    expect(findIntegrityProblems(set({ entries: [entry('a', { diagnose: [check('没有 s 位'), check('上一条也没有 s 位', 'look again')] })] }))).toEqual([]);
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

  test('reports a step for a release no distro defines, and accepts a derivative\'s own id', () => {
    expect(findIntegrityProblems(set({ entries: [entry('a', { fix: [{ title: 'f', run: 'true', when: { releases: ['debian-1', 'debian-x'] } }] })] }))).toEqual([]);
    expect(findIntegrityProblems(set({ entries: [entry('a', { fix: [{ title: 'f', run: 'true', when: { releases: ['debian-9'] } }] })] }))[0])
      .toMatch(/step "f": release "debian-9" is not defined by any distro's releases/);
  });

  test('reports two variants of a step that both apply to the same Engine versions', () => {
    const fix = [
      { title: '进入', run: 'a', when: { engine: '<29.5' } },
      { title: '进入', run: 'b', when: { engine: '>=29.0' } },
    ];
    expect(findIntegrityProblems(set({ entries: [entry('a', { fix })] }))[0]).toMatch(/step "进入" appears twice for the same Engine versions/);
    const disjoint = [{ ...fix[0]! }, { ...fix[1]!, when: { engine: '>=29.5' } }];
    expect(findIntegrityProblems(set({ entries: [entry('a', { fix: disjoint })] }))).toEqual([]);
  });

  test.each([
    ['a login shell', 'sudo machinectl shell {{user}}@'],
    ['an editor', 'sudoedit /etc/subuid /etc/subgid'],
    ['the daemon in the foreground', 'export XDG_RUNTIME_DIR="$HOME/.docker/run"\ndockerd-rootless.sh'],
    ['an editor after sudo', 'sudo nano /etc/subuid'],
    ['sudo -e', 'sudo -e /etc/subuid'],
    ['systemctl edit', 'systemctl --user edit docker'],
    ['crontab -e', 'crontab -e'],
    ['su to the user', 'su - alice'],
    ['sudo -i', 'sudo -i'],
    ['newgrp', 'newgrp docker'],
    ['ssh', 'ssh alice@localhost'],
    ['a log followed', 'journalctl --user -u docker -f'],
    ['an indented editor', 'if true; then\n  vi /etc/subuid\nfi'],
    ['the daemon from a path, with arguments', '~/bin/dockerd-rootless.sh --experimental'],
    ['the daemon with an environment prefix', 'DOCKERD_ROOTLESS_ROOTLESSKIT_NET=slirp4netns dockerd-rootless.sh'],
  ])('reports a step that runs %s without byHand (a script would hang there), and accepts it marked', (_, run) => {
    expect(findIntegrityProblems(set({ entries: [entry('a', { fix: [{ title: 'f', run }] })] }))[0]).toMatch(/step "f" runs `.+`, which opens a session or an editor .* add `byHand: true`/);
    expect(findIntegrityProblems(set({ entries: [entry('a', { fix: [{ title: 'f', run, byHand: true }] })] }))).toEqual([]);
    expect(findIntegrityProblems(set({ entries: [entry('a', { fix: [{ title: 'f', byDistro: { debian: run } }] })] }))).toHaveLength(1);
  });

  test('does not take a script that only names such a command for one that runs it', () => {
    const quiet = ['dockerd-rootless.sh --help | head -1', 'systemctl --user start docker', 'grep -c vim /etc/shells', 'dockerd-rootless-setuptool.sh install',
      'su -c "id -u" alice', 'sudo visudo -c', 'nohup dockerd-rootless.sh > log 2>&1 &', 'journalctl --user -u docker -n 20 --no-pager', 'systemctl --user status docker'];
    for (const run of quiet) expect(findIntegrityProblems(set({ entries: [entry('a', { fix: [{ title: 'f', run }] })] })), run).toEqual([]);
  });

  test('does not report links to a file that failed to parse (one broken file, one problem)', () => {
    expect(findIntegrityProblems(set({ entries: [entry('a', { related: ['broken'] })] }), ['broken'])).toEqual([]);
  });
});

describe('detect rules across entries', () => {
  const rule = (extra: object = {}) => ({ detect: { rules: [{ says: 's', all: [{ key: 'linger', is: 'no' }] }], ...extra } });
  test('after and covers must name entries; the entry itself is refused', () => {
    const problems = findIntegrityProblems(set({ entries: [entry('a', rule({ after: ['nope'], covers: ['a'] }))] }));
    expect(problems).toEqual([
      'troubleshooting/a.mdx: detect.covers names the entry itself; remove "a"',
      'troubleshooting/a.mdx: detect.after slug "nope" is not a troubleshooting entry; use a file name from src/content/docs/troubleshooting',
    ]);
  });

  test('an `after` cycle is refused, naming its path', () => {
    const problems = findIntegrityProblems(set({ entries: [entry('a', rule({ after: ['b'] })), entry('b', rule({ after: ['a'] }))] }));
    expect(problems).toEqual(['troubleshooting/a.mdx: detect.after goes round in a circle (a → b → a); remove one of these']);
  });

  test('a rule naming a fix the entry does not have is refused', () => {
    const problems = findIntegrityProblems(set({ entries: [entry('a', { detect: { rules: [{ says: 's', fix: 'other', all: [{ key: 'linger', is: 'no' }] }] } })] }));
    expect(problems).toEqual(['troubleshooting/a.mdx: detect rule "s" names fix "other", which is not one of this entry\'s fixes (fix)']);
  });
});
