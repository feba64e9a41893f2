/**
 * The values a user can set for generated commands, their defaults and their validation.
 * Values may arrive from a link someone else crafted, so each is validated for every context it
 * can reach (a shell word, a JSON string, a systemd unit value, an AppArmor profile path): only
 * ASCII from a small set is accepted, which is inert in all of them, and everything else is
 * rejected with a message in Chinese that says what is allowed. Nothing is ever cut or repaired.
 */
import { TEMPLATE_VALUE_NAMES, type TemplateValue, type TemplateValueName } from './template.ts';

/** A complete set of values for rendering templates. */
export type CommandValues = Record<TemplateValueName, TemplateValue>;

/** What renders when the user has set nothing: correct for the user who runs the command. */
export const DEFAULT_VALUES: Readonly<CommandValues> = {
  user: { shellExpression: '"$(whoami)"' },
  uid: { shellExpression: '"$(id -u)"' },
  home: { shellExpression: '"$HOME"' },
  mtu: { literal: '65520' },
  port: { literal: '8080' },
  dataRoot: { literal: '/somewhere-out-of-nfs' },
  // Where the install script puts it (get.docker.com/rootless, as upstream's AppArmor hint for it says).
  rootlesskit: { shellExpression: '"$HOME/bin/rootlesskit"' },
};

/** How Docker's rootless extras were installed: distro/Docker packages, or the get.docker.com rootless script. */
export type InstallMethod = 'packages' | 'script';

/** Choices besides the values that decide which fix steps apply (steps name them in `when`). */
export interface CommandSettings {
  /** Release id from the distros' `releases`; undefined when the user did not say. */
  release?: string;
  /** How rootless Docker was installed. */
  install: InstallMethod;
  /** Whether the host runs systemd (and the user has a systemd user session). */
  systemd: boolean;
  /** Docker Engine version (`29.5`), or undefined for the newest. */
  engine?: string | undefined;
}

/** The common case: packages on a systemd host, newest Engine, release unknown. */
export const DEFAULT_SETTINGS: Readonly<CommandSettings> = { install: 'packages', systemd: true };

/** Longest value accepted; anything longer is refused, never cut. */
export const MAX_VALUE_LENGTH = 255;

/** shadow-utils' rule (useradd): letters, digits, `.`, `_`, `-` (not first), optional trailing `$`; at most 32. */
const USER_NAME = /^[A-Za-z0-9._][A-Za-z0-9._-]{0,30}[A-Za-z0-9._$-]?$/;

/** A path as every context can hold it: absolute, ASCII letters, digits, `.`, `_`, `-` and `/`. */
const SAFE_PATH = /^\/[A-Za-z0-9._/-]*$/;

/** Characters that change how text is shown or split without being seen (bidi controls, zero-width, separators). */
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb]/u;

/**
 * The names the daemon's launcher runs RootlessKit under (moby contrib/dockerd-rootless.sh looks for
 * `docker-rootlesskit`, then `rootlesskit`): a profile that lets a program create user namespaces is
 * written for nothing else, so a crafted link cannot unconfine a shell or any other program.
 */
const ROOTLESSKIT_NAMES: readonly string[] = ['rootlesskit', 'docker-rootlesskit'];

/** Whether a path's last part is one of ROOTLESSKIT_NAMES. */
export function namesRootlesskit(path: string): boolean {
  return ROOTLESSKIT_NAMES.includes(path.slice(path.lastIndexOf('/') + 1));
}

/** Where Ubuntu's apparmor package already has a profile for RootlessKit (apparmor.d/rootlesskit, apparmor ≥ 4.0). */
export const PACKAGED_ROOTLESSKIT = '/usr/bin/rootlesskit';

/**
 * The folders a typed rootlesskit may be in: those only root writes to on the distros here, and people's
 * homes. Not any other: a world-writable one (`/var/crash`) would let anyone put a program there that the
 * profile lets create user namespaces. The command also checks, when it runs, that the file and its folder
 * belong to root or the user and that no one else can write them (step-render.ts).
 */
const ROOTLESSKIT_FOLDERS = ['/usr/local/bin/', '/usr/local/sbin/', '/usr/local/libexec/', '/usr/sbin/', '/usr/libexec/', '/opt/', '/home/'];

/** Folders every user can write to, or that are not files at all: no profile or data-root may point there. */
const UNSAFE_ROOTS = ['/tmp', '/var/tmp', '/dev/shm', '/dev', '/proc', '/sys', '/run'];

/** Top-level system folders that are never a user's home or a data-root by themselves. */
const SYSTEM_DIRS = new Set(['/', '/bin', '/boot', '/etc', '/lib', '/lib32', '/lib64', '/libx32', '/opt', '/root', '/sbin', '/srv', '/usr', '/var']);

/** The first invisible character in a value, as `U+202E`, or undefined. */
function invisibleIn(v: string): string | undefined {
  const m = INVISIBLE.exec(v);
  return m ? `U+${(m[0].codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}` : undefined;
}

/** Checks a path value; undefined when it is safe in every context it can reach. */
function pathProblem(v: string, example: string): string | undefined {
  if (!v.startsWith('/')) return `必须是绝对路径（以 / 开头），例如 ${example}`;
  if (!SAFE_PATH.test(v)) return '路径只能包含英文字母、数字和 . _ - /（不能有空格、引号、$、*、中文等字符）';
  const segments = v.split('/').slice(1);
  if (segments.some((s) => s === '..' || s === '.')) return '路径不能包含 . 或 .. 这样的目录段';
  if (v.includes('//') || (v.length > 1 && v.endsWith('/'))) return '路径里不能有连续的 /，也不要以 / 结尾';
  if (SYSTEM_DIRS.has(v)) return `${v} 是系统目录，不能用在这里；请填写具体的子目录，例如 ${example}`;
  if (UNSAFE_ROOTS.some((root) => v === root || v.startsWith(`${root}/`))) return `不能使用 ${v.split('/').slice(0, 2).join('/')} 下的路径：那里任何用户都能写入，或者不是普通目录`;
  return undefined;
}

