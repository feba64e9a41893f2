import { describe, expect, test } from 'vitest';
import { buildEnds } from '../../src/lib/wizard-ends.ts';
import { EntrySchema } from '../../src/schemas/entry.ts';
import { LimitationSchema } from '../../src/schemas/limitation.ts';
import { WizardSchema } from '../../src/schemas/wizard.ts';

const tree = WizardSchema.parse({
  root: 'a',
  nodes: [{ id: 'a', question: '?', options: [{ label: 'x', entry: 'alpha' }, { label: 'y', limitation: 'lim' }, { label: 'z', entry: 'unwritten' }] }],
});
const entry = EntrySchema.parse({
  title: '标题', summary: '摘要', cause: '原因', phase: 'run', errors: ['err'], distros: ['debian'],
  fix: [{ title: '步骤', run: 'true' }], verify: [{ run: 'true', expect: '无输出' }],
});
const limitation = LimitationSchema.parse({ title: '限制', summary: '不支持', facts: ['事实'] });

describe('buildEnds', () => {
  test('gives each reachable end its text and base-aware page link, and skips missing pages', () => {
    const ends = buildEnds(tree, { entries: new Map([['alpha', entry]]), limitations: new Map([['lim', limitation]]) }, '/docs/rootless/');
    expect(ends).toEqual({
      'entry:alpha': {
        kind: 'entry', title: '标题', summary: '摘要', href: '/docs/rootless/troubleshooting/alpha/',
        fix: entry.fix, verify: entry.verify, distros: ['debian'],
      },
      'limitation:lim': { kind: 'limitation', title: '限制', summary: '不支持', href: '/docs/rootless/limitations/lim/', facts: ['事实'] },
    });
  });
});
