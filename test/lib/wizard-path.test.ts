import { describe, expect, test } from 'vitest';
import { formatPath, parsePath, pathSearch, pathsToEnds, walkPath, withDistroAnswer, answersOf } from '../../src/lib/wizard-path.ts';
import { WizardSchema } from '../../src/schemas/wizard.ts';

const tree = WizardSchema.parse({
  root: 'distro',
  nodes: [
    { id: 'distro', kind: 'distro', question: '发行版？', options: [
      { id: 'debian-12', release: 'debian-12', label: 'Debian 12', next: 'phase' },
      { id: 'rhel-8', release: 'rhel-8', label: 'RHEL 8', next: 'phase' },
      { id: 'other', label: '其他', next: 'phase' },
    ] },
    { id: 'phase', question: '在做什么？', options: [{ label: 'a', entry: 'alpha' }, { label: 'b', next: 'more' }] },
    { id: 'more', question: '哪个？', options: [{ label: 'b', entry: 'beta' }, { label: 'l', limitation: 'lim' }] },
  ],
});

describe('parsePath and formatPath', () => {
  test.each([
    [null, []],
    ['', []],
    ['debian-12', ['debian-12']],
    ['debian-12.more.beta', ['debian-12', 'more', 'beta']],
    ['debian-12.<script>.beta', ['debian-12']],
    ['debian-12..beta', ['debian-12']],
    ['Debian-12', []],
  ])('reads %j as %j', (param, answers) => {
    expect(parsePath(param)).toEqual(answers);
  });

  test('writes answers back into the same parameter', () => {
    expect(formatPath(['debian-12', 'more', 'beta'])).toBe('debian-12.more.beta');
    expect(pathSearch(['debian-12', 'more'])).toBe('?path=debian-12.more');
    expect(pathSearch([])).toBe('');
  });
});

describe('walkPath', () => {
  test('starts at the root question', () => {
    expect(walkPath(tree, [])).toEqual({ steps: [], end: { kind: 'question', node: tree.nodes[0] } });
  });

  test.each([
    [['debian-12'], 'question', 'phase'],
    [['debian-12', 'more'], 'question', 'more'],
    [['debian-12', 'more', 'beta'], 'entry', 'beta'],
    [['other', 'more', 'lim'], 'limitation', 'lim'],
    [['debian-12', 'alpha'], 'entry', 'alpha'],
  ])('follows %j to the %s %s', (answers, kind, id) => {
    const { end } = walkPath(tree, answers);
    expect(end.kind).toBe(kind);
    expect(end.kind === 'question' ? end.node.id : end.slug).toBe(id);
  });

  test('carries the release picked at the distro question', () => {
    expect(walkPath(tree, ['rhel-8', 'more']).release).toBe('rhel-8');
    expect(walkPath(tree, ['other', 'more']).release).toBeUndefined();
  });

  test.each([
    [['nope', 'more'], []],
    [['debian-12', 'nope', 'beta'], ['debian-12']],
    [['debian-12', 'alpha', 'extra'], ['debian-12', 'alpha']],
  ])('keeps only the valid start of %j', (answers, valid) => {
    expect(answersOf(walkPath(tree, answers))).toEqual(valid);
  });
});

describe('withDistroAnswer', () => {
  test('swaps the distro and keeps the rest of the path', () => {
    expect(withDistroAnswer(tree, ['debian-12', 'more', 'beta'], 'rhel-8')).toEqual(['rhel-8', 'more', 'beta']);
  });

  test('leaves the path alone for an unknown distro option', () => {
    expect(withDistroAnswer(tree, ['debian-12', 'more'], 'plan9')).toEqual(['debian-12', 'more']);
  });
});

describe('pathsToEnds', () => {
  test('finds the shortest path to every end', () => {
    expect(Object.fromEntries(pathsToEnds(tree))).toEqual({
      'entry:alpha': ['debian-12', 'alpha'],
      'entry:beta': ['debian-12', 'more', 'beta'],
      'limitation:lim': ['debian-12', 'more', 'lim'],
    });
  });
});
