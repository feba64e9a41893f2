/**
 * The wizard island: one question at a time; the answers live in the URL (`?path=`), so back and
 * forward, reloads and shared links restore the step. Logic lives in src/lib/wizard-path.ts.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { WizardEnd } from '../../lib/wizard-ends.ts';
import { DISTRO_PARAM, PATH_PARAM, answersOf, distroNode, parsePath, pathSearch, searchWithPath, walkPath, withDistroAnswer } from '../../lib/wizard-path.ts';
import { waitAtMost } from '../../lib/fetch-json.ts';
import type { Distro } from '../../schemas/distro.ts';
import type { WizardTree } from '../../schemas/wizard.ts';
import InlineText from '../fix/InlineText.tsx';
import WizardQuestion from './WizardQuestion.tsx';
import WizardResult, { loadEntryFix } from './WizardResult.tsx';
import { fill, type WizardText } from './wizard-text.ts';

interface Props {
  tree: WizardTree;
  /** What each end shows, keyed `kind:slug`. */
  ends: Record<string, WizardEnd>;
  distros: Distro[];
  text: WizardText;
}

/** A link to a result waits at most this long for the entry's fix before showing the result. */
const LINKED_FIX_WAIT_MS = 1500;

/** The valid answers in the current URL (`?path=`, with `?distro=` replacing the distro answer when given). */
function answersInUrl(tree: WizardTree): string[] {
  const params = new URLSearchParams(location.search);
  const answers = answersOf(walkPath(tree, parsePath(params.get(PATH_PARAM))));
  const distro = params.get(DISTRO_PARAM);
  const valid = distro !== null && (distroNode(tree)?.options.some((o) => o.id === distro) ?? false);
  return valid ? answersOf(walkPath(tree, withDistroAnswer(tree, answers, distro))) : answers;
}

/** Whether the URL's `?path=` has words the wizard could not follow (a cut, mangled or outdated link). */
function pathCutInUrl(tree: WizardTree): boolean {
  const param = new URLSearchParams(location.search).get(PATH_PARAM) ?? '';
  const words = param.split('.').filter((w) => w !== '');
  return words.length > answersOf(walkPath(tree, parsePath(param))).length;
}

/** Renders the current step, the answers so far, and back / start over. */
export default function Wizard({ tree, ends, distros, text }: Props) {
  const [answers, setAnswers] = useState(() => answersInUrl(tree));
  // Said until the reader moves on: someone opening a colleague's link should know it did not all arrive.
  const [pathCut, setPathCut] = useState(() => pathCutInUrl(tree));
  // A link that ends at an entry shows only "loading" until the entry's fix is here (at most
  // LINKED_FIX_WAIT_MS): the page's place for the wizard is held meanwhile, so the result appears
  // whole instead of growing under the reader's eyes.
  const [ready, setReady] = useState(() => walkPath(tree, answers).end.kind !== 'entry');
  const heading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);
  const go = (next: string[], replace = false) => {
    // The generator's settings and values stay while the reader only changes the distro of a result.
    history[replace ? 'replaceState' : 'pushState'](null, '', location.pathname + searchWithPath(location.search, next, replace));
    moved.current = !replace;
    setPathCut(false);
    setAnswers(next);
  };
  useEffect(() => {
    const linked = walkPath(tree, answers).end;
    if (linked.kind === 'entry') void waitAtMost(loadEntryFix(linked.slug), LINKED_FIX_WAIT_MS).then(() => setReady(true));
    const search = searchWithPath(location.search, answers, true);
    if (location.search !== search) history.replaceState(null, '', location.pathname + search);
    const onPop = () => {
      moved.current = true;
      setAnswers(answersInUrl(tree));
    };
    addEventListener('popstate', onPop);
    return () => removeEventListener('popstate', onPop);
  }, []);
  // Move focus to the new step's heading right after it renders, so keyboard users continue from there.
  useLayoutEffect(() => {
    if (moved.current) heading.current?.focus();
    moved.current = false;
  }, [answers]);

  const walk = walkPath(tree, answers);
  const end = walk.end.kind === 'question' ? undefined : ends[`${walk.end.kind}:${walk.end.slug}`];
  const announce = walk.end.kind === 'question'
    ? fill(text.announceQuestion, { n: answers.length + 1, text: walk.end.node.question.replaceAll('`', '') })
    : fill(text.announceEnd, { text: end?.title ?? text.missing });
  const distroStep = walk.steps.find((s) => s.node.kind === 'distro');
  const choice = distroStep?.option.release !== undefined ? distroStep.option.id : '';
  const choices = (distroNode(tree)?.options ?? []).map((o) => ({ id: o.id, label: o.label, ...(o.release !== undefined && { release: o.release }) }));

  if (!ready) return <p class="rd-muted" role="status">{text.fixLoading}</p>;
  return (
    <section class="rd-wizard">
      <p class="rd-sr-only" id="rd-wizard-status" aria-live="polite">{announce}</p>
      {pathCut && <p class="rd-note" role="note">{text.pathCut}</p>}
      {walk.steps.length > 0 && (
        <details class="rd-answered">
          <summary>{text.answered}（{walk.steps.length}）</summary>
          <ol>
            {walk.steps.map((s, i) => (
              <li key={s.node.id}>
                <a href={pathSearch(answers.slice(0, i)) || '?'} onClick={(e) => { e.preventDefault(); go(answers.slice(0, i)); }}>
                  <InlineText text={s.node.question} />
                </a>{' '}
                <InlineText text={s.option.label} />
              </li>
            ))}
          </ol>
        </details>
      )}
      {walk.end.kind === 'question'
        ? <WizardQuestion node={walk.end.node} answers={answers} text={text} headingRef={heading} onAnswer={go} />
        : <WizardResult end={end} distros={distros} choices={choices} choice={choice} text={text} headingRef={heading}
            onChoice={(id) => go(withDistroAnswer(tree, answers, id), true)} />}
      <div class="rd-wizard-nav">
        <button type="button" disabled={answers.length === 0} onClick={() => go(answers.slice(0, -1))}>{text.back}</button>
        <button type="button" disabled={answers.length === 0} onClick={() => go([])}>{text.restart}</button>
      </div>
    </section>
  );
}
