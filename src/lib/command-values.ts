/**
 * The values a user can set for generated commands, their defaults and their validation.
 * Defaults are trusted shell expressions (they work when the rootless user runs the command);
 * anything a user types is validated here and later shell-quoted as a literal.
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
};

/** How Docker's rootless extras were installed: distro/Docker packages, or the get.docker.com rootless script. */
export type InstallMethod = 'packages' | 'script';

/** Choices besides the values that decide which fix steps apply (steps name them in `when`). */
export interface CommandSettings {
  /** Release id from src/lib/distro-releases.ts; undefined when the user did not say. */
  release?: string;
  /** How rootless Docker was installed. */
  install: InstallMethod;
  /** Whether the host runs systemd (and the user has a systemd user session). */
  systemd: boolean;
}

/** The common case: packages on a systemd host, release unknown. */
export const DEFAULT_SETTINGS: Readonly<CommandSettings> = { install: 'packages', systemd: true };

/** POSIX portable user name: letters, digits, `.`, `_`, `-` (not first), max 32, optional trailing `$` (Samba). */
const USER_NAME = /^[A-Za-z0-9._][A-Za-z0-9._-]{0,30}[A-Za-z0-9._$-]?$/;

/** Control characters (C0, DEL, C1) and lone UTF-16 surrogates: never part of a path a user means. */
const UNSAFE_IN_PATH = /[\u0000-\u001f\u007f-\u009f]|\p{Cs}/u;

/** Checks one user-typed value; returns an error message (Chinese, shown inline) or undefined when valid. */
export function validateValue(name: TemplateValueName, raw: string): string | undefined {
  const v = raw.trim();
  if (v === '') return '不能为空';
  switch (name) {
    case 'user':
      if (!USER_NAME.test(v)) return '用户名只能包含字母、数字、.、_ 和 -（不能以 - 开头），最长 32 个字符';
      return /^(\d+|\.\.?)$/.test(v) ? '用户名不能全是数字，也不能是 . 或 ..' : undefined;
    case 'uid':
      return /^(0|[1-9]\d{0,9})$/.test(v) && Number(v) <= 4294967294 ? undefined : 'UID 必须是 0–4294967294 之间的整数';
    case 'home':
    case 'dataRoot':
      if (!v.startsWith('/')) return '必须是绝对路径（以 / 开头），例如 /home/alice';
      if (UNSAFE_IN_PATH.test(v)) return '路径不能包含换行、制表符等控制字符';
      return v.length > 4096 ? '路径太长（最多 4096 个字符）' : undefined;
    case 'mtu':
      return /^[1-9]\d{3,4}$/.test(v) && Number(v) >= 1280 && Number(v) <= 65520 ? undefined : 'MTU 必须是 1280–65520 之间的整数';
    case 'port':
      return /^[1-9]\d{0,4}$/.test(v) && Number(v) <= 65535 ? undefined : '端口必须是 1–65535 之间的整数';
  }
}

/** Builds a full value set from user input: valid non-empty inputs become literals, the rest keep defaults. */
export function valuesFromInput(input: Partial<Record<TemplateValueName, string>>): CommandValues {
  const values = { ...DEFAULT_VALUES };
  for (const name of TEMPLATE_VALUE_NAMES) {
    const raw = input[name];
    if (raw !== undefined && raw.trim() !== '' && validateValue(name, raw) === undefined) values[name] = { literal: raw.trim() };
  }
  return values;
}

/** The values carried in a URL query (`?user=alice&home=/home/alice`), e.g. from an entry page's values form; unknown names are ignored. */
export function valuesFromQuery(search: string): Partial<Record<TemplateValueName, string>> {
  const params = new URLSearchParams(search);
  const input: Partial<Record<TemplateValueName, string>> = {};
  for (const name of TEMPLATE_VALUE_NAMES) {
    const value = params.get(name);
    if (value !== null && value.trim() !== '') input[name] = value.slice(0, 4096);
  }
  return input;
}
