/**
 * The command generator's state and what it shows: the setup and values in the URL (so a link
 * restores them, and values that came from a link are said to), the controls that change this
 * entry's steps, and the script header. Pure; the FixPanel island wires it to the page.
 */
import type { Distro } from '../schemas/distro.ts';
import { DEFAULT_SETTINGS, inputErrors, validateValue, valuesFromInput, valuesFromQuery, type CommandSettings, type InstallMethod } from './command-values.ts';
import { engineVersion, type Setup } from './conditions.ts';
import { dependsOn, engineBuckets, fieldsOf, viewFix, type FixSource, type FixView } from './fix-view.ts';
import { TEMPLATE_VALUE_NAMES, type TemplateValueName } from './template.ts';
import { compareVersions, formatVersion, type Version, type VersionBucket } from './version-range.ts';

/** URL parameters of the generator's settings (values use their own names: `?user=…`). */
export const SETTING_PARAMS = { alternative: 'fix', install: 'install', systemd: 'systemd', engine: 'engine' } as const;

/** Everything the user chose besides the distro. */
export interface GeneratorState {
  /** Id of the chosen fix alternative ('' = the first). */
  alternative: string;
  settings: CommandSettings;
  /** Raw values as typed or as they came in the URL. */
  input: Partial<Record<TemplateValueName, string>>;
  /** Names whose value came from the URL and was not edited since. */
  fromLink: TemplateValueName[];
  /** True when the URL gave an Engine version that is not one (`engine=abc`): the newest is used, and the page says so. */
  engineUnreadable?: true;
}

/** Reads the state from a URL search string; anything unreadable falls back to the default. */
export function stateFromQuery(search: string): GeneratorState {
  const params = new URLSearchParams(search);
  const install = params.get(SETTING_PARAMS.install);
  const engine = params.get(SETTING_PARAMS.engine) ?? undefined;
  const input = valuesFromQuery(search);
  return {
    alternative: /^[a-z0-9-]{1,40}$/.test(params.get(SETTING_PARAMS.alternative) ?? '') ? params.get(SETTING_PARAMS.alternative) ?? '' : '',
    settings: {
      install: install === 'script' ? 'script' : DEFAULT_SETTINGS.install,
      systemd: params.get(SETTING_PARAMS.systemd) !== '0',
      ...(engineVersion(engine) !== undefined && { engine: formatVersion(engineVersion(engine)!) }),
    },
    input,
    fromLink: TEMPLATE_VALUE_NAMES.filter((n) => input[n] !== undefined),
    ...(engine !== undefined && engine !== '' && engineVersion(engine) === undefined && { engineUnreadable: true as const }),
  };
}

/** Writes the state into a URL search string, keeping other parameters (the wizard's path); defaults are left out. */
export function queryForState(search: string, state: GeneratorState): string {
  const params = new URLSearchParams(search);
  const set = (name: string, value: string | undefined) => (value === undefined || value === '' ? params.delete(name) : params.set(name, value));
  set(SETTING_PARAMS.alternative, state.alternative);
  set(SETTING_PARAMS.install, state.settings.install === 'script' ? 'script' : undefined);
  set(SETTING_PARAMS.systemd, state.settings.systemd ? undefined : '0');
  set(SETTING_PARAMS.engine, state.settings.engine);
  for (const name of TEMPLATE_VALUE_NAMES) set(name, state.input[name]?.trim());
  const text = params.toString().replaceAll('%2F', '/');
  return text === '' ? '' : `?${text}`;
}

/** An Engine version choice: '' for the newest, else a representative version of a tab; `version` is that tab's version even for the newest. */
export interface EngineChoice { value: string; label: string; version: string }

