/**
 * Turns one fix step's action into what the user sees and runs for a setup: shell text, a note
 * that it is not needed, that no command is verified, that a value is missing, a manual step, or
 * one command per distro family when the distro is unknown. Values reach other languages only
 * through their encoders (encoders.ts), and the shell only through quoteShellWord.
 */
import type { Distro } from '../schemas/distro.ts';
import type { FixAction } from '../schemas/entry.ts';
import { DEFAULT_VALUES, namesRootlesskit, type CommandValues } from './command-values.ts';
import type { Setup } from './conditions.ts';
import { appArmorProfileName, EncodingError, encodeJson, encodeUnitEnvironment, type JsonValue } from './encoders.ts';
import { PACKAGE_PURPOSES } from './packages.ts';
import { quoteShellWord } from './shell-quote.ts';
import { placeholdersOf, renderTemplate, type TemplateValueName } from './template.ts';

/** What a step shows. */
export type StepBody =
  | { kind: 'commands'; text: string }
  | { kind: 'not-needed' }
  | { kind: 'unverified' }
  | { kind: 'needs-value'; names: TemplateValueName[] }
  | { kind: 'manual'; text: string }
  | { kind: 'per-family'; provides?: string; families: { name: string; text: string | null | undefined }[] };

/** What rendering needs besides the action: the setup, the values and all distros (for "other"). */
export interface RenderContext {
  setup: Setup;
  /** Values by name; a name left out was typed but is invalid. */
  values: Partial<CommandValues>;
  /** Every distro, in tab order (for the per-family list when the distro is unknown). */
  distros: readonly Distro[];
  /** The entry's slug (names the drop-in file a `serviceEnv` step writes). */
  slug: string;
}

/** The restart of a host without systemd (upstream: "dockerd-rootless.sh needs to be started manually"). */
const MANUAL_RESTART = '没有 systemd 时：在运行 dockerd-rootless.sh 的终端里按 Ctrl+C 停止它，再以 rootless 用户身份重新运行 dockerd-rootless.sh。';

/** Fills a template, or says which values are missing (invalid input never renders a command). */
function fill(template: string, values: Partial<CommandValues>): StepBody {
  const missing = placeholdersOf(template).filter((n): n is TemplateValueName => !(n in values));
  if (missing.length > 0) return { kind: 'needs-value', names: missing };
  return { kind: 'commands', text: renderTemplate(template, values as CommandValues) };
}

/** The install command for package keys on a distro: text, null when nothing is needed, undefined when unverified. */
export function installCommand(keys: readonly string[], distro: Distro): string | null | undefined {
  const names = keys.map((key) => distro.packages[key]);
  if (names.some((n) => n === undefined)) return undefined;
  const needed = [...new Set(names.filter((n): n is string => n !== null))];
  return needed.length === 0 ? null : distro.packageManager.install + needed.map(quoteShellWord).join(' ');
}

/** Replaces whole-string placeholders in a JSON value with literal values; undefined when one is missing or not a literal. */
function fillJson(value: JsonValue, values: Partial<CommandValues>, missing: Set<TemplateValueName>): JsonValue {
  if (typeof value === 'string') {
    const [name] = placeholdersOf(value) as TemplateValueName[];
    if (name === undefined) return value;
    const v = values[name];
    if (v === undefined || !('literal' in v)) {
      missing.add(name);
      return '';
    }
    return name === 'mtu' || name === 'port' ? Number(v.literal) : v.literal;
  }
  if (Array.isArray(value)) return value.map((v) => fillJson(v, values, missing));
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fillJson(v, values, missing)]));
  return value;
}

/**
 * Merges keys into the rootless daemon.json without ever truncating it: a new or empty file gets
 * the keys; an existing one is merged by jq (`. * $set`, recursive) or python3, after a backup;
 * with neither, the step stops and says what to add by hand. The JSON comes from the JSON encoder
 * and reaches the shell as one quoted word.
 */
export function daemonJsonCommands(set: Record<string, JsonValue>): string {
  const json = quoteShellWord(encodeJson(set));
  const merge = 'import json,sys; p=sys.argv[1]; d=json.load(open(p)); s=json.loads(sys.argv[2])\n'
    + 'def m(a,b):\n  for k,v in b.items(): a[k]=m(a[k],v) if isinstance(v,dict) and isinstance(a.get(k),dict) else v\n  return a\n'
    + "open(p+'.new','w').write(json.dumps(m(d,s),indent=2)+'\\n')";
  return [
    'cfg="${XDG_CONFIG_HOME:-$HOME/.config}/docker/daemon.json"',
    `set_json=${json}`,
    'mkdir -p "$(dirname "$cfg")"',
    'if [ ! -s "$cfg" ]; then',
    '  printf \'%s\\n\' "$set_json" > "$cfg"',
    'elif command -v jq > /dev/null 2>&1; then',
    '  cp "$cfg" "$cfg.bak" && jq --argjson set "$set_json" \'. * $set\' "$cfg.bak" > "$cfg.new" && mv "$cfg.new" "$cfg"',
    'elif command -v python3 > /dev/null 2>&1; then',
    `  cp "$cfg" "$cfg.bak" && python3 -c ${quoteShellWord(merge)} "$cfg" "$set_json" && mv "$cfg.new" "$cfg"`,
    'else',
    '  printf \'%s\\n\' "$cfg 已有内容，但这台主机没有 jq 或 python3，无法安全合并。请手动把下面的设置加进去：" "$set_json" >&2',
    '  false',
    'fi',
  ].join('\n');
}

