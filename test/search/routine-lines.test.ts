/** Routine log records (`level=info`, `INFO[0000]`) are weak evidence: a log made of them alone is no answer, with the site's real content. */
import { expect, test } from 'vitest';
import { createMatcher, indexOptions } from '../../src/lib/matcher.ts';
import { buildSearchIndex } from '../../src/lib/search-index-build.ts';
import { typoCorrector } from '../../src/lib/typo-corrector.ts';
import { loadContent } from '../../src/node/content-files.ts';

const index = buildSearchIndex(loadContent(process.cwd()));
const matcher = createMatcher(index.items, { ...indexOptions(index), typos: typoCorrector });

test('a log of routine start-up lines (level=info) is no answer, though its words name an entry\'s subject; the same words as a warning are', () => {
  const log = 'Dec 05 10:00:00 h dockerd-rootless.sh[5678]: time="2026-12-05T10:00:00Z" level=info msg="loading plugin \\"io.containerd.snapshotter.v1.overlayfs\\"..." type=io.containerd.snapshotter.v1';
  const routine = matcher.match(log);
  expect(routine.confidence).toBe('low');
  expect(routine.results[0]?.slug).toBe('containerd-snapshotter-old-kernel');
  const warned = matcher.match(log.replace('level=info', 'level=warning'));
  expect([warned.confidence, warned.results[0]?.slug]).toEqual(['high', 'containerd-snapshotter-old-kernel']);
});

test('a routine record that repeats an error an entry lists is that error, logged at info level: it counts in full', () => {
  const items = [{ slug: 'vfs', title: 'vfs', errors: ['[graphdriver] using prior storage driver: vfs'], symptoms: [] }];
  const small = createMatcher(items, { minConfidence: 0 });
  const line = 'time="2026-12-05T10:00:00Z" level=info msg="[graphdriver] using prior storage driver: vfs"';
  const asInfo = small.match(line).results[0]?.score ?? 0;
  const plain = small.match('[graphdriver] using prior storage driver: vfs').results[0]?.score ?? 0;
  expect(asInfo).toBeGreaterThan(0.8);
  expect(asInfo).toBe(plain);
});
