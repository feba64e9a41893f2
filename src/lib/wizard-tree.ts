/**
 * Build-time checks of the decision tree that the schema cannot make: links between nodes and to
 * content, cycles, reachability, distro answers. Pure: the caller passes the tree and the slugs.
 */
import type { WizardNode, WizardOption, WizardTarget, WizardTree } from '../schemas/wizard.ts';
import type { Distro } from '../schemas/distro.ts';

/** The slugs and ids a tree may point at. */
export interface KnownContent {
  /** Troubleshooting entry slugs. */
  entries: readonly string[];
  /** Limitation slugs. */
  limitations: readonly string[];
  /** Release ids (the distros' `releases`) with the distro id each belongs to. */
  releases: ReadonlyMap<string, string>;
}

/** The answer "other / not sure" of the distro question: commands for every family. */
export const OTHER_DISTRO = 'other';

/**
 * Fills the distro question's answers from the distros: one per release, in tab order, then
 * "其他 / 不确定"; every answer leads to the node's `next`. Other nodes are returned as they are.
 */
export function withDistroOptions(tree: WizardTree, distros: readonly Distro[]): WizardTree {
  const ordered = [...distros].sort((a, b) => a.order - b.order);
  return {
    ...tree,
    nodes: tree.nodes.map((node) => {
      if (node.kind !== 'distro' || node.next === undefined) return node;
      const target = { kind: 'node' as const, id: node.next };
      const releases = ordered.flatMap((d) => d.releases.map((r) => ({
        id: r.id, release: r.id, target, label: r.verified ? r.name : `${r.name}（未验证）`,
      })));
      return { ...node, options: [...releases, { id: OTHER_DISTRO, label: '其他 / 不确定', target }] };
    }),
  };
}

/** A readable name for an option in messages. */
const optionName = (node: WizardNode, option: WizardOption) => `node "${node.id}", option "${option.id}"`;

/** Nodes reachable from the root, in breadth-first order. */
export function reachableNodes(tree: WizardTree): WizardNode[] {
  const byId = new Map(tree.nodes.map((n) => [n.id, n]));
  const start = byId.get(tree.root);
  const seen = new Set<string>();
  const queue = start ? [start] : [];
  for (let i = 0; i < queue.length; i++) {
    const node = queue[i] as WizardNode;
    seen.add(node.id);
    for (const o of node.options) {
      const next = o.target.kind === 'node' ? byId.get(o.target.id) : undefined;
      if (next && !seen.has(next.id) && !queue.includes(next)) queue.push(next);
    }
  }
  return queue;
}

/** Every end (entry or limitation) an option of a reachable node leads to, keyed `kind:slug`. */
export function reachableEnds(tree: WizardTree): Set<string> {
  const ends = new Set<string>();
  for (const node of reachableNodes(tree)) {
    for (const o of node.options) if (o.target.kind !== 'node') ends.add(`${o.target.kind}:${o.target.slug}`);
  }
  return ends;
}

function targetProblem(node: WizardNode, option: WizardOption, target: WizardTarget, ids: Set<string>, known: KnownContent): string | undefined {
  const where = optionName(node, option);
  if (target.kind === 'node') {
    return ids.has(target.id) ? undefined : `${where}: next "${target.id}" is not a node; add a node with that id or point the option at an existing one`;
  }
  const [own, other, otherKind] =
    target.kind === 'entry' ? [known.entries, known.limitations, 'limitation'] : [known.limitations, known.entries, 'entry'];
  if (own.includes(target.slug)) return undefined;
  if (other.includes(target.slug)) return `${where}: "${target.slug}" is ${otherKind === 'entry' ? 'an' : 'a'} ${otherKind}; write \`${otherKind}: ${target.slug}\` instead`;
  const folder = target.kind === 'entry' ? 'troubleshooting' : 'limitations';
  return `${where}: ${target.kind} "${target.slug}" does not exist in src/content/docs/${folder}/; fix the slug or write that page`;
}

