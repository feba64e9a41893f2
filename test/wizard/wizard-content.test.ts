import { describe, expect, test } from 'vitest';
import { loadContent } from '../../scripts/load-content.ts';
import { checkWizard, parseWizard } from '../../scripts/load-wizard.ts';
import { ContentError } from '../../scripts/load-content.ts';
import { pathsToEnds, walkPath } from '../../src/lib/wizard-path.ts';

// The real tree against the real content: what `npm run wizard:check` and the build check.
const root = process.cwd();
const content = loadContent(root);
const tree = checkWizard(root);
const paths = pathsToEnds(tree);

describe('the wizard tree', () => {
  test.each(content.entries.map((e) => e.slug))('reaches entry %s by answering questions', (slug) => {
    const answers = paths.get(`entry:${slug}`);
    expect(answers, `no path to ${slug}`).toBeDefined();
    expect(walkPath(tree, answers ?? []).end).toEqual({ kind: 'entry', slug });
  });

  test('asks the distro first and what the user was doing second', () => {
    expect(tree.nodes.find((n) => n.id === tree.root)?.kind).toBe('distro');
    const next = walkPath(tree, ['debian-12']).end;
    expect(next.kind === 'question' && next.node.id).toBe('phase');
  });

  test('offers one distro answer per release the generator knows', () => {
    const releases = tree.nodes.find((n) => n.kind === 'distro')?.options.flatMap((o) => (o.release ? [o.release] : []));
    expect(new Set(releases)).toEqual(new Set(['ubuntu-2404', 'ubuntu-2204', 'debian-12', 'debian-11', 'debian-10', 'arch', 'opensuse-15', 'rhel-9', 'rhel-8', 'fedora']));
  });
});

describe('parseWizard', () => {
  test.each([
    ['root: [', 'src/content/wizard.yaml: YAML does not parse:'],
    ['root: a\nnodes: []', 'src/content/wizard.yaml: nodes:'],
    ['root: a\nnodes:\n  - { id: a, question: q, options: [{ label: x }] }', 'src/content/wizard.yaml: nodes.0.options.0: an option needs exactly one of `next`, `entry` or `limitation`'],
  ])('names the file and the problem for %j', (text, start) => {
    try {
      parseWizard(text);
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(ContentError);
      expect((err as ContentError).problems[0]).toContain(start);
    }
  });
});
