import { describe, expect, test } from 'vitest';
import { errnosOf } from '../../src/lib/errno-phrases.ts';
import { normalisePaste } from '../../src/lib/log-normalise.ts';
import { PASTE_VARIANTS } from '../../src/lib/paste-variants.ts';
import { keptUnderVariants } from '../../src/lib/search-eval.ts';
import type { Matcher } from '../../src/lib/matcher.ts';

const LOG = [
  '$ systemctl --user status docker',
  '[rootlesskit:parent] error: failed to setup UID/GID map: newuidmap 4242 [0 1000 1 1 100000 65536] failed: newuidmap: write to uid_map failed: Operation not permitted',
  'see /home/alice/.local/share/docker for details',
].join('\n');
const variant = (name: string) => PASTE_VARIANTS.find((v) => v.name === name) ?? { vary: (p: string) => p };
/** Kind and canonical form of each line: what the matcher reads. */
const read = (paste: string) => normalisePaste(paste).lines.map((l) => `${l.kind} ${l.canonical}`);

describe('PASTE_VARIANTS', () => {
  test.each(PASTE_VARIANTS.map((v) => [v.name, v] as const))('%s changes the paste', (_name, v) => {
    expect(v.vary(LOG)).not.toBe(LOG);
  });

  test.each(['another user', 'journald prefix', 'docker logs timestamps', 'terminal colours', 'Windows line ends', 'Markdown indent', 'Markdown fence', 'e-mail quote'])(
    '%s leaves what the matcher reads of each line as it was',
    (name) => {
      expect(read(variant(name).vary(LOG))).toEqual(read(LOG));
    },
  );

  test('the Chinese locale keeps each line reading the same errno, and the same English words', () => {
    const words = (paste: string) => normalisePaste(paste).lines.map((l) => [errnosOf(l.canonical), l.canonical.replace(/[\u3400-\u9fff]+/g, ' ').replace(/\s+/g, ' ')]);
    expect(words(variant('Chinese locale').vary(LOG))).toEqual(words(LOG));
  });

  test('wrapping at 80 columns splits long lines only, keeping every character', () => {
    const wrapped = variant('wrapped at 80 columns').vary(LOG).split('\n');
    expect(wrapped.length).toBeGreaterThan(3);
    expect(wrapped.every((l) => l.length <= 80)).toBe(true);
    expect(wrapped.join('')).toBe(LOG.split('\n').join(''));
  });

  test('chatter keeps the paste whole inside it', () => {
    for (const name of PASTE_VARIANTS.map((v) => v.name).filter((n) => n.includes('chatter'))) expect(variant(name).vary(LOG)).toContain(LOG);
  });
});

describe('keptUnderVariants', () => {
  // A matcher that answers `right` whenever the paste still says `uid_map` in one line, else nothing.
  const fake: Matcher = {
    match: (paste) => /uid_map failed/.test(paste) ? { results: [{ slug: 'right', title: '', score: 0.9, line: '', signature: '' }], confidence: 'high', capped: false } : { results: [], confidence: 'low', capped: false },
  };
  test('counts, per variant, the answered cases still answered, and leaves out cases not answered as given', () => {
    const cases = [
      { id: 'a', expect: ['right'], paste: 'newuidmap: write to uid_map failed' },
      { id: 'b', expect: ['right'], paste: 'something else' },
      { id: 'c', expect: [], paste: 'out of scope' },
    ];
    const split = { name: 'split', vary: (p: string) => p.replace('uid_map ', 'uid_map\n') };
    const same = { name: 'same', vary: (p: string) => p };
    const { share, perVariant } = keptUnderVariants(cases, fake, [split, same]);
    expect(perVariant).toEqual([{ name: 'split', kept: 0, of: 1 }, { name: 'same', kept: 1, of: 1 }]);
    expect(share).toBe(0.5);
  });
});
