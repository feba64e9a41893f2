import { describe, expect, test } from 'vitest';
import { layoutMap, MAP_DEFAULTS, splitMap, wrapText, type MapBox } from '../../src/lib/wizard-map.ts';
import { outlineTree } from '../../src/lib/wizard-outline.ts';
import { WizardSchema } from '../../src/schemas/wizard.ts';

const NODES = [
    { id: 'phase', question: '你在做什么的时候遇到了问题？', options: [{ label: '安装', next: 'install' }, { label: '启动', next: 'daemon' }] },
    { id: 'install', question: '安装时看到了什么？', options: [{ label: '启动报错', next: 'daemon' }, { label: '`No subuid ranges found for user 1001 ("testuser")`', entry: 'subuid-missing' }] },
    { id: 'daemon', question: '守护进程启动时报了什么错？', options: [{ label: 'no space left on device', entry: 'max-user-namespaces' }, { label: 'NFS', limitation: 'nfs-data-root' }] },
];
const tree = WizardSchema.parse({ root: 'phase', nodes: NODES });
const describeEnd = ({ kind, slug }: { kind: string; slug: string }) => ({ title: `标题 ${slug}`, href: `/${kind}/${slug}/` });
const layout = layoutMap(outlineTree(tree), describeEnd);

const overlaps = (a: MapBox, b: MapBox) => a.y < b.y + b.height && b.y < a.y + a.height && a.x < b.x + b.width && b.x < a.x + a.width;

describe('wrapText', () => {
  test.each([
    ['短句', 10, ['短句']],
    ['一二三四五六', 4, ['一二三四', '五六']],
    ['run docker pull now', 8, ['run docker', 'pull now']],
    ['`lchown` 报错', 20, ['lchown 报错']],
    ['abcdefghijklmnop', 5, ['abcdefgh', 'ijklmnop']],
  ])('wraps %j at %d ems into %j', (text, max, lines) => {
    expect(wrapText(text, max)).toEqual(lines);
  });
});

describe('layoutMap', () => {
  test('draws every question, answer and end exactly once, refs for shared questions', () => {
    expect(layout.boxes.map((b) => b.kind)).toEqual(['question', 'answer', 'question', 'ref', 'end', 'answer', 'question', 'end', 'end']);
  });

  test('links each end to its page with its title', () => {
    const ends = layout.boxes.filter((b) => b.kind === 'end');
    expect(ends.map((b) => b.href)).toEqual(['/entry/subuid-missing/', '/entry/max-user-namespaces/', '/limitation/nfs-data-root/']);
    expect(ends[2]?.linkLines).toEqual(['→ 标题 nfs-data-root']);
  });

  test('links a shared question to its anchor', () => {
    const ref = layout.boxes.find((b) => b.kind === 'ref');
    expect(ref?.href).toBe('#q-daemon');
    expect(layout.boxes.some((b) => b.anchor === 'q-daemon')).toBe(true);
  });

  test('keeps boxes inside the width, stacked without overlap', () => {
    for (const [i, a] of layout.boxes.entries()) {
      expect(a.x + a.width).toBeLessThanOrEqual(MAP_DEFAULTS.width);
      for (const b of layout.boxes.slice(i + 1)) expect(overlaps(a, b)).toBe(false);
    }
    const last = layout.boxes.at(-1);
    expect(layout.height).toBe((last?.y ?? 0) + (last?.height ?? 0));
  });

  test('wraps text so that no line is wider than its box', () => {
    for (const box of layout.boxes) {
      for (const line of [...box.lines, ...box.linkLines]) {
        const ems = [...line].reduce((s, ch) => s + (/[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? 1 : 0.62), 0);
        expect(ems * MAP_DEFAULTS.fontSize).toBeLessThanOrEqual(box.width - 2 * MAP_DEFAULTS.pad + 0.01);
      }
    }
  });

  test('indents answers one step and their next question under them', () => {
    const [phase, install, installQ] = layout.boxes;
    expect([phase?.x, install?.x, installQ?.x]).toEqual([0, MAP_DEFAULTS.indent, MAP_DEFAULTS.indent]);
  });
});

describe('splitMap', () => {
  test('cuts the map at the first question with several answers: one section per answer', () => {
    const { trunk, fork, sections } = splitMap(outlineTree(tree));
    expect(trunk).toEqual([]);
    expect(fork.id).toBe('phase');
    expect(sections.map((s) => s.labels)).toEqual([['安装'], ['启动']]);
    expect(sections.map((s) => s.child?.node.id)).toEqual(['install', 'daemon']);
  });

  test('keeps the questions before the first real choice (every answer leads on to the same question) as the trunk', () => {
    // The distro question as the loader builds it: one answer per release, all leading to the same question.
    const distro = { id: 'distro', question: '你用的是哪个发行版？', options: [{ label: 'Ubuntu 24.04', next: 'phase' }, { label: 'Debian 12', next: 'phase' }] };
    const withDistro = WizardSchema.parse({ root: 'distro', nodes: [distro, ...NODES] });
    const { trunk, fork, sections } = splitMap(outlineTree(withDistro));
    expect(trunk.map((n) => n.id)).toEqual(['distro']);
    expect(fork.id).toBe('phase');
    expect(sections).toHaveLength(2);
  });

  test('draws every question of the tree in exactly one section (shared ones are referred to)', () => {
    const { sections } = splitMap(outlineTree(tree));
    const anchors = sections.flatMap((s) => (s.child ? layoutMap(s.child, describeEnd).boxes.flatMap((b) => (b.anchor ? [b.anchor] : [])) : []));
    expect(anchors.sort()).toEqual(['q-daemon', 'q-install']);
  });
});