/** What the generator shows for an entry: controls that matter, errors, the view for the setup. */
export interface GeneratorView {
  fields: TemplateValueName[];
  errors: Partial<Record<TemplateValueName, string>>;
  /** Setup controls to show: only those that change this entry's steps. */
  controls: { install: boolean; systemd: boolean; engine: EngineChoice[] };
  view: FixView;
  /** The chosen alternative's index in `view.alternatives`: the one asked for, else the first with a step for this setup. */
  chosen: number;
  /** The `controls.engine` choice the steps are for: the tab holding the version asked for ('' for the newest). */
  engineChoice: string;
  /** True when no version was asked for and nothing applies to the newest, so the steps are for the newest version that has the problem (a regression fixed since). */
  engineDefaulted: boolean;
}

/** Whether any alternative has a step for the setup it was viewed for. */
function hasSteps(view: FixView): boolean {
  return view.alternatives.some((a) => a.steps.length > 0);
}

/** The index of the version tab (newest first) that holds a version; the oldest tab for one below every bound. */
export function bucketIndex(buckets: readonly VersionBucket[], version: Version | undefined): number {
  if (version === undefined) return 0;
  const found = buckets.findIndex((b) => compareVersions(b.representative, version) <= 0);
  return found >= 0 ? found : buckets.length - 1;
}

/** Computes the generator's view for a distro (undefined: unknown, every family shown) and a release. */
export function generatorView(source: FixSource, distros: readonly Distro[], distro: Distro | undefined, release: string | undefined, state: GeneratorState): GeneratorView {
  const values = valuesFromInput(state.input);
  const setup: Setup = {
    distro, release, install: state.settings.install, systemd: state.settings.systemd,
    engine: engineVersion(state.settings.engine),
  };
  const buckets = engineBuckets(source.entry);
  const other = (install: InstallMethod) => (install === 'packages' ? 'script' : 'packages');
  const engine = buckets.length === 0 ? [] : buckets.map((b, i) => ({ value: i === 0 ? '' : formatVersion(b.representative), label: b.label, version: formatVersion(b.representative) }));
  const asIs = viewFix(source, setup, values, distros);
  // No version asked for and nothing to do on the newest: the reader is on a release that has the problem.
  const affected = setup.engine === undefined && !hasSteps(asIs)
    ? buckets.findIndex((b, i) => i > 0 && hasSteps(viewFix(source, { ...setup, engine: b.representative }, values, distros)))
    : -1;
  const effective: Setup = affected > 0 ? { ...setup, engine: buckets[affected]!.representative } : setup;
  const view = affected > 0 ? viewFix(source, effective, values, distros) : asIs;
  const asked = source.entry.fixes.findIndex((a) => a.id === state.alternative);
  return {
    fields: fieldsOf(source.entry),
    errors: inputErrors(state.input),
    controls: {
      install: dependsOn(source, effective, { install: other(effective.install ?? 'packages') }, values, distros),
      systemd: dependsOn(source, effective, { systemd: !effective.systemd }, values, distros),
      engine,
    },
    view,
    chosen: asked >= 0 ? asked : Math.max(0, view.alternatives.findIndex((a) => a.steps.length > 0)),
    engineChoice: engine[bucketIndex(buckets, effective.engine)]?.value ?? '',
    engineDefaulted: affected > 0,
  };
}

/**
 * The script's header lines (comments): what it does, for which entry, setup and values. Only the values
 * the entry's commands use (`fields`) and that pass validation are named: a link may carry others, never
 * checked because no field shows them, and a refused one reaches no command, so neither reaches the script.
 */
export function scriptHeader(title: string, alternative: string, setupText: string, input: Partial<Record<TemplateValueName, string>>, fields: readonly TemplateValueName[]): string[] {
  const given = (n: TemplateValueName) => (input[n] ?? '').trim();
  const values = fields.filter((n) => given(n) !== '' && validateValue(n, given(n)) === undefined).map((n) => `${n}=${given(n)}`).join(' ');
  return [
    `rootless-doctor 生成的修复脚本：${title}${alternative !== '' ? `（${alternative}）` : ''}`,
    `适用于：${setupText}`,
    ...(values !== '' ? [`填入的值：${values}`] : ['没有填写值：命令在运行时取当前用户的值']),
    '以出问题的 rootless 用户身份运行；需要 root 的命令会自己调用 sudo。',
  ];
}
