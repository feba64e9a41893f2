/**
 * Everything the fix panel shows for one setup, computed in one pure step: which values the fix
 * uses, inline errors for what the user typed, the steps for the chosen distro and release, the
 * rendered checks and the whole fix as a script. Invalid values never reach a command.
 */
import type { Distro } from '../schemas/distro.ts';
import type { FixStep } from '../schemas/entry.ts';
import { valuesFromInput, validateValue, type CommandSettings } from './command-values.ts';
import { distroOfRelease } from './distro-releases.ts';
import { resolveFix, toScript, type ResolvedStep } from './fix-commands.ts';
import { TEMPLATE_VALUE_NAMES, placeholdersOf, renderTemplate, type TemplateValueName } from './template.ts';

/** What the panel needs to know about a fix. */
export interface FixSource {
  fix: readonly FixStep[];
  verify: readonly { run: string; expect: string }[];
  /** Distro ids the entry applies to; absent = all. */
  distros?: readonly string[];
}

/** The panel's content for one setup. */
export type FixView =
  | { status: 'no-distro' | 'not-for-distro'; fields: TemplateValueName[]; errors: Partial<Record<TemplateValueName, string>> }
  | {
      status: 'ready';
      fields: TemplateValueName[];
      errors: Partial<Record<TemplateValueName, string>>;
      distro: Distro;
      steps: ResolvedStep[];
      verify: { run: string; expect: string }[];
      script: string;
    };

/** The value names a fix's templates use, in the order of TEMPLATE_VALUE_NAMES. */
export function fieldsOf(source: FixSource): TemplateValueName[] {
  const templates = [
    ...source.fix.flatMap((s) => [s.run ?? '', ...Object.values(s.byDistro ?? {}).map((t) => t ?? '')]),
    ...source.verify.map((v) => v.run),
  ];
  const used = new Set(templates.flatMap(placeholdersOf));
  return TEMPLATE_VALUE_NAMES.filter((n) => used.has(n));
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

/** Computes the panel for a distro release (undefined: not chosen), the raw inputs and the settings. */
export function viewFix(
  source: FixSource,
  distros: readonly Distro[],
  input: Partial<Record<TemplateValueName, string>>,
  settings: CommandSettings,
): FixView {
  const fields = fieldsOf(source);
  const errors = inputErrors(input);
  const distroId = settings.release === undefined ? undefined : distroOfRelease(settings.release);
  const distro = distros.find((d) => d.id === distroId);
  if (distro === undefined) return { status: 'no-distro', fields, errors };
  if (source.distros !== undefined && !source.distros.includes(distro.id)) return { status: 'not-for-distro', fields, errors };
  const values = valuesFromInput(input);
  const steps = resolveFix(source.fix, distro, values, settings);
  const verify = source.verify.map((v) => ({ run: renderTemplate(v.run, values), expect: v.expect }));
  return { status: 'ready', fields, errors, distro, steps, verify, script: toScript(steps) };
}
