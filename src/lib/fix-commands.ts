/**
 * Turns an entry's fix steps into the commands for one distro: the single table every
 * page, the search results and the wizard read. Unsupported combinations return undefined.
 */
import type { Distro } from '../schemas/distro.ts';
import type { FixStep } from '../schemas/entry.ts';
import { DEFAULT_SETTINGS, type CommandSettings, type CommandValues } from './command-values.ts';
import { releasesOf } from './distro-releases.ts';
import { quoteShellWord } from './shell-quote.ts';
import { renderTemplate } from './template.ts';

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
export function stepApplies(step: FixStep, distroId: string, settings: CommandSettings): boolean {
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
  steps: readonly FixStep[],
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

/** True when a step is for some release of this distro (or for any release). */
function stepFitsDistro(step: FixStep, distroId: string): boolean {
  const releases: readonly string[] | undefined = step.when?.releases;
  return releases === undefined || releasesOf(distroId).some((r) => releases.includes(r));
}

/** True when every step renders the same text on every distro given (then no tabs are needed). */
export function isDistroIndependent(steps: readonly FixStep[], distros: readonly Distro[]): boolean {
  const first = distros[0];
  if (first === undefined) return true;
  const key = (d: Distro) => JSON.stringify(steps.map((s) => (stepFitsDistro(s, d.id) ? stepTemplate(s, d) : 'n/a')));
  return distros.every((d) => key(d) === key(first));
}

/** A step as an entry page shows it: every setup's steps, each limited one labelled with its condition. */
export type PageStep = ResolvedStep & { when?: FixStep['when'] };

/**
 * The steps an entry page shows on a distro's tab: all of them except those for other distros'
 * releases, rendered with the default values; steps for some setups keep their `when` for a label.
 */
export function resolveForPage(steps: readonly FixStep[], distro: Distro, values: CommandValues): PageStep[] {
  return steps.filter((step) => stepFitsDistro(step, distro.id)).map(({ when, ...step }) => {
    const [resolved] = resolveFix([step], distro, values);
    return { ...resolved!, ...(when !== undefined && { when }) };
  });
}

/** Says why a script stops; it returns 1, so `set -e` ends the script there (defined only in scripts that need it). */
const MANUAL_STEP = "manual_step() { printf '%s\\n' \"$1\" >&2; return 1; }";

/** One step as a script block: a numbered comment, then its commands, a skip note, or a stop where no command is verified. */
function scriptBlock(step: ResolvedStep, index: number): string {
  const heading = `# ${index + 1}. ${step.title.replaceAll(/[\r\n]+/g, ' ')}`;
  if (step.status === 'commands' && step.commands !== undefined) return `${heading}\n${step.commands}`;
  if (step.status === 'not-needed') return `${heading}\n# 这个发行版不需要这一步，已跳过。`;
  const message = `第 ${index + 1} 步没有核实过的命令：请按页面说明手动完成，再运行后面的步骤。`;
  return `${heading}\n# 没有核实过的命令，脚本在这里停下。\nmanual_step ${quoteShellWord(message)}`;
}

/**
 * Joins resolved steps into one POSIX sh script: `set -eu` and a numbered comment per step. A step
 * without a verified command stops the script there (exit 1) rather than run later steps without it.
 */
export function toScript(steps: readonly ResolvedStep[]): string {
  const manual = steps.some((s) => s.status === 'unverified') ? [MANUAL_STEP] : [];
  return ['#!/bin/sh', 'set -eu', ...manual, '', steps.map(scriptBlock).join('\n\n'), ''].join('\n');
}
