/**
 * The setup and values a doctor report describes, for generating this machine's commands: the
 * distro family and release (from /etc/os-release, matched by the distros' `osRelease` data), the
 * install method, systemd, the Engine version, and the user, UID and home. The report is pasted
 * text, so the values go through the same validation as a form or a link (command-values.ts): a
 * value that fails never reaches a command; the commands read it at run time instead ("$(whoami)",
 * as when nothing was given) and the reason is said in Chinese.
 */
import type { Distro } from '../schemas/distro.ts';
import type { Report } from '../schemas/report.ts';
import { DEFAULT_VALUES, namesRootlesskit, PACKAGED_ROOTLESSKIT, validateValue, type CommandValues } from './command-values.ts';
import type { Setup } from './conditions.ts';
import { leadingVersion } from './doctor-detect.ts';
import { quoteShellWord } from './shell-quote.ts';
import type { TemplateValue, TemplateValueName } from './template.ts';
import { formatVersion, inRange, parseRange } from './version-range.ts';

/** This machine's setup as the fix renderer takes it, and what to say about it. */
export interface MachineSetup {
  setup: Setup;
  /** Values for the templates: the report's when valid, the runtime defaults when redacted. */
  values: Partial<CommandValues>;
  /** The values that came from the report, as text (for the script header). */
  input: Partial<Record<TemplateValueName, string>>;
  /** Values refused, one sentence each (Chinese). */
  refused: string[];
  /** Assumptions made where the report could not tell (Chinese). */
  assumed: string[];
  /** One line describing the setup (Chinese). */
  text: string;
}

/** The distro family and release of an os-release ID, VERSION_ID and ID_LIKE; undefined parts when no data matches. */
export function distroOf(id: string, version: string, like: readonly string[], distros: readonly Distro[]): { distro?: Distro; release?: string } {
  const osId = id.toLowerCase();
  const parsed = leadingVersion(version);
  for (const distro of distros) {
    for (const release of distro.releases) {
      const match = release.osRelease;
      if (match === undefined || !match.ids.includes(osId)) continue;
      if (match.versions !== undefined) {
        const range = parseRange(match.versions);
        if (parsed === undefined || typeof range === 'string' || !inRange(parsed, range)) continue;
      }
      return { distro, release: release.id };
    }
  }
  for (const candidate of [osId, ...like.map((l) => l.toLowerCase())]) {
    const distro = distros.find((d) => d.osReleaseIds.includes(candidate));
    if (distro !== undefined) return { distro };
  }
  return {};
}

/** How a value is read at run time when the report's cannot be written into a command. */
const AT_RUN_TIME: Record<'user' | 'uid' | 'home', string> = { user: '$(whoami)', uid: '$(id -u)', home: '$HOME' };

/**
 * The report's rootlesskit path as a value (its AppArmor profile names it). Under the report's home, that
 * home read at run time where it is not the user's own (redacted, a report taken as root) or not a folder a
 * typed path may name (a home in /var/lib); else as written when it passes validation. Missing, unknown or
 * the packaged /usr/bin/rootlesskit (no AppArmor problem of ours): the default, silently (the step asks for
 * a path on a package install); anything else refused is said.
 */
function rootlesskitValue(raw: string | undefined, home: string | undefined, homeNotOwn: boolean, refused: string[]): TemplateValue {
  const path = raw?.trim() ?? '';
  if (path === '' || path === 'unknown' || path === 'missing' || path === PACKAGED_ROOTLESSKIT) return DEFAULT_VALUES.rootlesskit;
  const problem = validateValue('rootlesskit', path);
  const under = home !== undefined && home !== '/' && path.startsWith(`${home}/`) ? path.slice(home.length) : undefined;
  const tailSafe = under !== undefined && /^(?:\/[A-Za-z0-9._-]+)+$/.test(under) && !/\/\.\.?(?:\/|$)/.test(under) && namesRootlesskit(under);
  if (tailSafe && (homeNotOwn || problem !== undefined)) return { shellExpression: `"$HOME"${quoteShellWord(under)}` };
  if (problem === undefined) return { literal: path };
  refused.push(`报告里的 rootlesskit 路径不能写进 AppArmor 配置文件（${problem}）；不会用它生成命令。`);
  return DEFAULT_VALUES.rootlesskit;
}

