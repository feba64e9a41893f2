/**
 * The wizard's answer path: a list of option ids, written in the URL as `?path=a.b.c`. The URL is
 * the source of truth, so a shared link or back/forward restores the same step.
 */
import type { WizardNode, WizardOption, WizardTarget, WizardTree } from '../schemas/wizard.ts';

/** The URL search parameter that carries the path. */
export const PATH_PARAM = 'path';

/** URL parameter that picks the distro answer (an option id of the distro question), e.g. from an entry page's form. */
export const DISTRO_PARAM = 'distro';

/** One answered question. */
export interface AnsweredStep {
  /** The question. */
  node: WizardNode;
  /** The answer picked. */
  option: WizardOption;
}

/** Where a path leads: the next question to ask, or the entry or limitation it ends at. */
export type PathEnd = { kind: 'question'; node: WizardNode } | { kind: 'entry' | 'limitation'; slug: string };

/** The result of following a path through the tree. */
export interface Walk {
  /** The questions answered, in order (only the valid part of the path). */
  steps: AnsweredStep[];
  /** Where the valid part of the path leads. */
  end: PathEnd;
  /** The release picked at the distro question, if any. */
  release?: string;
}

/** Splits a `?path=` value into option ids; anything unreadable ends the path there. */
export function parsePath(param: string | null | undefined): string[] {
  const answers: string[] = [];
  for (const word of (param ?? '').split('.')) {
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(word)) break;
    answers.push(word);
  }
  return answers;
}

/** Writes option ids as a `?path=` value. */
export function formatPath(answers: readonly string[]): string {
  return answers.join('.');
}

/** The search string for a path (`?path=…`, or empty for the first question). */
export function pathSearch(answers: readonly string[]): string {
  return answers.length === 0 ? '' : `?${PATH_PARAM}=${formatPath(answers)}`;
}

/** Follows answers from the root as far as they are valid; the rest is ignored. */
export function walkPath(tree: WizardTree, answers: readonly string[]): Walk {
  const byId = new Map(tree.nodes.map((n) => [n.id, n]));
  const root = byId.get(tree.root);
  if (root === undefined) throw new Error(`wizard root "${tree.root}" is not a node`);
  const steps: AnsweredStep[] = [];
  let release: string | undefined;
  let end: PathEnd = { kind: 'question', node: root };
  for (const answer of answers) {
    if (end.kind !== 'question') break;
    const node: WizardNode = end.node;
    const option = node.options.find((o) => o.id === answer);
    const next = option && (option.target.kind === 'node' ? byId.get(option.target.id) : undefined);
    if (option === undefined || (option.target.kind === 'node' && next === undefined)) break;
    steps.push({ node, option });
    if (node.kind === 'distro') release = option.release;
    end = next ? { kind: 'question', node: next } : (option.target as Exclude<WizardTarget, { kind: 'node' }>);
  }
  return { steps, end, ...(release !== undefined && { release }) };
}

/** The option ids of a walk (the valid prefix of the answers it was made from). */
export function answersOf(walk: Walk): string[] {
  return walk.steps.map((s) => s.option.id);
}

/** The distro question of the tree, if it has one. */
export function distroNode(tree: WizardTree): WizardNode | undefined {
  return tree.nodes.find((n) => n.kind === 'distro');
}

/**
 * Replaces the distro answer in a path (all distro options lead to the same question, so the rest
 * of the path stays valid). Returns the answers unchanged when the path has no distro answer.
 */
export function withDistroAnswer(tree: WizardTree, answers: readonly string[], optionId: string): string[] {
  const walk = walkPath(tree, answers);
  const index = walk.steps.findIndex((s) => s.node.kind === 'distro');
  if (index === -1 || !walk.steps[index]?.node.options.some((o) => o.id === optionId)) return [...answers];
  return answersOf(walk).map((a, i) => (i === index ? optionId : a));
}

/** The shortest answer path to every question (by node id) and to every end (`kind:slug`), by breadth-first search. */
function shortestPaths(tree: WizardTree): { questions: Map<string, string[]>; ends: Map<string, string[]> } {
  const byId = new Map(tree.nodes.map((n) => [n.id, n]));
  const questions = new Map<string, string[]>();
  const ends = new Map<string, string[]>();
  const queue: { id: string; answers: string[] }[] = [{ id: tree.root, answers: [] }];
  for (let i = 0; i < queue.length; i++) {
    const { id, answers } = queue[i] as { id: string; answers: string[] };
    const node = byId.get(id);
    if (!node || questions.has(id)) continue;
    questions.set(id, answers);
    for (const o of node.options) {
      const next = [...answers, o.id];
      if (o.target.kind === 'node') queue.push({ id: o.target.id, answers: next });
      else if (!ends.has(`${o.target.kind}:${o.target.slug}`)) ends.set(`${o.target.kind}:${o.target.slug}`, next);
    }
  }
  return { questions, ends };
}

/** For every end (`kind:slug`) the shortest answer path to it, by breadth-first search. */
export function pathsToEnds(tree: WizardTree): Map<string, string[]> {
  return shortestPaths(tree).ends;
}

/** For every question (node id) the shortest answer path that shows it, by breadth-first search. */
export function pathsToQuestions(tree: WizardTree): Map<string, string[]> {
  return shortestPaths(tree).questions;
}

/**
 * The search string with the path set to `answers`: `?distro=` (already applied) is dropped, other
 * parameters (the generator's settings and values) are kept while the path still ends at a result.
 */
export function searchWithPath(search: string, answers: readonly string[], keepOthers: boolean): string {
  const params = keepOthers ? new URLSearchParams(search) : new URLSearchParams();
  params.delete(DISTRO_PARAM);
  if (answers.length === 0) params.delete(PATH_PARAM);
  else params.set(PATH_PARAM, formatPath(answers));
  const text = params.toString().replaceAll('%2F', '/');
  return text === '' ? '' : `?${text}`;
}
