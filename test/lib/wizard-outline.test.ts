import { describe, expect, test } from 'vitest';
import { outlineNodes, outlineTree, targetKey } from '../../src/lib/wizard-outline.ts';
import { wizardTree } from '../support/fixtures.ts';

const tree = wizardTree({
  root: 'distro',
  nodes: [
    { id: 'distro', kind: 'distro', question: '发行版？', next: 'phase' },
    { id: 'phase', question: '在做什么？', options: [{ label: '安装', next: 'install' }, { label: '启动', next: 'daemon' }] },
    { id: 'install', question: '安装时？', options: [{ label: '启动报错', next: 'daemon' }, { label: 'subuid', entry: 'alpha' }] },
    { id: 'daemon', question: '启动时？', options: [{ label: 'b', entry: 'beta' }, { label: 'subuid 报错', entry: 'alpha' }] },
  ],
});

describe('outlineTree', () => {
  test('merges the options that lead to the same place into one branch', () => {
    const outline = outlineTree(tree);
    expect(outline.branches).toHaveLength(1);
    expect(outline.branches[0]?.labels).toEqual(['Ubuntu 24.04', 'Ubuntu 22.04', 'UOS（未验证）', 'RHEL 9', 'RHEL 8', '其他 / 不确定']);
  });

  test('expands a shared question where it is nearest the root and refers to it elsewhere', () => {
    const phase = outlineTree(tree).branches[0]?.child;
    const [install, daemon] = phase?.branches ?? [];
    expect(daemon?.child?.node.id).toBe('daemon');
    expect(install?.child?.branches[0]).toEqual({ labels: ['启动报错'], target: { kind: 'node', id: 'daemon' } });
  });

  test('lists every question once, depth-first', () => {
    expect(outlineNodes(outlineTree(tree)).map((n) => n.node.id)).toEqual(['distro', 'phase', 'install', 'daemon']);
  });

  test.each([
    [{ kind: 'node', id: 'a' }, 'node:a'],
    [{ kind: 'entry', slug: 'a' }, 'entry:a'],
    [{ kind: 'limitation', slug: 'a' }, 'limitation:a'],
  ] as const)('keys %j as %s', (target, key) => {
    expect(targetKey(target)).toBe(key);
  });
});
