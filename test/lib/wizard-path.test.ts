import { describe, expect, test } from 'vitest';
import { formatPath, parsePath, pathSearch, pathsToEnds, pathsToQuestions, walkPath, withDistroAnswer, answersOf } from '../../src/lib/wizard-path.ts';
import { wizardTree } from '../support/fixtures.ts';

const tree = wizardTree({
  root: 'distro',
  nodes: [
    { id: 'distro', kind: 'distro', question: '发行版？', next: 'phase' },
    { id: 'phase', question: '在做什么？', options: [{ label: 'a', entry: 'alpha' }, { label: 'b', next: 'more' }] },
    { id: 'more', question: '哪个？', options: [{ label: 'b', entry: 'beta' }, { label: 'l', limitation: 'lim' }] },
  ],
});

describe('parsePath and formatPath', () => {
  test.each([
    [null, []],
    ['', []],
    ['ubuntu-2404', ['ubuntu-2404']],
    ['ubuntu-2404.more.beta', ['ubuntu-2404', 'more', 'beta']],
    ['ubuntu-2404.<script>.beta', ['ubuntu-2404']],
    ['ubuntu-2404..beta', ['ubuntu-2404']],
    ['Debian-12', []],
  ])('reads %j as %j', (param, answers) => {
    expect(parsePath(param)).toEqual(answers);
  });

  test('writes answers back into the same parameter', () => {
    expect(formatPath(['ubuntu-2404', 'more', 'beta'])).toBe('ubuntu-2404.more.beta');
    expect(pathSearch(['ubuntu-2404', 'more'])).toBe('?path=ubuntu-2404.more');
    expect(pathSearch([])).toBe('');
  });
});

describe('walkPath', () => {
  test('starts at the root question', () => {
    expect(walkPath(tree, [])).toEqual({ steps: [], end: { kind: 'question', node: tree.nodes[0] } });
  });

  test.each([
    [['ubuntu-2404'], 'question', 'phase'],
    [['ubuntu-2404', 'more'], 'question', 'more'],
    [['ubuntu-2404', 'more', 'beta'], 'entry', 'beta'],
    [['other', 'more', 'lim'], 'limitation', 'lim'],
    [['ubuntu-2404', 'alpha'], 'entry', 'alpha'],
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
    [['ubuntu-2404', 'nope', 'beta'], ['ubuntu-2404']],
    [['ubuntu-2404', 'alpha', 'extra'], ['ubuntu-2404', 'alpha']],
  ])('keeps only the valid start of %j', (answers, valid) => {
    expect(answersOf(walkPath(tree, answers))).toEqual(valid);
  });
});

describe('withDistroAnswer', () => {
  test('swaps the distro and keeps the rest of the path', () => {
    expect(withDistroAnswer(tree, ['ubuntu-2404', 'more', 'beta'], 'rhel-8')).toEqual(['rhel-8', 'more', 'beta']);
  });

  test('leaves the path alone for an unknown distro option', () => {
    expect(withDistroAnswer(tree, ['ubuntu-2404', 'more'], 'plan9')).toEqual(['ubuntu-2404', 'more']);
  });
});

describe('pathsToEnds', () => {
  test('finds the shortest path to every end', () => {
    expect(Object.fromEntries(pathsToEnds(tree))).toEqual({
      'entry:alpha': ['ubuntu-2404', 'alpha'],
      'entry:beta': ['ubuntu-2404', 'more', 'beta'],
      'limitation:lim': ['ubuntu-2404', 'more', 'lim'],
    });
  });
});

describe('pathsToQuestions', () => {
  test('finds the shortest path that shows every question, the first with none', () => {
    const paths = pathsToQuestions(tree);
    expect(paths.get(tree.root)).toEqual([]);
    expect([...paths.keys()].sort()).toEqual(tree.nodes.map((n) => n.id).sort());
    for (const [id, answers] of paths) {
      const end = walkPath(tree, answers).end;
      expect(end.kind === 'question' && end.node.id, id).toBe(id);
    }
  });
});
