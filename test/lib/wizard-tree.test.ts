import { describe, expect, test } from 'vitest';
import { findTreeProblems, reachableEnds, reachableNodes, type KnownContent } from '../../src/lib/wizard-tree.ts';
import { WizardSchema, type WizardTree } from '../../src/schemas/wizard.ts';
import { DISTROS, wizardTree } from '../support/fixtures.ts';

const known: KnownContent = {
  entries: ['alpha', 'beta'], limitations: ['lim'],
  releases: new Map(DISTROS.flatMap((d) => d.releases.map((r) => [r.id, d.id] as const))),
};

/** A tree from terse YAML-like input, parsed by the real schema, distro answers from the fixtures. */
function tree(input: unknown): WizardTree {
  return wizardTree(input);
}

const sound = {
  root: 'distro',
  nodes: [
    { id: 'distro', kind: 'distro', question: '发行版？', next: 'phase' },
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
    ['a question option carries a release', withOptions('more', [{ label: 'b', entry: 'beta', release: 'ubuntu-2404' }]),
      'node "more", option "beta": release only belongs in a node with kind: distro; remove it'],
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
  });

  test('answers the distro question with every release of the distros, unverified ones labelled, then "other"', () => {
    const t = tree(sound);
    expect(t.nodes[0]?.options[0]).toEqual({ id: 'ubuntu-2404', label: 'Ubuntu 24.04', target: { kind: 'node', id: 'phase' }, release: 'ubuntu-2404' });
    expect(t.nodes[0]?.options.map((o) => o.label)).toEqual(['Ubuntu 24.04', 'Ubuntu 22.04', 'UOS（未验证）', 'RHEL 9', 'RHEL 8', '其他 / 不确定']);
  });

  test('refuses a distro question written with its own answers or without `next`', () => {
    const result = WizardSchema.safeParse({ root: 'd', nodes: [{ id: 'd', kind: 'distro', question: 'q', options: [{ label: 'x', next: 'd' }] }] });
    expect(result.error?.issues[0]?.message).toBe('a question needs `options`; a `kind: distro` node needs `next` instead (its answers come from src/content/distros/)');
  });
});

describe('reachability', () => {
  test('lists reachable questions breadth-first and the ends they lead to', () => {
    const t = tree(sound);
    expect(reachableNodes(t).map((n) => n.id)).toEqual(['distro', 'phase', 'more']);
    expect([...reachableEnds(t)]).toEqual(['entry:alpha', 'entry:beta', 'limitation:lim']);
  });
});