function distroProblems(node: WizardNode, known: KnownContent): string[] {
  const problems: string[] = [];
  const nexts = new Set(node.options.map((o) => (o.target.kind === 'node' ? o.target.id : `${o.target.kind}:${o.target.slug}`)));
  if (nexts.size > 1) {
    problems.push(`node "${node.id}": every option of a distro node must lead to the same next question (the distro is a setting, not a branch); found ${[...nexts].join(', ')}`);
  }
  for (const o of node.options) {
    if (o.release === undefined) continue;
    if (!known.releases.has(o.release)) problems.push(`${optionName(node, o)}: release "${o.release}" is unknown; use one of: ${[...known.releases.keys()].join(', ')}`);
  }
  return problems;
}

function cycleProblems(tree: WizardTree): string[] {
  const byId = new Map(tree.nodes.map((n) => [n.id, n]));
  const state = new Map<string, 'open' | 'done'>();
  const problems: string[] = [];
  const visit = (node: WizardNode, trail: string[]): void => {
    state.set(node.id, 'open');
    for (const o of node.options) {
      const next = o.target.kind === 'node' ? byId.get(o.target.id) : undefined;
      if (!next) continue;
      if (state.get(next.id) === 'open') {
        const stack = [...trail, node.id];
        const loop = [...stack.slice(stack.indexOf(next.id)), next.id].join(' → ');
        problems.push(`${optionName(node, o)}: makes a cycle ${loop}; lead this option forward (to a later question or an entry)`);
      } else if (!state.has(next.id)) visit(next, [...trail, node.id]);
    }
    state.set(node.id, 'done');
  };
  for (const node of tree.nodes) if (!state.has(node.id)) visit(node, []);
  return problems;
}

/** Lists every problem of the tree, each naming the node and the fix; empty when the tree is sound. */
export function findTreeProblems(tree: WizardTree, known: KnownContent): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  for (const node of tree.nodes) {
    if (ids.has(node.id)) problems.push(`node "${node.id}" is defined twice; rename or merge one of them`);
    ids.add(node.id);
  }
  if (!ids.has(tree.root)) problems.push(`root "${tree.root}" is not a node; set root to the id of the first question`);
  const distroNodes = tree.nodes.filter((n) => n.kind === 'distro');
  if (distroNodes.length > 1) problems.push(`nodes ${distroNodes.map((n) => `"${n.id}"`).join(', ')} all have kind: distro; keep one (the distro is asked once)`);
  for (const node of tree.nodes) {
    const optionIds = new Set<string>();
    for (const o of node.options) {
      if (optionIds.has(o.id)) problems.push(`${optionName(node, o)}: two options share this id (their URL word); give one an explicit \`id:\``);
      optionIds.add(o.id);
      const problem = targetProblem(node, o, o.target, ids, known);
      if (problem) problems.push(problem);
      if (node.kind !== 'distro' && o.release !== undefined) problems.push(`${optionName(node, o)}: release only belongs in a node with kind: distro; remove it`);
    }
    if (node.kind === 'distro') problems.push(...distroProblems(node, known));
  }
  problems.push(...cycleProblems(tree));
  const reachable = new Set(reachableNodes(tree).map((n) => n.id));
  if (ids.has(tree.root)) {
    for (const node of tree.nodes) {
      if (!reachable.has(node.id)) problems.push(`node "${node.id}" cannot be reached from root "${tree.root}"; point an option at it (next: ${node.id}) or delete it`);
    }
  }
  const ends = reachableEnds(tree);
  const searchOnly = new Set(tree.searchOnly.map((s) => s.slug));
  for (const slug of known.entries) {
    if (!ends.has(`entry:${slug}`) && !searchOnly.has(slug)) {
      problems.push(`entry "${slug}" cannot be reached by answering questions; add an option with \`entry: ${slug}\` or list it under searchOnly with a reason`);
    }
  }
  for (const { slug } of tree.searchOnly) {
    if (!known.entries.includes(slug)) problems.push(`searchOnly lists "${slug}", which is not a troubleshooting entry; remove it or fix the slug`);
    else if (ends.has(`entry:${slug}`)) problems.push(`searchOnly lists "${slug}", but a question leads to it; remove it from searchOnly`);
  }
  return problems;
}
