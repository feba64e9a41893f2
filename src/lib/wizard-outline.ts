/**
 * The tree as an outline, for the no-JS nested lists on /wizard/ and the flowchart on /wizard/map/.
 * Options of one question that lead to the same place become one branch (the distro question's
 * answers all lead on to the same question). A question reached from several places is expanded
 * once, where it is nearest the root; elsewhere its branch refers to it.
 */
import type { WizardNode, WizardTarget, WizardTree } from '../schemas/wizard.ts';

/** One or more options of a question that lead to the same place. */
export interface OutlineBranch {
  /** The options' labels, in order. */
  labels: string[];
  /** Where they lead. */
  target: WizardTarget;
  /** The next question, expanded here; absent for ends and for questions expanded elsewhere. */
  child?: OutlineNode;
}

/** A question with its branches. */
export interface OutlineNode {
  /** The question. */
  node: WizardNode;
  /** Its answers, grouped by where they lead. */
  branches: OutlineBranch[];
}

/** A stable key for a target. */
export function targetKey(target: WizardTarget): string {
  return target.kind === 'node' ? `node:${target.id}` : `${target.kind}:${target.slug}`;
}

/** A question's options grouped by target, in order of first appearance. */
function groupOptions(node: WizardNode): { labels: string[]; target: WizardTarget }[] {
  const groups = new Map<string, { labels: string[]; target: WizardTarget }>();
  for (const o of node.options) {
    const key = targetKey(o.target);
    const group = groups.get(key) ?? { labels: [], target: o.target };
    group.labels.push(o.label);
    groups.set(key, group);
  }
  return [...groups.values()];
}

/** Builds the outline from the root; throws when the root is missing (the tree check reports that first). */
export function outlineTree(tree: WizardTree): OutlineNode {
  const byId = new Map(tree.nodes.map((n) => [n.id, n]));
  const root = byId.get(tree.root);
  if (root === undefined) throw new Error(`wizard root "${tree.root}" is not a node`);
  const home = new Map<string, string>([[root.id, '']]);
  const queue = [root];
  for (let i = 0; i < queue.length; i++) {
    const node = queue[i] as WizardNode;
    for (const { target } of groupOptions(node)) {
      const next = target.kind === 'node' ? byId.get(target.id) : undefined;
      if (next && !home.has(next.id)) {
        home.set(next.id, node.id);
        queue.push(next);
      }
    }
  }
  const build = (node: WizardNode): OutlineNode => ({
    node,
    branches: groupOptions(node).map(({ labels, target }) => {
      const next = target.kind === 'node' ? byId.get(target.id) : undefined;
      const expand = next !== undefined && home.get(next.id) === node.id;
      return { labels, target, ...(expand && { child: build(next) }) };
    }),
  });
  return build(root);
}

/** Every question in the outline, in the order they are expanded (depth-first). */
export function outlineNodes(outline: OutlineNode): OutlineNode[] {
  return [outline, ...outline.branches.flatMap((b) => (b.child ? outlineNodes(b.child) : []))];
}
