/** The wizard's and fix panel's UI text (Chinese), passed to the islands as props. */

/** Labels and messages of the fix panel (values form, steps, copy buttons). */
export const FIX_TEXT = {
  valuesHeading: '你的情况',
  valuesHint: '留空的项使用默认值：以 rootless 用户身份运行命令时会自动取值。',
  noValues: '这个修复的命令里没有需要填写的值。',
  fields: { user: '用户名', uid: 'UID', home: '主目录', mtu: 'MTU', port: '主机端口', dataRoot: 'data-root 目录' },
  placeholders: { user: '例如 alice', uid: '例如 1000', home: '例如 /home/alice', mtu: '1280–65520，例如 65520', port: '1–65535，例如 8080', dataRoot: '例如 /srv/docker-data' },
  distro: '发行版',
  distroNone: '请选择',
  distroMissing: '选择发行版后才能生成这个发行版的命令。',
  notForDistro: '这个条目不适用于你选择的发行版，所以这里不给命令。',
  install: '安装方式',
  installPackages: '软件包（deb / rpm）',
  installScript: '安装脚本（装在 ~/bin）',
  systemd: '这台主机使用 systemd',
  fixHeading: '修复步骤',
  notNeeded: '这个发行版不需要这一步。',
  unverified: '这一步在这个发行版上没有核实过的命令，请看完整页面。',
  verifyHeading: '检查是否修好',
  expect: '应看到：',
  copy: '复制',
  copied: '已复制',
  copyFailed: '复制失败，请手动选中文本复制',
  copyScript: '复制全部（脚本）',
  scriptLabel: '全部步骤合成的脚本',
};
/** The fix panel's text. */
export type FixText = typeof FIX_TEXT;

/** Labels and messages of the wizard. */
export const WIZARD_TEXT = {
  step: '第 {n} 步',
  answered: '你的回答',
  back: '上一步',
  restart: '重新开始',
  findOut: '不确定？运行下面的命令看看：',
  output: '输出',
  means: '含义',
  endEntry: '最可能的问题',
  endLimitation: '这是 rootless 模式的已知限制',
  readMore: '查看完整页面：',
  announceQuestion: '第 {n} 步：{text}',
  announceEnd: '结果：{text}',
  missing: '这个条目的页面还没有写好。',
  fix: FIX_TEXT,
};
/** The wizard's text. */
export type WizardText = typeof WIZARD_TEXT;

/** Fills `{name}` slots in a message. */
export function fill(message: string, slots: Record<string, string | number>): string {
  return message.replace(/\{(\w+)\}/g, (whole, name: string) => String(slots[name] ?? whole));
}