/** The setup, values and description of the machine a report comes from. */
export function machineSetup(report: Report, values: Record<string, string>, distros: readonly Distro[]): MachineSetup {
  const like = Array.isArray(report.distro_like) ? report.distro_like : [];
  const { distro, release } = distroOf(values.distro_id ?? 'unknown', values.distro_version_id ?? 'unknown', like, distros);
  const assumed: string[] = [];
  const install = report.install_method === 'script' ? 'script' : 'packages';
  if (report.install_method !== 'script' && report.install_method !== 'packages') assumed.push('看不出 Docker 是怎么安装的，按软件包（deb/rpm）安装处理');
  const systemd = report.systemd_pid1 !== 'no';
  // No docker user unit on a systemd host: the install tool never finished (what stopped it is among the problems).
  const unit = !systemd ? undefined : report.rootless_service === 'absent' ? false : report.rootless_service !== undefined && report.rootless_service !== 'unknown' ? true : undefined;
  if (unit === false) assumed.push('还没有 docker 用户服务：安装工具（dockerd-rootless-setuptool.sh install）还没有运行，或没有运行完。问题都修好后运行它，它会写好服务、启动守护进程并设为自启；修复脚本的最后一步就是它。');
  if (report.systemd_pid1 !== 'yes' && report.systemd_pid1 !== 'no') assumed.push('看不出宿主机是否运行 systemd，按有 systemd 处理');
  const engineText = [values.dockerd_version, values.engine_version].find((v) => v !== undefined && leadingVersion(v) !== undefined);
  const engine = engineText === undefined ? undefined : leadingVersion(engineText);
  if (engine === undefined) assumed.push('看不出 Docker Engine 的版本，按最新版本处理');
  // Shown, never run: its hidden and control characters (a bidi override turning the text around) go.
  const distroName = (values.distro_name && values.distro_name !== 'unknown' ? values.distro_name : values.distro_id ?? 'unknown').replace(/[\p{Cc}\p{Cf}]/gu, '');
  if (distro === undefined) assumed.push(`没有认出发行版（${distroName}），按发行版分别列出命令`);

  const refused: string[] = [];
  const input: Partial<Record<TemplateValueName, string>> = {};
  // No data-root: the report's is the one to move away from, and the pages' example is no place for one (NO_RUNNABLE_DEFAULT).
  const commandValues: Partial<CommandValues> = { mtu: DEFAULT_VALUES.mtu, port: DEFAULT_VALUES.port };
  // Only a report that says it is not redacted has real names: one cut off before `redacted=` (or with it unreadable)
  // may hold the placeholders USER and /home/USER, which would pass as values (review).
  const redacted = report.redacted !== 'no';
  // A report taken as root describes root, not the user who will run rootless Docker.
  const asRoot = report.is_root === 'yes';
  for (const name of ['user', 'uid', 'home'] as const) {
    const raw = values[name] ?? 'unknown';
    if (redacted || asRoot || raw === 'unknown' || raw === '') {
      commandValues[name] = DEFAULT_VALUES[name];
      continue;
    }
    const problem = validateValue(name, raw);
    if (problem === undefined) {
      commandValues[name] = { literal: raw.trim() };
      input[name] = raw.trim();
    } else {
      // Never written into a command: the script reads the value when it runs, as the user who runs it.
      commandValues[name] = DEFAULT_VALUES[name];
      refused.push(`报告里的 ${name} 值不能写进命令（${problem}）；命令改为在运行时读取 ${AT_RUN_TIME[name]}，请以出问题的用户身份运行。`);
    }
  }
  commandValues.rootlesskit = rootlesskitValue(values.rootlesskit, values.home, redacted || asRoot, refused);
  // Listed in the script's header only as written into it (a home read at run time is not the report's text).
  if ('literal' in commandValues.rootlesskit) input.rootlesskit = commandValues.rootlesskit.literal;
  if (redacted) assumed.push('报告隐去了用户名和主目录：命令在运行时读取当前用户的值，请以出问题的用户身份运行');
  else if (asRoot) assumed.push('报告是以 root 身份生成的：命令在运行时读取当前用户的值，请以要运行 rootless Docker 的普通用户身份运行');

  const releaseName = distro?.releases.find((r) => r.id === release)?.name;
  const text = [
    releaseName ?? distro?.name ?? '发行版未知',
    install === 'script' ? '用安装脚本安装' : '用软件包安装',
    systemd ? (unit === false ? '有 systemd，还没有 docker 用户服务' : '有 systemd') : '没有 systemd',
    `Docker Engine ${engine === undefined ? '最新版' : formatVersion(engine)}`,
  ].join('；');
  return { setup: { distro, release, install, systemd, engine, unit }, values: commandValues, input, refused, assumed, text };
}
