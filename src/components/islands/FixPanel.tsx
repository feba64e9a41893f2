/**
 * The generator: the entry's fix for the user's distro, setup and values, through the one fix
 * renderer. Settings and values live in the URL (a link restores them; values that came from a
 * link are said to and highlighted). The script holds only the chosen alternative, no examples.
 */
import { useState } from 'preact/hooks';
import { generatorView, queryForState, scriptHeader, stateFromQuery, type GeneratorState } from '../../lib/generator.ts';
import { scriptable, scriptFileName, toScript } from '../../lib/fix-script.ts';
import type { FixSource } from '../../lib/fix-view.ts';
import type { Distro } from '../../schemas/distro.ts';
import CheckList from '../fix/CheckList.tsx';
import CommandBlock from '../fix/CommandBlock.tsx';
import StepList from '../fix/StepList.tsx';
import { STEP_TEXT } from '../fix/fix-text.ts';
import ValuesForm, { type DistroChoice } from './ValuesForm.tsx';
import { fill, type FixText } from './wizard-text.ts';

interface Props {
  source: FixSource;
  title: string;
  distros: Distro[];
  choices: DistroChoice[];
  /** Id of the chosen distro choice ('' when none); the caller keeps it (the wizard keeps it in the URL). */
  choice: string;
  onChoice: (id: string) => void;
  text: FixText;
}

/** Saves a text as a file the browser downloads. */
function download(name: string, content: string) {
  const url = URL.createObjectURL(new Blob([content], { type: 'text/x-shellscript' }));
  const a = Object.assign(document.createElement('a'), { href: url, download: name });
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Renders the panel. */
export default function FixPanel({ source, title, distros, choices, choice, onChoice, text }: Props) {
  const [state, setState] = useState<GeneratorState>(() => stateFromQuery(typeof location === 'undefined' ? '' : location.search));
  const update = (next: GeneratorState) => {
    setState(next);
    history.replaceState(history.state, '', location.pathname + queryForState(location.search, next));
  };
  const picked = choices.find((c) => c.id === choice);
  const distro = distros.find((d) => d.releases.some((r) => r.id === picked?.release));
  const notForDistro = distro !== undefined && source.entry.distros !== undefined && !source.entry.distros.includes(distro.id);
  const g = generatorView(source, distros, distro, picked?.release, state);
  const alternative = g.view.alternatives[g.chosen];
  const engineLabel = g.controls.engine.find((c) => c.value === g.engineChoice)?.label ?? '';
  const setupText = `${picked?.label ?? text.distroUnknown}；${state.settings.install === 'script' ? text.installScript : text.installPackages}；${state.settings.systemd ? text.withSystemd : text.withoutSystemd}；Docker Engine ${state.settings.engine ?? (g.engineDefaulted ? engineLabel : text.engineNewest)}`;
  const script = alternative && scriptable(alternative) ? toScript(alternative, scriptHeader(title, alternative.label, setupText, state.input, g.fields)) : undefined;
  const fileName = scriptFileName(source.slug, alternative?.id ?? 'fix');
  return (
    <div class="rd-fix">
      <h3>{text.valuesHeading}</h3>
      {state.fromLink.length > 0 && <p class="rd-note" role="note">{text.fromLink}</p>}
      {state.engineUnreadable && g.controls.engine.length > 0 && !g.engineDefaulted && <p class="rd-note" role="note">{text.engineUnreadable}</p>}
      {g.engineDefaulted && <p class="rd-note" role="note">{fill(text.engineDefaulted, { label: engineLabel })}</p>}
      <ValuesForm
        text={text} g={g} state={state} choices={choices} choice={choice} alternatives={g.view.alternatives}
        onState={(s) => update(s)} onChoice={onChoice}
      />
      <h3>{text.fixHeading}</h3>
      {distro === undefined && <p class="rd-note">{text.distroUnknownNote}</p>}
      {notForDistro ? <p class="rd-note">{text.notForDistro}</p> : alternative && (
        <>
          {alternative.label !== '' && <h4>{alternative.label}</h4>}
          <StepList steps={alternative.steps} text={STEP_TEXT} />
          {script !== undefined ? (
            <div class="rd-script">
              <p class="rd-script-actions">
                <button type="button" onClick={() => download(fileName, script)}>{fill(text.download, { file: fileName })}</button>
                <span class="rd-muted">{fill(text.runScript, { file: fileName })}</span>
              </p>
              <details>
                <summary>{text.scriptLabel}</summary>
                <CommandBlock code={script} label={text.scriptLabel} text={STEP_TEXT} />
              </details>
            </div>
          ) : alternative.steps.some((s) => !s.example && s.body.kind === 'needs-value') ? <p class="rd-muted">{text.noScript}</p>
            : alternative.steps.length > 0 && <p class="rd-muted">{text.nothingToRun}</p>}
          <h3>{text.verifyHeading}</h3>
          <CheckList checks={g.view.verify} kind="verify" text={STEP_TEXT} />
        </>
      )}
    </div>
  );
}
