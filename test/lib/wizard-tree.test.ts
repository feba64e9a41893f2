import { describe, expect, test } from 'vitest';
import { findTreeProblems, reachableEnds, reachableNodes, type KnownContent } from '../../src/lib/wizard-tree.ts';
import { WizardSchema, type WizardTree } from '../../src/schemas/wizard.ts';

const known: KnownContent = { entries: ['alpha', 'beta'], limitations: ['lim'], distros: ['ubuntu', 'debian'] };

/** A tree from terse YAML-like input, parsed by the real schema. */
function tree(input: unknown): WizardTree {
  return WizardSchema.parse(input);
}

const sound = {
  root: 'distro',
  nodes: [
    { id: 'distro', kind: 'distro', question: '发行版？', options: [
      { release: 'ubuntu-2404', id: 'u', label: 'Ubuntu', next: 'phase' },
      { id: 'other', label: '其他', next: 'phase' },
    ] },
    { id: 'phase', question: '在做什么？', options: [{ label: 'a', entry: 'alpha' }, { label: 'b', next: 'more' }] },
    { id: 'more', question: '哪个？', options: [{ label: 'b', entry: 'beta' }, { label: 'l', limitation: 'lim' }] },
  ],
};

/** The sound tree with one node's options replaced. */
function withOptions(nodeId: string, options: unknown[], extra: Record<string, unknown> = {}): WizardTree {
  return tree({ ...sound, ...extra, nodes: sound.nodes.map((n) => (n.id === nodeId ? { ...n, options } : n)) });
}

