/** The values form of the fix panel: distro, install method, systemd, and the values the fix uses. */
import type { CommandSettings, InstallMethod } from '../../lib/command-values.ts';
import type { TemplateValueName } from '../../lib/template.ts';
import type { FixText } from './wizard-text.ts';

/** A choice in the distro select. */
export interface DistroChoice { id: string; label: string; release?: string }

interface Props {
  text: FixText;
  fields: TemplateValueName[];
  input: Partial<Record<TemplateValueName, string>>;
  errors: Partial<Record<TemplateValueName, string>>;
  settings: CommandSettings;
  choices: DistroChoice[];
  /** The id of the chosen distro choice ('' when none). */
  choice: string;
  onInput: (name: TemplateValueName, value: string) => void;
  onSettings: (settings: Partial<CommandSettings>) => void;
  onChoice: (id: string) => void;
}

/** Renders the form; every input is labelled and shows its error inline (aria-invalid + described-by). */
export default function ValuesForm({ text, fields, input, errors, settings, choices, choice, onInput, onSettings, onChoice }: Props) {
  const value = (e: Event) => (e.currentTarget as HTMLInputElement).value;
  return (
    <form class="rd-values" onSubmit={(e) => e.preventDefault()}>
      <p class="rd-muted">{text.valuesHint}</p>
      <label class="rd-field">
        <span>{text.distro}</span>
        <select value={choice} onChange={(e) => onChoice(value(e))}>
          <option value="" disabled={choice !== ''}>{text.distroNone}</option>
          {choices.filter((c) => c.release !== undefined).map((c) => <option value={c.id}>{c.label}</option>)}
        </select>
      </label>
      <fieldset class="rd-field">
        <legend>{text.install}</legend>
        {(['packages', 'script'] as InstallMethod[]).map((m) => (
          <label class="rd-inline">
            <input type="radio" name="rd-install" value={m} checked={settings.install === m} onChange={() => onSettings({ install: m })} />
            {m === 'packages' ? text.installPackages : text.installScript}
          </label>
        ))}
      </fieldset>
      <label class="rd-inline rd-field">
        <input type="checkbox" checked={settings.systemd} onChange={(e) => onSettings({ systemd: (e.currentTarget as HTMLInputElement).checked })} />
        {text.systemd}
      </label>
      {fields.length === 0 && <p class="rd-muted">{text.noValues}</p>}
      {fields.map((name) => {
        const error = errors[name];
        return (
          <label class="rd-field" key={name}>
            <span>{text.fields[name]}</span>
            <input
              name={name} value={input[name] ?? ''} placeholder={text.placeholders[name]} autocomplete="off" spellcheck={false}
              aria-invalid={error !== undefined} aria-describedby={error !== undefined ? `rd-error-${name}` : undefined}
              onInput={(e) => onInput(name, value(e))}
            />
            {error !== undefined && <span id={`rd-error-${name}`} class="rd-error">{error}</span>}
          </label>
        );
      })}
    </form>
  );
}
