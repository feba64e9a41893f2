/**
 * Turns an entry's fix steps into the commands for one distro: the single table every
 * page, the search results and the wizard read. Unsupported combinations return undefined.
 */
import type { Distro } from '../schemas/distro.ts';
import type { FixStep } from '../schemas/entry.ts';
import type { StepCondition } from '../schemas/fix-condition.ts';
import { DEFAULT_SETTINGS, type CommandSettings, type CommandValues } from './command-values.ts';
import { releasesOf } from './distro-releases.ts';
import { quoteShellWord } from './shell-quote.ts';
import { renderTemplate } from './template.ts';

/** A fix step, optionally limited to some setups (`when`, see src/schemas/fix-condition.ts). */
export type GeneratorStep = FixStep & { when?: StepCondition };

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

/** True when a step's `when` holds for this distro and settings; an unknown release matches any release of the distro. */
export function stepApplies(step: GeneratorStep, distroId: string, settings: CommandSettings): boolean {
  const when = step.when;
  if (when === undefined) return true;
  if (when.install !== undefined && when.install !== settings.install) return false;
  if (when.systemd !== undefined && when.systemd !== settings.systemd) return false;
  if (when.releases === undefined) return true;
  const own = releasesOf(distroId) as readonly string[];
  const release = settings.release !== undefined && own.includes(settings.release) ? settings.release : undefined;
  const wanted: readonly string[] = when.releases;
  return release !== undefined ? wanted.includes(release) : wanted.some((r) => own.includes(r));
}

/**
 * Resolves the steps that apply to this setup for a distro; a step without a verified command says so
 * instead of guessing. Steps meant for another setup (`when`) are left out.
 */
export function resolveFix(
  steps: readonly GeneratorStep[],
  distro: Distro,
  values: CommandValues,
  settings: CommandSettings = DEFAULT_SETTINGS,
): ResolvedStep[] {
  return steps.filter((step) => stepApplies(step, distro.id, settings)).map((step) => {
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

/** One step as a script block: a numbered comment, then its commands, a skip note, or a stop where no command is verified. */
function scriptBlock(step: ResolvedStep, index: number): string {
  const heading = `# ${index + 1}. ${step.title.replaceAll(/[\r\n]+/g, ' ')}`;
  if (step.status === 'commands' && step.commands !== undefined) return `${heading}\n${step.commands}`;
  if (step.status === 'not-needed') return `${heading}\n# 这个发行版不需要这一步，已跳过。`;
  const message = `第 ${index + 1} 步没有核实过的命令：请按页面说明手动完成，再运行后面的步骤。`;
  return `${heading}\n# 没有核实过的命令，脚本在这里停下。\nprintf '%s\\n' ${quoteShellWord(message)} >&2\nexit 1`;
}

/**
 * Joins resolved steps into one POSIX sh script: `set -eu` and a numbered comment per step. A step
 * without a verified command stops the script there (exit 1) rather than run later steps without it.
 */
export function toScript(steps: readonly ResolvedStep[]): string {
  return ['#!/bin/sh', 'set -eu', '', steps.map(scriptBlock).join('\n\n'), ''].join('\n');
}
