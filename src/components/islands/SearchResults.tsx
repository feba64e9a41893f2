/**
 * The error search's results, honest about how sure they are: one answer with its fix; two close
 * causes, each with the check that tells them apart; or nothing confident, with the closest entries
 * as "possibly related" and the wizard. Each result says which line matched which known error.
 */
import type { Match, MatchOutcome, Origin } from '../../lib/matcher.ts';
import type { IndexedItem } from '../../lib/search-index.ts';
import { arrivedResultFix, loadResultFix, type TellApartCheck } from '../../lib/result-fix.ts';
import { causesApart } from '../../lib/search-ui.ts';
import { itemPath, withBase } from '../../lib/urls.ts';
import CommandBlock from '../fix/CommandBlock.tsx';
import InlineText from '../fix/InlineText.tsx';
import { STEP_TEXT } from '../fix/fix-text.ts';
import { useEffect, useState } from 'preact/hooks';
import type { ErrorSearchText } from './error-search-text.ts';
import { fill } from './wizard-text.ts';

interface Props {
  /** Ranked results, how sure they are and the look-alike that explains an unanswered paste, or undefined before anything was searched. */
  shown: Pick<MatchOutcome, 'results' | 'confidence' | 'lookalike' | 'origin'> | undefined;
  /** Shown in the status line while the index is still loading (so nothing is inserted above the results). */
  pending?: string;
  /** A note about what was kept of a long or dirty paste, if any. */
  notice?: string | undefined;
  items: ReadonlyMap<string, IndexedItem>;
  distros: { id: string; name: string }[];
  base: string;
  text: ErrorSearchText;
  level: 2 | 3;
}

/** The answer's fix, loaded with its renderer only when a confident answer is shown (the page's first load stays small). */
type SearchFixModule = typeof import('./SearchFix.tsx');
type SearchFixComponent = SearchFixModule['default'];
let searchFix: Promise<SearchFixModule> | undefined;
let searchFixReady: SearchFixComponent | undefined;

/**
 * Loads the fix's renderer (once) and the entry's fix; a confident answer waits for both, so its fix
 * arrives with it instead of pushing the list down a moment later.
 */
async function loadSearchFix(base: string, slug: string): Promise<void> {
  await Promise.all([loadSearchFixCode(), loadResultFix(base, slug)]);
}

/** Loads the fix's renderer once (a page opened with a query starts it beside the index). */
export function loadSearchFixCode(): Promise<SearchFixModule> {
  searchFix ??= import('./SearchFix.tsx').then((m) => ((searchFixReady = m.default), m));
  return searchFix;
}

/** Renders the answer's fix: at once when its code is here, else once it arrives. */
function LazySearchFix(props: Parameters<SearchFixComponent>[0]) {
  const [Component, setComponent] = useState<SearchFixComponent | undefined>(() => searchFixReady);
  useEffect(() => {
    if (Component === undefined) void loadSearchFix(props.base, props.item.slug).then(() => setComponent(() => searchFixReady));
  }, []);
  return Component ? <Component {...props} /> : null;
}

/**
 * The check that tells two close causes apart: it comes with the entry's result fix, at once when that
 * has arrived, else once it does; when it cannot be had, a link to the checks on the entry's page.
 */
function TellApart({ slug, base, href, text }: { slug: string; base: string; href: string; text: ErrorSearchText }) {
  const [check, setCheck] = useState<TellApartCheck | 'missing' | undefined>(() => arrivedResultFix(base, slug)?.check);
  useEffect(() => {
    let live = true;
    if (check === undefined) void loadResultFix(base, slug).then((f) => { if (live) setCheck(f?.check ?? 'missing'); });
    return () => { live = false; };
  }, [slug]);
  if (check === undefined) return null;
  if (check === 'missing') return <p class="rd-check"><a href={`${href}#diagnose`}>{text.tellApartElsewhere}</a></p>;
  return (
    <div class="rd-check">
      <p>{text.tellApart}<InlineText text={check.title} /></p>
      <CommandBlock code={check.run} label={check.title} text={STEP_TEXT} />
      <p class="rd-output-label">{text.ifThisCause}</p>
      <pre class="rd-output">{check.bad}</pre>
    </div>
  );
}

/** A result's cause, from its result fix: at once when that has arrived, else once it does; nothing when it cannot be had (the title and the matched line still say what it is). */
function Cause({ slug, base }: { slug: string; base: string }) {
  const [cause, setCause] = useState<string | undefined>(() => arrivedResultFix(base, slug)?.cause);
  useEffect(() => {
    let live = true;
    if (cause === undefined) void loadResultFix(base, slug).then((f) => { if (live && f !== undefined) setCause(f.cause); });
    return () => { live = false; };
  }, [slug]);
  return cause === undefined ? null : <p class="rd-search-cause"><InlineText text={cause} /></p>;
}

/** The status line: the count, "two possible causes", or "nothing confident" (and why, when a look-alike explains the paste); with an answer, whether the paste said rootless Docker. */
function status(shown: Props['shown'], text: ErrorSearchText, items: Props['items']): string {
  if (shown === undefined) return '';
  const lookalike = shown.lookalike === undefined ? undefined : items.get(shown.lookalike.slug);
  if (shown.confidence === 'low' && lookalike !== undefined) return fill(text.lookalikeStatus, { title: lookalike.title });
  if (shown.confidence === 'low') return shown.results.length === 0 ? text.noResults : text.lowConfidence;
  const origin = shown.origin === undefined ? '' : text.originStatus;
  if (shown.confidence === 'ambiguous') return `${text.ambiguous}${origin}`;
  return `${fill(text.count, { n: shown.results.length })}${origin}`;
}

