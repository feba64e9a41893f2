/**
 * Turns an entry's fix steps into the commands for one distro: the single table every
 * page, the search results and the wizard read. Unsupported combinations return undefined.
 */
import type { Distro } from '../schemas/distro.ts';
import type { FixStep } from '../schemas/entry.ts';
import { quoteShellWord } from './shell-quote.ts';
import { renderTemplate } from './template.ts';
import type { CommandValues } from './command-values.ts';

/** One step as shown for a distro. */
export interface ResolvedStep {
  /** Step title. */
  title: string;
  /** Extra explanation, if any. */
  note?: string;
  /** `commands`: run these; `not-needed`: skip on this distro; `unverified`: we have no checked command for it. */
  status: 'commands' | 'not-needed' | 'unverified';
  /** Ready-to-paste shell text, when status is `commands`. */
  commands?: string;
}

/** The template of one step for a distro: a string, null (not needed there) or undefined (no verified command). */
export function stepTemplate(step: FixStep, distro: Distro): string | null | undefined {
  if (step.run !== undefined) return step.run;
  if (step.byDistro !== undefined) return step.byDistro[distro.id];
  const names = (step.install ?? []).map((key) => distro.packages[key]);
  if (names.some((n) => n === undefined)) return undefined;
  const needed = names.filter((n): n is string => n !== null);
  return needed.length === 0 ? null : distro.packageManager.install + needed.map(quoteShellWord).join(' ');
}

/** Resolves every step for a distro; a step without a verified command says so instead of guessing. */
export function resolveFix(steps: readonly FixStep[], distro: Distro, values: CommandValues): ResolvedStep[] {
  return steps.map((step) => {
    const template = stepTemplate(step, distro);
    const base = { title: step.title, ...(step.note !== undefined && { note: step.note }) };
    if (template === undefined) return { ...base, status: 'unverified' };
    if (template === null) return { ...base, status: 'not-needed' };
    return { ...base, status: 'commands', commands: renderTemplate(template, values) };
  });
}

/** True when every step renders the same text on every distro given (then no tabs are needed). */
export function isDistroIndependent(steps: readonly FixStep[], distros: readonly Distro[]): boolean {
  const first = distros[0];
  if (first === undefined) return true;
  const key = (d: Distro) => JSON.stringify(steps.map((s) => stepTemplate(s, d)));
  return distros.every((d) => key(d) === key(first));
}

/** Joins resolved steps into one script: `set -eu` and a comment per step. */
export function toScript(steps: readonly ResolvedStep[]): string {
  const body = steps.filter((s) => s.commands !== undefined).map((s) => `# ${s.title.replaceAll('\n', ' ')}\n${s.commands}`);
  return ['#!/bin/sh', 'set -eu', '', body.join('\n\n'), ''].join('\n');
}