function daemonJson(set: Record<string, JsonValue>, values: Partial<CommandValues>): StepBody {
  const missing = new Set<TemplateValueName>();
  const filled = fillJson(set, values, missing) as Record<string, JsonValue>;
  return missing.size > 0 ? { kind: 'needs-value', names: [...missing] } : { kind: 'commands', text: daemonJsonCommands(filled) };
}

/** The value of one environment variable: text, or a placeholder's literal; undefined when missing. */
function envValue(value: string, values: Partial<CommandValues>): string | undefined {
  const [name] = placeholdersOf(value) as TemplateValueName[];
  if (name === undefined) return value;
  const v = values[name];
  return v !== undefined && 'literal' in v ? v.literal : undefined;
}

function serviceEnv(env: Record<string, string>, ctx: RenderContext): StepBody {
  const pairs = Object.entries(env).map(([name, value]) => [name, envValue(value, ctx.values), value] as const);
  const missing = pairs.filter(([, v]) => v === undefined).flatMap(([, , raw]) => placeholdersOf(raw) as TemplateValueName[]);
  if (missing.length > 0) return { kind: 'needs-value', names: missing };
  if (ctx.setup.systemd === false) {
    const exports = pairs.map(([name, value]) => `export ${name}=${quoteShellWord(value ?? '')}`).join('\n');
    return { kind: 'commands', text: `${exports}\n# 然后在这个 shell 里重新启动 dockerd-rootless.sh，变量才会生效。` };
  }
  const lines = ['[Service]', ...pairs.map(([name, value]) => encodeUnitEnvironment(name, value ?? ''))];
  const dir = '"${XDG_CONFIG_HOME:-$HOME/.config}/systemd/user/docker.service.d"';
  return {
    kind: 'commands',
    text: [
      `dropin=${dir}`,
      'mkdir -p "$dropin"',
      `printf '%s\\n' ${lines.map(quoteShellWord).join(' ')} > "$dropin/${ctx.slug}.conf"`,
      'systemctl --user daemon-reload',
    ].join('\n'),
  };
}

/** The install script's rootlesskit, as the default value reads it at run time. */
const RUNTIME_ROOTLESSKIT = 'shellExpression' in DEFAULT_VALUES.rootlesskit ? DEFAULT_VALUES.rootlesskit.shellExpression : '';

/** The marker line written into profiles this site generates, so a later run may replace only those. */
export const PROFILE_MARKER = '# Written by rootless-doctor.';

/**
 * The AppArmor profile step for a binary given as `{{rootlesskit}}` or `{{home}}/…` (schema): a typed
 * path is checked and written in literally (file name and all); a default is read when the command
 * runs, and the command checks it before it is used.
 */
