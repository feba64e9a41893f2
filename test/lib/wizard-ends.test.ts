import { describe, expect, test } from 'vitest';
import { fixEntryOf } from '../../src/lib/fix-view.ts';
import { buildEnds, entryFixPath, isEntryFix } from '../../src/lib/wizard-ends.ts';
import { LimitationSchema } from '../../src/schemas/limitation.ts';
import { WizardSchema } from '../../src/schemas/wizard.ts';
import { entry as makeEntry } from '../support/fixtures.ts';

const tree = WizardSchema.parse({
  root: 'a',
  nodes: [{ id: 'a', question: '?', options: [{ label: 'x', entry: 'alpha' }, { label: 'y', limitation: 'lim' }, { label: 'z', entry: 'unwritten' }] }],
});
const entry = makeEntry({ title: '标题', summary: '摘要', distros: ['debian'] });
const limitation = LimitationSchema.parse({ title: '限制', summary: '不支持', facts: ['事实'], sources: [{ title: 's', url: 'https://docs.docker.com/' }] });

describe('buildEnds', () => {
  test('gives each reachable end its text and base-aware page link (the fix is a file of its own), and skips missing pages', () => {
    const ends = buildEnds(tree, { entries: new Map([['alpha', entry]]), limitations: new Map([['lim', limitation]]) }, '/docs/rootless/');
    expect(ends).toEqual({
      'entry:alpha': {
        kind: 'entry', title: '标题', summary: '摘要', href: '/docs/rootless/troubleshooting/alpha/', slug: 'alpha',
      },
      'limitation:lim': { kind: 'limitation', title: '限制', summary: '不支持', href: '/docs/rootless/limitations/lim/', facts: ['事实'] },
    });
  });
});

describe('an entry\'s fix file', () => {
  test('holds exactly what the generator needs, and reads back as a fix', () => {
    const fix = fixEntryOf(entry);
    expect(fix).toEqual({ diagnose: entry.diagnose, fixes: entry.fixes, verify: entry.verify, distros: ['debian'] });
    expect(isEntryFix(JSON.parse(JSON.stringify(fix)))).toBe(true);
    expect(entryFixPath('alpha')).toBe('wizard/fixes/alpha.json');
  });

  test.each([
    ['nothing', null],
    ['a search result fix (another shape)', { steps: [], byDistro: {}, moreFixes: 0 }],
    ['fixes that are not a list', { diagnose: [], fixes: {}, verify: [] }],
  ])('refuses %s', (_, value) => {
    expect(isEntryFix(value)).toBe(false);
  });
});
