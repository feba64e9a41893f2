/**
 * The doctor's one script for several problems (its own module, so the wizard's first visit does not
 * download it): each problem's fix under a heading, assembled like a single fix's script.
 */
import { block, commentText, scriptText } from './fix-script.ts';
import { INSTALL_TOOL_TITLE, type StepView } from './fix-view.ts';
import { quoteShellWord } from './shell-quote.ts';
import { INSTALL_TOOL_COMMAND } from './step-render.ts';

/** A command line that runs the install tool's install, by any path and with any options (`install --force`, `/usr/bin/dockerd-rootless-setuptool.sh install`). */
const RUNS_INSTALL_TOOL = /(?:^|[\s/;&|])dockerd-rootless-setuptool\.sh[ \t]+install\b/m;

/** One problem's part of a combined script: its title and the steps of the fix chosen for it. */
export interface ScriptSection {
  title: string;
  steps: readonly StepView[];
  /** The problem stops the install tool or the daemon from starting (its phase is install or daemon-start). */
  blocksStart?: boolean;
}

/**
 * One script for several problems, in the order given: each problem's steps under a heading, numbered
 * on through the whole script. Examples are left out. Restarts of the daemon become one restart at
 * the end, so it restarts once, after every change, instead of failing halfway on a problem a later
 * section fixes; where the install tool never finished (`unitMissing`: no docker user unit to restart
 * or enable), the end runs the install tool instead, restart or not, unless a fix already runs it. Other steps are kept even when two problems share one (a second `sysctl --system`
 * must still run after the second file is written). A problem whose fix has no command says so and
 * the script goes on.
 */
export function combinedScript(sections: readonly ScriptSection[], header: readonly string[], unitMissing = false): string {
  let restart: StepView | undefined;
  const parts = sections.map((section) => ({
    ...section,
    steps: section.steps.filter((step) => {
      if (step.restart) restart = step;
      return !step.example && !step.restart;
    }),
  }));
  // A fix that runs the install tool itself (setup-tool-missing, after the package) has started and enabled the daemon: no second run.
  const runsTool = parts.some((p) => p.steps.some((s) => s.body.kind === 'commands' && RUNS_INSTALL_TOOL.test(s.body.text)));
  // After a problem that stops the tool and that the script cannot fix (its steps are done by hand, e.g. in a new login shell),
  // running the tool now would fail the same way: the script stops there and says to run it once those are done.
  const byHand = parts.some((p) => p.blocksStart === true && p.steps.length === 0);
  const installTool: StepView = { title: INSTALL_TOOL_TITLE, example: false, restart: true, ...(byHand && { byHand: true as const }), body: { kind: 'commands', text: INSTALL_TOOL_COMMAND } };
  const closing = unitMissing ? (runsTool ? undefined : { title: '完成安装', steps: [installTool] })
    : restart !== undefined ? { title: '让上面的修改生效', steps: [{ ...restart, title: '重启 rootless 守护进程' }] } : undefined;
  if (closing !== undefined) parts.push(closing);
  const all = parts.flatMap((p) => p.steps);
  let n = 0;
  const blocks = parts.map((part, i) => {
    // Problems are numbered as the diagnosis counts them; the closing restart is no problem of its own.
    const heading = i < sections.length ? `# ===== ${i + 1}/${sections.length}：${commentText(part.title)} =====` : `# ===== 最后：${commentText(part.title)} =====`;
    if (part.steps.length === 0) return `${heading}\nprintf '%s\\n' ${quoteShellWord(`第 ${i + 1} 项（${commentText(part.title)}）没有可以直接运行的命令：请打开诊断结果里这一项的标题链接到的页面，按页面上的说明手动完成。`)} >&2`;
    return [heading, ...part.steps.map((s) => { n += 1; return block(s, n, n === all.length); })].join('\n\n');
  });
  return scriptText(header, all, blocks);
}