describe('findTreeProblems', () => {
  test('finds nothing wrong in a sound tree', () => {
    expect(findTreeProblems(tree(sound), known)).toEqual([]);
  });

  test.each([
    ['an option points at a missing node', withOptions('more', [{ label: 'b', entry: 'beta' }, { label: 'x', next: 'nowhere' }, { label: 'l', limitation: 'lim' }]),
      'node "more", option "nowhere": next "nowhere" is not a node; add a node with that id or point the option at an existing one'],
    ['an option points at a missing entry', withOptions('more', [{ label: 'b', entry: 'beta' }, { label: 'g', entry: 'gamma' }]),
      'node "more", option "gamma": entry "gamma" does not exist in src/content/docs/troubleshooting/; fix the slug or write that page'],
    ['an option names a limitation as an entry', withOptions('more', [{ label: 'b', entry: 'beta' }, { label: 'l', entry: 'lim' }]),
      'node "more", option "lim": "lim" is a limitation; write `limitation: lim` instead'],
    ['an option names an entry as a limitation', withOptions('more', [{ label: 'b', limitation: 'beta' }]),
      'node "more", option "beta": "beta" is an entry; write `entry: beta` instead'],
    ['two options share an id', withOptions('more', [{ label: 'b', entry: 'beta' }, { label: 'b2', entry: 'beta' }]),
      'node "more", option "beta": two options share this id (their URL word); give one an explicit `id:`'],
    ['a question option carries a release', withOptions('more', [{ label: 'b', entry: 'beta', release: 'debian-12' }]),
      'node "more", option "beta": release only belongs in a node with kind: distro; remove it'],
    ['a distro option names an unknown release', withOptions('distro', [{ label: 'x', release: 'ubuntu-9', next: 'phase' }]),
      'node "distro", option "phase": release "ubuntu-9" is unknown; use one of: ubuntu-2404, ubuntu-2204, debian-12, debian-11, debian-10, arch, opensuse-15, rhel-9, rhel-8, fedora'],
    ['a distro option names a release of a distro without a file', withOptions('distro', [{ label: 'x', release: 'rhel-9', next: 'phase' }]),
      'node "distro", option "phase": release "rhel-9" belongs to distro "rhel", which has no file in src/content/distros/'],
    ['distro options branch', withOptions('distro', [{ id: 'u', release: 'ubuntu-2404', label: 'U', next: 'phase' }, { id: 'd', label: 'D', next: 'more' }]),
      'node "distro": every option of a distro node must lead to the same next question (the distro is a setting, not a branch); found phase, more'],
    ['the root is missing', tree({ ...sound, root: 'start' }),
      'root "start" is not a node; set root to the id of the first question'],
  ])('reports when %s', (_, broken, message) => {
    expect(findTreeProblems(broken, known)).toContain(message);
  });

  test('reports a cycle with its path and the fix', () => {
    const broken = withOptions('more', [{ label: 'b', entry: 'beta' }, { label: 'l', limitation: 'lim' }, { label: 'back', next: 'phase' }]);
    expect(findTreeProblems(broken, known)).toEqual([
      'node "more", option "phase": makes a cycle phase → more → phase; lead this option forward (to a later question or an entry)',
    ]);
  });

  test('reports a question that points at itself', () => {
    const broken = withOptions('more', [{ label: 'b', entry: 'beta' }, { label: 'l', limitation: 'lim' }, { label: 'again', next: 'more' }]);
    expect(findTreeProblems(broken, known)).toContainEqual(expect.stringContaining('makes a cycle more → more'));
  });

  test('reports a node nothing leads to', () => {
    const broken = tree({ ...sound, nodes: [...sound.nodes, { id: 'lost', question: '?', options: [{ label: 'b', entry: 'beta' }] }] });
    expect(findTreeProblems(broken, known)).toEqual([
      'node "lost" cannot be reached from root "distro"; point an option at it (next: lost) or delete it',
    ]);
  });

  test('reports an entry no answer leads to, and accepts it once marked search-only', () => {
    const broken = withOptions('more', [{ label: 'l', limitation: 'lim' }]);
    expect(findTreeProblems(broken, known)).toEqual([
      'entry "beta" cannot be reached by answering questions; add an option with `entry: beta` or list it under searchOnly with a reason',
    ]);
    const marked = withOptions('more', [{ label: 'l', limitation: 'lim' }], { searchOnly: [{ slug: 'beta', reason: '只在报错里出现' }] });
    expect(findTreeProblems(marked, known)).toEqual([]);
  });

  test.each([
    ['an unknown slug', 'gamma', 'searchOnly lists "gamma", which is not a troubleshooting entry; remove it or fix the slug'],
    ['a reachable entry', 'alpha', 'searchOnly lists "alpha", but a question leads to it; remove it from searchOnly'],
  ])('reports search-only listing %s', (_, slug, message) => {
    expect(findTreeProblems(tree({ ...sound, searchOnly: [{ slug, reason: 'x' }] }), known)).toEqual([message]);
  });

  test('reports a node defined twice', () => {
    const broken = tree({ ...sound, nodes: [...sound.nodes, sound.nodes[2]] });
    expect(findTreeProblems(broken, known)).toContain('node "more" is defined twice; rename or merge one of them');
  });
});

describe('the schema', () => {
  test.each([
    [{ label: 'x', next: 'a', entry: 'b' }],
    [{ label: 'x' }],
  ])('rejects an option without exactly one target: %j', (option) => {
    const result = WizardSchema.safeParse({ root: 'a', nodes: [{ id: 'a', question: 'q', options: [option] }] });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('an option needs exactly one of `next`, `entry` or `limitation`');
  });

  test('gives an option the id of its target unless it has its own', () => {
    const t = tree(sound);
    expect(t.nodes[1]?.options.map((o) => o.id)).toEqual(['alpha', 'more']);
    expect(t.nodes[0]?.options[0]).toEqual({ id: 'u', label: 'Ubuntu', target: { kind: 'node', id: 'phase' }, release: 'ubuntu-2404' });
  });
});

describe('reachability', () => {
  test('lists reachable questions breadth-first and the ends they lead to', () => {
    const t = tree(sound);
    expect(reachableNodes(t).map((n) => n.id)).toEqual(['distro', 'phase', 'more']);
    expect([...reachableEnds(t)]).toEqual(['entry:alpha', 'entry:beta', 'limitation:lim']);
  });
});
