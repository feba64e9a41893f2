/** The wizard's and fix panel's UI text (Chinese), passed to the islands as props. */
import { VALUE_LABELS } from '../../lib/template.ts';

/** Labels and messages of the fix panel (values form, steps, copy buttons). */
export const FIX_TEXT = {
  valuesHeading: '你的情况',
  valuesHint: '留空的项使用默认值：以 rootless 用户身份运行命令时会自动取值。只显示会改变这个问题的命令的选项。',
  noValues: '这个修复的命令里没有需要填写的值。',
  fields: VALUE_LABELS,
  placeholders: { user: '例如 alice', uid: '例如 1000', home: '例如 /home/alice', mtu: '1280–65521，例如 65520', port: '1–65535，例如 8080', dataRoot: '例如 /srv/docker-data', rootlesskit: '例如 /usr/local/bin/rootlesskit' },
  distro: '发行版',
  distroNone: '请选择',
  distroUnknown: '发行版未知',
  distroUnknownNote: '还没有选发行版：与发行版无关的步骤直接给出命令，需要装软件包的步骤列出各发行版的命令。',
  notForDistro: '这个条目不适用于你选择的发行版，所以这里不给命令。',
  alternative: '修复方案（任选其一）',
  engine: 'Docker Engine 版本',
  engineHint: '不确定？运行 docker version -f \'{{.Server.Version}}\' 查看；默认按最新版本生成。',
  engineNewest: '最新版本',
  engineDefaulted: '这个问题在最新版本上已经不会出现，下面的命令按仍有这个问题的 Engine {label} 生成；请在上面选择你实际的版本。',
  engineUnreadable: '链接里的 Docker Engine 版本无法识别，下面的命令按最新版本生成；请在上面选择你实际的版本。',
  install: '安装方式',
  installPackages: '软件包（deb / rpm）',
  installScript: '安装脚本（装在 ~/bin）',
  systemd: '这台主机使用 systemd',
  withSystemd: '有 systemd',
  withoutSystemd: '没有 systemd',
  fromLink: '这些值来自网址（你打开的链接，或上一页表单里填的）：运行命令前请逐项核对（已用标记标出）。',
  fromLinkBadge: '来自链接',
  fixHeading: '修复步骤',
  verifyHeading: '检查是否修好',
  scriptLabel: '全部步骤合成的脚本',
  download: '下载脚本 {file}',
  runScript: '运行：bash {file}',
  noScript: '先在上面填好步骤里要求的值（空着或标红的项），才能生成整段脚本。',
  nothingToRun: '这个方案的步骤是示例或要手动完成，没有可以整段运行的命令，所以不提供脚本。',
};
/** The fix panel's text. */
export type FixText = typeof FIX_TEXT;

/** Labels and messages of the wizard. */
export const WIZARD_TEXT = {
  step: '第 {n} 步',
  answered: '你的回答',
  back: '上一步',
  restart: '重新开始',
  findOut: '不确定？先运行下面的命令，再对照输出选择：',
  /** Each of those commands' name for screen readers (its block and copy button), so two are told apart. */
  findOutCommand: '第 {n} 条检查命令',
  wayOut: '都不是 / 不确定',
  wayOutHint: '把报错或整段日志粘贴到报错搜索里，或者在流程图里浏览全部问题。',
  toSearch: '粘贴报错搜索',
  toMap: '浏览全部问题',
  output: '输出',
  means: '含义',
  endEntry: '最可能的问题',
  endLimitation: '这是 rootless 模式的已知限制',
  readMore: '查看完整页面：',
  announceQuestion: '第 {n} 步：{text}',
  announceEnd: '结果：{text}',
  missing: '这个条目的页面还没有写好。',
  fixLoading: '正在载入修复命令…',
  fixFailed: '修复命令没能载入（网络中断或网站刚更新）。请刷新页面重试，或打开上面的完整页面查看。',
  pathCut: '链接里的回答有一部分无法识别（链接可能被截断或改动过，或者来自旧版的向导），已停在能识别的最后一步：请从这里继续。',
  fix: FIX_TEXT,
};
/** The wizard's text. */
export type WizardText = typeof WIZARD_TEXT;

export { fill } from '../fix/fix-text.ts';
