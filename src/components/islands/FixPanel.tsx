/** The fix for the user's distro and values: form, steps with copy buttons, checks, and the whole script. */
import { useState } from 'preact/hooks';
import { DEFAULT_SETTINGS, valuesFromQuery, type CommandSettings } from '../../lib/command-values.ts';
import { viewFix, type FixSource } from '../../lib/fix-view.ts';
import type { TemplateValueName } from '../../lib/template.ts';
import type { Distro } from '../../schemas/distro.ts';
import CommandBlock from './CommandBlock.tsx';
import CopyButton from './CopyButton.tsx';
import InlineText from './InlineText.tsx';
import ValuesForm, { type DistroChoice } from './ValuesForm.tsx';
import type { FixText } from './wizard-text.ts';

interface Props {
  source: FixSource;
  distros: Distro[];
  choices: DistroChoice[];
  /** Id of the chosen distro choice ('' when none); the caller keeps it (the wizard keeps it in the URL). */
  choice: string;
  onChoice: (id: string) => void;
  text: FixText;
}

/** Renders the panel; the form state is local, the distro choice is the caller's. */
export default function FixPanel({ source, distros, choices, choice, onChoice, text }: Props) {
  // Values typed into an entry page's form arrive in the query string (validated like typed ones).
  const [input, setInput] = useState<Partial<Record<TemplateValueName, string>>>(() => (typeof location === 'undefined' ? {} : valuesFromQuery(location.search)));
  const [settings, setSettings] = useState<CommandSettings>({ ...DEFAULT_SETTINGS });
  const release = choices.find((c) => c.id === choice)?.release;
  const view = viewFix(source, distros, input, { ...settings, ...(release !== undefined && { release }) });
  const copy = { label: text.copy, done: text.copied, failed: text.copyFailed };
  return (
    <div class="rd-fix">
      <h3>{text.valuesHeading}</h3>
      <ValuesForm
        text={text} fields={view.fields} input={input} errors={view.errors} settings={settings} choices={choices} choice={choice}
        onInput={(name, value) => setInput({ ...input, [name]: value })}
        onSettings={(s) => setSettings({ ...settings, ...s })}
        onChoice={onChoice}
      />
      <h3>{text.fixHeading}</h3>
      {view.status === 'no-distro' && <p class="rd-note">{text.distroMissing}</p>}
      {view.status === 'not-for-distro' && <p class="rd-note">{text.notForDistro}</p>}
      {view.status === 'ready' && (
        <>
          <ol class="rd-steps">
            {view.steps.map((s) => (
              <li>
                <p class="rd-step-title"><InlineText text={s.title} /></p>
                {s.note !== undefined && <p class="rd-muted"><InlineText text={s.note} /></p>}
                {s.commands !== undefined && <CommandBlock code={s.commands} label={s.title} copy={copy} />}
                {s.status === 'not-needed' && <p class="rd-muted">{text.notNeeded}</p>}
                {s.status === 'unverified' && <p class="rd-muted">{text.unverified}</p>}
              </li>
            ))}
          </ol>
          <p><CopyButton text={view.script} label={text.copyScript} done={text.copied} failed={text.copyFailed} /></p>
          <details class="rd-script">
            <summary>{text.scriptLabel}</summary>
            <pre tabIndex={0}><code>{view.script}</code></pre>
          </details>
          <h3>{text.verifyHeading}</h3>
          {view.verify.map((v) => (
            <div class="rd-check">
              <CommandBlock code={v.run} label={text.verifyHeading} copy={copy} />
              <p>{text.expect} <InlineText text={v.expect} /></p>
            </div>
          ))}
        </>
      )}
    </div>
  );
}