/** Checks one user-typed value; returns an error message (Chinese, shown inline) or undefined when valid. */
export function validateValue(name: TemplateValueName, raw: string): string | undefined {
  const invisible = invisibleIn(raw);
  if (invisible !== undefined) return `包含看不见的控制字符（${invisible}），可能是从别处复制来的；请手动重新输入`;
  const v = raw.trim();
  if (v === '') return '不能为空';
  // A user name's own rule (at most 32) says more than the general limit.
  if (v.length > MAX_VALUE_LENGTH && name !== 'user') return `太长了（最多 ${MAX_VALUE_LENGTH} 个字符）`;
  switch (name) {
    case 'user':
      if (!USER_NAME.test(v)) return '用户名只能包含英文字母、数字、.、_ 和 -（不能以 - 开头），最长 32 个字符';
      if (/^(\d+|\.\.?)$/.test(v)) return '用户名不能全是数字，也不能是 . 或 ..';
      // As UID 0 below: a link or report naming root would give root sub-IDs and linger, which rootless Docker never uses.
      return v === 'root' ? 'root 是管理员账户：rootless 模式要用普通用户运行，请填写那个普通用户的用户名' : undefined;
    case 'uid':
      if (!/^(0|[1-9]\d{0,9})$/.test(v) || Number(v) > 4294967294) return 'UID 必须是 1–4294967294 之间的整数';
      return v === '0' ? 'UID 0 是 root：rootless 模式要用普通用户运行' : undefined;
    case 'home':
      return pathProblem(v, '/home/alice');
    case 'dataRoot':
      return pathProblem(v, '/srv/docker-data');
    case 'rootlesskit': {
      const problem = pathProblem(v, '/usr/local/bin/rootlesskit');
      if (problem !== undefined) return problem;
      if (!namesRootlesskit(v)) return '必须是 rootlesskit 程序本身的路径（以 /rootlesskit 或 /docker-rootlesskit 结尾），可以用 command -v rootlesskit 查看，例如 /usr/local/bin/rootlesskit';
      if (v === PACKAGED_ROOTLESSKIT) return 'Ubuntu 的 apparmor 软件包已经带有 /usr/bin/rootlesskit 的配置文件，不需要再写；如果仍然报错，原因在别处';
      return ROOTLESSKIT_FOLDERS.some((folder) => v.startsWith(folder)) ? undefined
        : 'rootlesskit 只能在 /usr/local、/usr/sbin、/usr/libexec、/opt 或 /home 下；装在你自己家目录里的（例如 ~/bin），留空即可，默认就是 ~/bin/rootlesskit';
    }
    case 'mtu':
      // RootlessKit refuses more than 65521 (cmd/rootlesskit/main.go: mtu must be <= 65521).
      return /^[1-9]\d{3,4}$/.test(v) && Number(v) >= 1280 && Number(v) <= 65521 ? undefined : 'MTU 必须是 1280–65521 之间的整数';
    case 'port':
      return /^[1-9]\d{0,4}$/.test(v) && Number(v) <= 65535 ? undefined : '端口必须是 1–65535 之间的整数';
  }
}

/** Inline errors for non-empty inputs that fail validation (empty means "use the default"). */
export function inputErrors(input: Partial<Record<TemplateValueName, string>>): Partial<Record<TemplateValueName, string>> {
  const errors: Partial<Record<TemplateValueName, string>> = {};
  for (const name of TEMPLATE_VALUE_NAMES) {
    const raw = input[name] ?? '';
    const error = raw.trim() === '' ? undefined : validateValue(name, raw);
    if (error !== undefined) errors[name] = error;
  }
  return errors;
}

/**
 * Values that have no default in a command generated to be run (the wizard's, the doctor's): the
 * pages' example data-root (`/somewhere-out-of-nfs`, upstream's) is no place to put one, so a step that
 * needs it gives no command until the reader names a directory.
 */
export const NO_RUNNABLE_DEFAULT: readonly TemplateValueName[] = ['dataRoot'];

/**
 * Builds a full value set from user input: valid inputs become literals, empty ones keep their
 * defaults (none for NO_RUNNABLE_DEFAULT); an invalid input leaves its name out, so the steps that
 * use it render no command.
 */
export function valuesFromInput(input: Partial<Record<TemplateValueName, string>>): Partial<CommandValues> {
  const values: Partial<CommandValues> = {};
  for (const name of TEMPLATE_VALUE_NAMES) {
    const raw = input[name] ?? '';
    if (raw.trim() === '') { if (!NO_RUNNABLE_DEFAULT.includes(name)) values[name] = DEFAULT_VALUES[name]; }
    else if (validateValue(name, raw) === undefined) values[name] = { literal: raw.trim() };
  }
  return values;
}

/** The values carried in a URL query (`?user=alice&home=/home/alice`), as given: they are validated like typed ones. */
export function valuesFromQuery(search: string): Partial<Record<TemplateValueName, string>> {
  const params = new URLSearchParams(search);
  const input: Partial<Record<TemplateValueName, string>> = {};
  for (const name of TEMPLATE_VALUE_NAMES) {
    const value = params.get(name);
    if (value !== null && value.trim() !== '') input[name] = value;
  }
  return input;
}