function appArmorProfile(binary: string, values: Partial<CommandValues>, install: Setup['install']): StepBody {
  const name = binary.startsWith('{{rootlesskit}}') ? 'rootlesskit' : 'home';
  const value = values[name];
  // The default is where the install script puts rootlesskit: for a package install it would name a file that is not there.
  const scriptsPlace = name === 'rootlesskit' && value !== undefined && 'shellExpression' in value && value.shellExpression === RUNTIME_ROOTLESSKIT;
  if (value === undefined || (scriptsPlace && install === 'packages')) return { kind: 'needs-value', names: [name] };
  const tail = binary.slice(`{{${name}}}`.length);
  // A typed path is checked now; the runtime default ($HOME) is checked by the command before it is used.
  let assign: string;
  let filename: string;
  if ('literal' in value) {
    const path = `${value.literal}${tail}`;
    if (!namesRootlesskit(path)) {
      throw new EncodingError(`"${path}" is not a rootlesskit binary: a profile that allows user namespaces is written for rootlesskit only`);
    }
    assign = `profile_path=${quoteShellWord(path)}`;
    filename = quoteShellWord(appArmorProfileName(path));
  } else {
    assign = `profile_path=${value.shellExpression}${tail === '' ? '' : quoteShellWord(tail)}`;
    filename = '"$(printf \'%s\' "$profile_path" | sed -e \'s@^/@@\' -e \'s@/@.@g\')"';
  }
  return {
    kind: 'commands',
    text: [
      assign,
      `filename=${filename}`,
      // The file and its folder owned by root or this user, and not world-writable: else anyone could put a program there that the profile
      // unconfines. (Group-writable is let be: with a private group per user, Ubuntu's default umask 002 makes ~/bin 775.)
      'owned_here() { set -- "$(stat -c %u "$1")" "$(stat -c %a "$1")"; { [ "$1" = 0 ] || [ "$1" = "$(id -u)" ]; } && case "$2" in *[2367]) false ;; esac; }',
      'if printf \'%s\' "$profile_path" | grep -q \'[^A-Za-z0-9._/-]\'; then',
      '  printf \'%s\\n\' "路径 $profile_path 含有 AppArmor 配置文件不能直接写入的字符，请手动编写配置文件。" >&2',
      '  false',
      'elif [ ! -f "$profile_path" ]; then',
      '  printf \'%s\\n\' "$profile_path 不存在：请填写守护进程实际用的那个 rootlesskit 的路径，也就是 command -v rootlesskit。" >&2',
      '  false',
      'elif ! owned_here "$profile_path" || ! owned_here "$(dirname "$profile_path")"; then',
      '  printf \'%s\\n\' "$profile_path 或它所在的目录不属于 root 或你自己，或者任何用户都能写入：为它写配置文件会让别人放进去的程序也能创建用户命名空间，这里停下。" >&2',
      '  false',
      `elif [ -e "/etc/apparmor.d/$filename" ] && ! grep -qF ${quoteShellWord(PROFILE_MARKER)} "/etc/apparmor.d/$filename"; then`,
      '  printf \'%s\\n\' "/etc/apparmor.d/$filename 已存在且不是本站生成的，为免覆盖，这里停下。" >&2',
      '  false',
      'else',
      '  sudo tee "/etc/apparmor.d/$filename" > /dev/null <<EOF',
      PROFILE_MARKER,
      'abi <abi/4.0>,',
      'include <tunables/global>',
      '',
      '"$profile_path" flags=(unconfined) {',
      '  userns,',
      '',
      '  include if exists <local/$filename>',
      '}',
      'EOF',
      'fi',
    ].join('\n'),
  };
}

/** One command per distro family, for a reader whose distro is unknown. */
function perFamily(distros: readonly Distro[], text: (d: Distro) => string | null | undefined, provides?: string): StepBody {
  return { kind: 'per-family', ...(provides !== undefined && { provides }), families: distros.map((d) => ({ name: d.name, text: text(d) })) };
}

/** Renders an action for a setup. */
export function renderAction(action: FixAction, ctx: RenderContext): StepBody {
  const { distro } = ctx.setup;
  switch (action.kind) {
    case 'run':
      return fill(action.template, ctx.values);
    case 'byDistro': {
      if (distro === undefined) {
        const filled = (d: Distro) => {
          const t = action.templates[d.id];
          if (t === null || t === undefined) return t;
          const body = fill(t, ctx.values);
          return body.kind === 'commands' ? body.text : undefined;
        };
        return perFamily(ctx.distros, filled);
      }
      const template = action.templates[distro.id];
      return template === undefined ? { kind: 'unverified' } : template === null ? { kind: 'not-needed' } : fill(template, ctx.values);
    }
    case 'install': {
      const provides = action.packages.map((k) => PACKAGE_PURPOSES[k] ?? k).join('、');
      if (distro === undefined) return perFamily(ctx.distros, (d) => installCommand(action.packages, d), provides);
      const command = installCommand(action.packages, distro);
      return command === undefined ? { kind: 'unverified' } : command === null ? { kind: 'not-needed' } : { kind: 'commands', text: command };
    }
    case 'daemonJson':
      return daemonJson(action.set, ctx.values);
    case 'serviceEnv':
      return serviceEnv(action.env, ctx);
    case 'restart':
      if (ctx.setup.systemd === false) return { kind: 'manual', text: MANUAL_RESTART };
      return { kind: 'commands', text: ctx.setup.unit === false ? INSTALL_TOOL_COMMAND : 'systemctl --user restart docker' };
    case 'appArmorProfile':
      return appArmorProfile(action.binary, ctx.values, ctx.setup.install);
  }
}

/**
 * What takes a restart's place where the install tool never finished (no docker user unit: a doctor
 * report's `rootless_service=absent`): running it again, which writes the unit, starts the daemon and
 * enables it (moby contrib/dockerd-rootless-setuptool.sh `install_systemd`), once what stopped it is fixed.
 */
export const INSTALL_TOOL_COMMAND = 'dockerd-rootless-setuptool.sh install';

/** The note an entry page adds under a restart step, for hosts without systemd. */
export const RESTART_WITHOUT_SYSTEMD = MANUAL_RESTART;
