/** Everyday question words (can't, doesn't work, how, why; 找不到, 不存在) pick no entry by themselves in the shipped index: the background of common text counts them (common-errors.ts). */
import { expect, test } from 'vitest';
import { createMatcher, indexOptions } from '../../src/lib/matcher.ts';
import { buildSearchIndex } from '../../src/lib/search-index-build.ts';
import { typoCorrector } from '../../src/lib/typo-corrector.ts';
import { loadContent } from '../../src/node/content-files.ts';

const index = buildSearchIndex(loadContent(process.cwd()));
const matcher = createMatcher(index.items, { ...indexOptions(index), typos: typoCorrector });

test('a question whose only uncommon word is can\'t is not answered by an entry whose errors say can\'t', () => {
  const outcome = matcher.match("Docker rootless mode can't work in macos's docker container");
  expect(outcome.results.filter((r) => r.slug === 'selinux-xtables-lock' || r.slug === 'iptables-modules')).toEqual([]);
});

test('questions that name their subject beside those words still find it', () => {
  for (const [question, slug] of [
    ["rootless docker can't bind port 80", 'privileged-port'],
    ['why does ping not work in rootless docker', 'ping-not-working'],
    ["can't initialize iptables table nat rootless", 'iptables-modules'],
  ] as const) {
    const outcome = matcher.match(question);
    expect(outcome.confidence, question).not.toBe('low');
    expect(outcome.results[0]?.slug, question).toBe(slug);
  }
});

test('a short Chinese question whose only shared words are 找不到 gets no confident answer from an entry about a missing program', () => {
  for (const question of ['NIS用户起rootless报passwd找不到', 'runner找不到rootless context']) {
    const outcome = matcher.match(question);
    const missingProgram = ['iptables-missing', 'setup-tool-missing', 'subuid-missing'];
    expect(outcome.confidence === 'low' || !missingProgram.includes(outcome.results[0]?.slug ?? ''), question).toBe(true);
  }
  // Naming the program still finds it.
  expect(matcher.match('找不到 iptables 命令').results[0]?.slug).toBe('iptables-missing');
});
