import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadContent } from '../../src/node/content-files.ts';
import { pathsToEnds, walkPath } from '../../src/lib/wizard-path.ts';

// The real tree against the real content, as the one loader checked it.
const content = loadContent(process.cwd());
const tree = content.wizard;
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

  test('offers one distro answer per release in the distro data, then "other", so every user finds theirs', () => {
    const answers = tree.nodes.find((n) => n.kind === 'distro')?.options.map((o) => o.release ?? o.id);
    const releases = content.distros.map((d) => d.data).sort((a, b) => a.order - b.order).flatMap((d) => d.releases.map((r) => r.id));
    expect(answers).toEqual([...releases, 'other']);
  });

  test('quotes in an answer only messages the page it leads to shows, so the reader finds there what they saw', () => {
    const pages = new Map([...content.entries, ...content.limitations].map((p) => [p.slug, readFileSync(join(process.cwd(), p.file), 'utf8')]));
    const flat = (text: string) => text.replace(/\s+/g, ' ').toLowerCase();
    const unquoted: string[] = [];
    for (const node of tree.nodes) for (const option of node.options) {
      if (option.target.kind === 'node') continue;
      const page = flat(pages.get(option.target.slug) ?? '');
      // A quote may leave out variable parts with … or <FILE>; each fixed part must be on the page.
      const parts = [...option.label.matchAll(/`([^`]+)`/g)].flatMap((m) => (m[1] ?? '').split(/…|<[A-Z]+>/));
      for (const part of parts.map((p) => flat(p.trim())).filter((p) => p.length > 3)) {
        if (!page.includes(part)) unquoted.push(`${node.id} → ${option.target.slug}: "${part}"`);
      }
    }
    expect(unquoted).toEqual([]);
  });

  test('offers a way out on every question (the island adds "都不是 / 不确定"), and never a dead end', () => {
    for (const node of tree.nodes) expect(node.options.length, node.id).toBeGreaterThan(0);
  });
});
