/** UI text (Chinese) of the fix renderer, shared by entry pages, the generator and the search results. */
import { VALUE_LABELS } from '../../lib/template.ts';

export const STEP_TEXT = {
  copy: '复制',
  copied: '已复制',
  copyFailed: '复制失败，请手动选中文本复制',
  example: '示例',
  byHand: '亲手运行',
  byHandNote: '这一步会打开登录会话或编辑器，或在前台一直运行：在你自己的终端里运行它；生成的脚本会在这一步之前停下。',
  noSteps: '这个方案不适用于这个版本或环境，请看其他方案。',
  notNeeded: '这个发行版不需要这一步。',
  unverified: '这一步在这个发行版上没有核实过的命令，请参考发行版文档。',
  needsValue: '先在上面填写有效的{names}，这一步才会给出命令。',
  provides: '需要安装提供以下功能的软件包：{what}。各发行版的命令：',
  familyNotNeeded: '不需要',
  familyUnverified: '没有核实过的命令',
  badOutput: '出问题时的输出：',
  goodOutput: '正常时的输出：',
  expect: '修复后应看到：',
  checkCommand: '检查命令',
  fields: VALUE_LABELS,
};
/** The fix renderer's text. */
export type StepText = typeof STEP_TEXT;

/** Fills `{name}` slots in a message. */
export function fill(message: string, slots: Record<string, string | number>): string {
  return message.replace(/\{(\w+)\}/g, (whole, name: string) => String(slots[name] ?? whole));
}
