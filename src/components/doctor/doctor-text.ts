import { DOCTOR_LOADING_TEXT } from './doctor-loading-text.ts';

/** The doctor's UI text (Chinese): the diagnosis of a pasted report, in the search box and the header dialog. */
export const DOCTOR_TEXT = {
  heading: '诊断结果',
  private: '报告只在你的浏览器里分析，没有发送到任何地方。',
  ...DOCTOR_LOADING_TEXT,
  machine: '这台机器：',
  found: '发现 {n} 个问题，按修复顺序排列：',
  none: '报告里没有发现本站已知的问题。',
  noneHelp: '如果仍然出错，把报错原文粘贴到搜索框里，或者看下面没能检查的项目。',
  unreadable: '这份报告读不出来：大部分检查项没能读到，所以不能说它没有问题。请重新运行 doctor.sh，把输出原样粘贴进来（不要经过邮件引用或改格式）。原因见下面“报告本身的问题”。',
  reportSays: '报告显示：',
  logSays: '日志里的这一行：',
  knownError: '对应的已知报错：',
  phase: '阶段：',
  otherFixes: '这是为这台机器选的修复方案；完整页面上还有另外 {n} 种方案。',
  readMore: '查看完整页面',
  verify: '修复后检查：',
  expect: '应当看到：',
  scriptHeading: '一次修复全部问题',
  scriptNote: '把上面每个问题的修复步骤按顺序放进一个脚本（不含示例和检查命令，守护进程最后只重启一次）。以出问题的用户身份运行；运行前请先读一遍。',
  scriptLabel: '修复全部问题的脚本',
  noScript: '这里没有一次修复全部问题的脚本：第一步就要在你自己的终端里亲手运行（打开登录会话或编辑器），脚本会在那里停下、什么也没做。请按上面每个问题的步骤逐项处理。',
  logHints: '日志里的报错可能来自下面两个原因之一，报告不足以分辨：',
  logRuledOut: '日志里的这一行看着像下面这个问题，但报告显示不是它，原因要另外找：',
  passed: '已排除的问题（{n} 项）',
  passedNote: '报告里的这些值说明下面的问题不存在：',
  unchecked: '没能检查的问题（{n} 项）',
  uncheckedNote: '报告里缺少判断这些问题需要的值（显示为 unknown）：',
  reportProblems: '报告本身的问题（{n} 项）',
  unknownKeys: '报告里有本站不认识的键（可能来自更新版本的 doctor.sh）：',
  doctorPage: '关于诊断脚本',
  copy: '复制',
};
/** The doctor's UI text. */
export type DoctorText = typeof DOCTOR_TEXT;
