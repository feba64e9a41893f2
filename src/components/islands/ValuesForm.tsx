/** The generator's form: distro, fix alternative, the setup controls that matter for this entry, and the values. */
import type { GeneratorState, GeneratorView } from '../../lib/generator.ts';
import type { AlternativeView } from '../../lib/fix-view.ts';
import type { FixText } from './wizard-text.ts';

/** A choice in the distro select. */
export interface DistroChoice { id: string; label: string; release?: string }

interface Props {
  text: FixText;
  g: GeneratorView;
  state: GeneratorState;
  choices: DistroChoice[];
  /** The id of the chosen distro choice ('' when none). */
  choice: string;
  alternatives: AlternativeView[];
  onState: (state: GeneratorState) => void;
  onChoice: (id: string) => void;
}

/** Renders the form; every input is labelled and shows its error inline (aria-invalid + described-by). */
export default function ValuesForm({ text, g, state, choices, choice, alternatives, onState, onChoice }: Props) {
  const value = (e: Event) => (e.currentTarget as HTMLInputElement).value;
  const settings = (s: Partial<GeneratorState['settings']>) => {
    // A version chosen here replaces the unreadable one of the link, and its note goes.
    const { engineUnreadable: _read, ...rest } = state;
    onState({ ...('engine' in s ? rest : state), settings: { ...state.settings, ...s } });
  };
  return (
    <form class="rd-values" onSubmit={(e) => e.preventDefault()}>
      <p class="rd-muted">{text.valuesHint}</p>
      <label class="rd-field">
        <span>{text.distro}</span>
        <select value={choice} onChange={(e) => onChoice(value(e))}>
          <option value="" disabled={choice !== ''}>{text.distroNone}</option>
          {choices.map((c) => <option value={c.id}>{c.label}</option>)}
        </select>
      </label>
      {alternatives.length > 1 && (
        <fieldset class="rd-field">
          <legend>{text.alternative}</legend>
          {alternatives.map((a, i) => (
            <label class="rd-inline">
              <input type="radio" name="rd-alternative" checked={i === g.chosen} onChange={() => onState({ ...state, alternative: a.id })} />
              {a.label}
            </label>
          ))}
        </fieldset>
      )}
      {g.controls.engine.length > 0 && (
        <label class="rd-field">
          <span>{text.engine}</span>
          {/* The newest, when picked, is asked for by its version: left unset, a default to an older version could come back. */}
          <select value={g.engineChoice} onChange={(e) => settings({ engine: value(e) !== '' ? value(e) : g.controls.engine[0]?.version })}>
            {g.controls.engine.map((c) => <option value={c.value}>{c.label}</option>)}
          </select>
          <span class="rd-muted">{text.engineHint}</span>
        </label>
      )}
      {g.controls.install && (
        <fieldset class="rd-field">
          <legend>{text.install}</legend>
          {(['packages', 'script'] as const).map((m) => (
            <label class="rd-inline">
              <input type="radio" name="rd-install" value={m} checked={state.settings.install === m} onChange={() => settings({ install: m })} />
              {m === 'packages' ? text.installPackages : text.installScript}
            </label>
          ))}
        </fieldset>
      )}
      {g.controls.systemd && (
        <label class="rd-inline rd-field">
          <input type="checkbox" checked={state.settings.systemd} onChange={(e) => settings({ systemd: (e.currentTarget as HTMLInputElement).checked })} />
          {text.systemd}
        </label>
      )}
      {g.fields.length === 0 && <p class="rd-muted">{text.noValues}</p>}
      {g.fields.map((name) => {
        const error = g.errors[name];
        const fromLink = state.fromLink.includes(name);
        return (
          <label class={fromLink ? 'rd-field rd-from-link' : 'rd-field'} key={name}>
            <span>{text.fields[name]}{fromLink && <span class="rd-kind">{text.fromLinkBadge}</span>}</span>
            <input
              name={name} value={state.input[name] ?? ''} placeholder={text.placeholders[name]} autocomplete="off" spellcheck={false} maxLength={1024}
              aria-invalid={error !== undefined} aria-describedby={error !== undefined ? `rd-error-${name}` : undefined}
              onInput={(e) => onState({ ...state, input: { ...state.input, [name]: value(e) }, fromLink: state.fromLink.filter((n) => n !== name) })}
            />
            {error !== undefined && <span id={`rd-error-${name}`} class="rd-error">{error}</span>}
          </label>
        );
      })}
    </form>
  );
}