/** Why there is no answer: the line reads like an entry's error, but that entry's page says where it really comes from. */
function LookalikeNote({ lookalike, items, base, text }: { lookalike: NonNullable<MatchOutcome['lookalike']>; items: Props['items']; base: string; text: ErrorSearchText }) {
  const item = items.get(lookalike.slug);
  if (item === undefined) return null;
  return (
    <div class="rd-note rd-lookalike-note">
      <p>{text.lookalike}<code>{lookalike.line}</code></p>
      <p>{text.lookalikeWhy}<a href={`${withBase(base, itemPath(item))}#lookalikes`}><InlineText text={item.title} /></a>{text.lookalikeWhyEnd}</p>
    </div>
  );
}

/** Why an answer may not apply: the paste names nothing rootless, or names rootful Docker or another platform; and how to check. */
function OriginNote({ origin, text }: { origin: Origin; text: ErrorSearchText }) {
  return (
    <p class="rd-note rd-origin-note" role="note">
      {origin.kind === 'elsewhere' ? fill(text.originElsewhere, { word: origin.word }) : text.originUnsaid}
      <InlineText text={text.originCheck} />
    </p>
  );
}

/** One result: its title, how sure, the line and known error it matched, its cause; the check beside a close cause, or the answer's fix. */
function ResultItem({ result: r, n, confidence, items, distros, base, text, level }: { result: Match; n: number; confidence: MatchOutcome['confidence'] | undefined } & Pick<Props, 'items' | 'distros' | 'base' | 'text' | 'level'>) {
  const item = items.get(r.slug);
  const href = withBase(base, itemPath(item));
  const twoCauses = confidence === 'ambiguous' && n < 2;
  return (
    <li>
      <a class="rd-search-title" href={href}><InlineText text={r.title} /></a>
      {item?.kind === 'limitation' && <> <span class="rd-kind">{text.limitation}</span></>}
      {confidence !== 'low' && <span class="rd-muted rd-nowrap"> {fill(text.confidence, { pct: Math.round(r.score * 100) })}</span>}
      {r.spread === true
        ? <><p class="rd-search-line">{text.matchedAcross}<code>{r.signature}</code></p><p class="rd-search-why rd-muted">{text.matchedAcrossLine}<code>{r.line}</code></p></>
        : <><p class="rd-search-line">{text.matchedLine}<code>{r.line}</code></p>
          {r.signature !== '' && r.signature !== r.line && <p class="rd-search-why rd-muted">{r.phrase ? text.matchedPhrase : text.matchedSignature}<code>{r.signature}</code></p>}</>}
      {r.place !== undefined && <p class="rd-search-why rd-muted">{text.matchedPlace}<code>{r.place}</code></p>}
      {item && <Cause key={r.slug} slug={r.slug} base={base} />}
      {twoCauses && item?.kind === 'entry' && <TellApart key={r.slug} slug={r.slug} base={base} href={href} text={text} />}
      {n === 0 && confidence === 'high' && item?.kind === 'entry' && <LazySearchFix item={item} distros={distros} href={href} base={base} text={text} level={level} />}
    </li>
  );
}

/** Renders the list; the status line is always present so screen readers announce changes. */
export default function SearchResults({ shown, pending, notice, items, distros, base, text, level }: Props) {
  const results = shown?.results ?? [];
  const confidence = shown?.confidence;
  // Two close causes are the two first results; any further ones are listed apart, as possibly related.
  const { main, others } = causesApart({ results, confidence: confidence ?? 'low' });
  return (
    <div class="rd-search-results">
      <p role="status" aria-live="polite" class="rd-search-count">{shown === undefined ? pending ?? '' : status(shown, text, items)}</p>
      {notice !== undefined && <p class="rd-note">{notice}</p>}
      {shown?.origin !== undefined && <OriginNote origin={shown.origin} text={text} />}
      {confidence === 'low' && shown?.lookalike !== undefined && <LookalikeNote lookalike={shown.lookalike} items={items} base={base} text={text} />}
      {confidence === 'low' && (
        <p>
          {text.noResultsHelp}
          <a href={withBase(base, 'wizard/')}>{text.wizard}</a>
          {' · '}
          <a href={withBase(base, '')}>{text.browse}</a>
        </p>
      )}
      {main.length > 0 && (
        <ol class="rd-search-list" aria-label={confidence === 'low' ? text.relatedLabel : text.resultsLabel}>
          {main.map((r, n) => <ResultItem key={r.slug} result={r} n={n} {...{ confidence, items, distros, base, text, level }} />)}
        </ol>
      )}
      {others.length > 0 && (
        <>
          <p class="rd-search-others">{text.otherRelated}</p>
          <ol class="rd-search-list" start={main.length + 1} aria-label={text.otherRelatedLabel}>
            {others.map((r, n) => <ResultItem key={r.slug} result={r} n={main.length + n} {...{ confidence, items, distros, base, text, level }} />)}
          </ol>
        </>
      )}
    </div>
  );
}
