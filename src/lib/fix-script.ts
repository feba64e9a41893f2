/**
 * One fix alternative as a script that is safe to run as a whole: `set -eu`, a header saying what
 * it does and for which setup, each step numbered; examples and checks are left out, and a step
 * without a verified command stops the script there instead of running later steps without it.
 */
import { quoteShellWord } from './shell-quote.ts';
import type { AlternativeView, StepView } from './fix-view.ts';
import { VALUE_LABELS } from './template.ts';

/** Says why a script stops; it returns 1, so `set -e` ends the script there (defined only in scripts that need it). */
const MANUAL_STEP = "manual_step() { printf '%s\\n' \"$1\" >&2; return 1; }";

/** Text for a `#` comment line: one line, printable, no control or bidi characters. */
export function commentText(text: string): string {
  return text.replace(/[\p{Cc}\p{Cf}\u2028\u2029]+/gu, ' ').replace(/\s+/g, ' ').trim();
}

/**
 * True when a script is worth making: some step that would go in runs a command, every one has commands
 * or a stop (a script of examples or hand-made steps alone would do nothing and exit 0, as if it had fixed
 * something), and it does not stop before it starts (a first step run by hand).
 */
export function scriptable(alt: AlternativeView): boolean {
  const steps = alt.steps.filter((s) => !s.example);
  return steps.some((s) => s.body.kind === 'commands' && s.byHand !== true) && steps.every((s) => s.body.kind !== 'needs-value') && !startsByHand(steps);
}

/** Whether a step, in a script, stops it there (`last`: the script's final step, which may end with an instruction instead). */
function stopsScript(step: StepView, last: boolean): boolean {
  if (['unverified', 'per-family', 'needs-value'].includes(step.body.kind) || (step.byHand === true && step.body.kind === 'commands')) return true;
  return !last && step.body.kind === 'manual';
}

/** Whether a script of these steps (examples left out) would begin with a step run by hand: it would stop there, having done nothing. */
export function startsByHand(steps: readonly StepView[]): boolean {
  const first = steps.find((step) => !step.example && step.body.kind !== 'not-needed');
  return first?.byHand === true && first.body.kind === 'commands';
}

/** One step as a script block numbered `n`; `last` steps may end with an instruction instead of a stop. */
export function block(step: StepView, n: number, last: boolean): string {
  const heading = `# ${n}. ${commentText(step.title)}`;
  const stop = (message: string) => `${heading}\nmanual_step ${quoteShellWord(message)}`;
  switch (step.body.kind) {
    case 'commands':
      if (step.byHand === true) {
        // A login shell, an editor or a daemon in the foreground would hang the script or run what follows in the wrong session.
        const byHand = `第 ${n} 步（${commentText(step.title)}）要在你自己的终端里亲手运行（它会打开登录会话或编辑器、在前台一直运行，或只在前面的步骤不够时才需要），不放进脚本：\n${step.body.text}`;
        // The command is shown as written, its `$HOME` and `$(whoami)` for the reader's shell: not expanded here (SC2016).
        // Even as the last step it stops (exit 1): the fix is not done until it is run, and a script of such steps alone did nothing.
        const shown = stop(last ? byHand : `${byHand}\n完成后，后面的步骤也请按页面上的顺序亲手运行。`);
        return shown.replace(/\n(?=printf|manual_step)/, '\n# shellcheck disable=SC2016\n');
      }
      return `${heading}\n${step.body.text}`;
    case 'not-needed':
      return `${heading}\n# 这个发行版不需要这一步，已跳过。`;
    case 'manual':
      return last ? `${heading}\nprintf '%s\\n' ${quoteShellWord(step.body.text)} >&2` : stop(`第 ${n} 步需要手动完成：${step.body.text} 完成后再运行后面的步骤。`);
    case 'unverified':
    case 'per-family':
      return stop(`第 ${n} 步没有适用于这个发行版的核实过的命令：请按页面说明手动完成，再运行后面的步骤。`);
    case 'needs-value':
      return stop(`第 ${n} 步缺少有效的值：${step.body.names.map((name) => VALUE_LABELS[name]).join('、')}。在问诊向导里这个问题的结果页（或条目页的“按你的情况生成命令”）填好后重新生成命令，再运行这一步和后面的步骤。`);
  }
}

/**
 * A whole script: the header lines as comments, `set -eu`, `manual_step` when one of its steps (in
 * order) can stop the script, then the blocks.
 */
export function scriptText(header: readonly string[], steps: readonly StepView[], blocks: readonly string[]): string {
  const stops = steps.some((s, i) => stopsScript(s, i === steps.length - 1));
  return ['#!/bin/sh', ...header.map((h) => `# ${commentText(h)}`), 'set -eu', ...(stops ? [MANUAL_STEP] : []), '', blocks.join('\n\n'), ''].join('\n');
}

/** The script for one alternative, with `header` lines (already in Chinese) as comments at the top. */
export function toScript(alt: AlternativeView, header: readonly string[]): string {
  const steps = alt.steps.filter((s) => !s.example);
  return scriptText(header, steps, steps.map((s, i) => block(s, i + 1, i === steps.length - 1)));
}

/** The file name a script downloads as. */
export function scriptFileName(slug: string, alternative: string): string {
  return `rootless-fix-${slug}${alternative === 'fix' ? '' : `-${alternative}`}.sh`;
}
