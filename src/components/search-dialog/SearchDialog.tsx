/**
 * The search dialog's results: whatever is typed or pasted into the dialog's box goes to the error
 * matcher first; full-text results from Pagefind follow for prose ("如何卸载", "MTU"), loaded on
 * first use. One result list, arrow keys move through it; results link to the entry's fix. A pasted
 * doctor report is diagnosed instead (LazyDoctorReport). The dialog, its box and close button are
 * the page's own (src/components/Search.astro); src/scripts/search-dialog.tsx mounts this below the box.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { isDoctorReport } from '../../lib/doctor-report-header.ts';
import type { Match, MatchOutcome, Origin } from '../../lib/matcher.ts';
import { needsPreparing, preparePaste } from '../../lib/paste.ts';
import { fullTextQuery, fullTextResults, type FullTextResult, type PagefindData } from '../../lib/pagefind-results.ts';
import { causesApart, createLatestSearch, searchForQuery } from '../../lib/search-ui.ts';
import { itemPath, withBase } from '../../lib/urls.ts';
import { fill } from '../fix/fix-text.ts';
import LazyDoctorReport from '../doctor/LazyDoctorReport.tsx';
import InlineText from '../fix/InlineText.tsx';
import { loadIndex, type LoadedIndex } from '../islands/search-index-loader.ts';
import type { DialogText } from './search-dialog-text.ts';

/** Pagefind's browser API, loaded from the built site on first use. */
interface Pagefind { options: (o: { baseUrl: string }) => Promise<void>; search: (q: string) => Promise<{ results: { data: () => Promise<PagefindData> }[] } | null> }

let pagefind: Promise<Pagefind> | undefined;
/** Loads Pagefind once (its files are not part of our bundle). */
function loadPagefind(base: string): Promise<Pagefind> {
  pagefind ??= import(/* @vite-ignore */ withBase(base, 'pagefind/pagefind.js')).then(async (p: Pagefind) => {
    await p.options({ baseUrl: base });
    return p;
  });
  return pagefind;
}

/** Text worth a full-text search: short, one or two lines (a pasted log is left to the matcher). */
function isProse(q: string): boolean {
  return q.trim().length > 0 && q.length <= 120 && q.split('\n').length <= 2;
}

/** Moves focus between the box and the result links with the arrow keys. */
function onArrows(e: KeyboardEvent, list: HTMLElement | null, box: HTMLTextAreaElement | null) {
  if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
  const links = [...(list?.querySelectorAll<HTMLAnchorElement>('a[href]') ?? [])];
  const at = links.indexOf(document.activeElement as HTMLAnchorElement);
  if (e.target === box && (e.key === 'ArrowUp' || (box?.selectionStart ?? 0) < (box?.value.length ?? 0))) return;
  e.preventDefault();
  const next = e.key === 'ArrowDown' ? at + 1 : at - 1;
  if (next < 0) box?.focus();
  else links[Math.min(next, links.length - 1)]?.focus();
}

/**
 * Whether a key is the Enter that opens the first result, as the dialog's key hint says; Shift+Enter (or
 * a doctor report, whose list is a diagnosis, not results) leaves the new line to the box. An input
 * method's Enter that ends a composition is left alone.
 */
function isOpeningEnter(e: KeyboardEvent, box: HTMLTextAreaElement): boolean {
  // keyCode 229: Safari's Enter that ends a composition comes with isComposing false.
  if (e.key !== 'Enter' || e.target !== box || e.shiftKey || e.ctrlKey || e.altKey || e.metaKey || e.isComposing || e.keyCode === 229) return false;
  return !isDoctorReport(box.value);
}

/** The first result shown (not the way out shown when nothing was found: the wizard's link), if any. */
function firstResult(list: HTMLElement | null): HTMLAnchorElement | undefined {
  return list?.querySelector<HTMLAnchorElement>('.rd-dialog-list a[href]') ?? undefined;
}

/**
 * Where Enter goes: the first result, unless it is one of causes the matcher is not sure of (two close
 * ones, or only possibly related): then the search page, which shows them with what tells them apart,
 * instead of one entry's fix taken for the answer.
 */
function enterTarget(list: HTMLElement | null, whole: HTMLAnchorElement): HTMLAnchorElement | undefined {
  const first = firstResult(list);
  return first?.closest('[data-unsure]') ? whole : first;
}

/** The dialog's parts on the page that the results speak through: the box, the frame arrow keys move through, the status region, the link to /search/. */
export interface DialogParts { box: HTMLTextAreaElement; frame: HTMLElement; status: HTMLElement; whole: HTMLAnchorElement }

/** The dialog's results for the text in the box. */
export default function SearchDialog({ base, text, parts }: { base: string; text: DialogText; parts: DialogParts }) {
  const { box, frame, status, whole } = parts;
  const [query, setQuery] = useState(box.value);
  const [outcome, setOutcome] = useState<MatchOutcome | undefined>(undefined);
  // undefined while Pagefind is still looking (or the query is not prose: then [] at once).
  const [fullText, setFullText] = useState<FullTextResult[] | undefined>(undefined);
  const [loaded, setLoaded] = useState<LoadedIndex | 'loading' | 'failed'>('loading');
  const list = useRef<HTMLDivElement>(null);
  // The text the results shown are for; an Enter pressed before they are the box's (typing's pause, a
  // search in flight) waits for the box's own results (`enterFor`) instead of opening the previous query's.
  const shownFor = useRef<string | undefined>(undefined);
  const enterFor = useRef<string | undefined>(undefined);
  // The text the full-text results shown are for (they may arrive after the matcher's).
  const fullTextFor = useRef<string | undefined>(undefined);

  // The matcher answers as soon as the index is there; full-text results follow when Pagefind has
  // loaded (its first load takes a moment), so they never hold the matcher's answer back.
  // Each search takes the index as it is now: one that failed before may load on a later try.
  const matching = useMemo(() => createLatestSearch(
    async (q: string): Promise<MatchOutcome | undefined> => {
      try {
        const l = await loadIndex(base);
        setLoaded(l);
        return await l.match(q);
      } catch {
        setLoaded('failed');
        return undefined;
      }
    },
    // A failed search leaves the old results on screen: they are not this text's (shownFor stays).
    (q, result) => { if (result) { shownFor.current = q; setOutcome(q.trim() === '' ? undefined : result); } },
    80,
  ), []);
  const searching = useMemo(() => createLatestSearch(
    async (q: string): Promise<FullTextResult[]> => {
      if (!isProse(q)) return [];
      // Pagefind's download and start wait until the matcher is ready (the worker answers in order),
      // so on a slow machine they do not hold the matcher's first answer back.
      await loadIndex(base).then((l) => l.match('')).catch(() => undefined);
      const p = await loadPagefind(base).catch(() => undefined);
      const search = await p?.search(fullTextQuery(q));
      const data = await Promise.all((search?.results ?? []).slice(0, 5).map((r) => r.data()));
      return fullTextResults(data, base);
    },
    (q, result) => { fullTextFor.current = q; setFullText(result); },
    80,
  ), []);

  useEffect(() => {
    /** Searches the box's text: a paste (or what arrived before this code did) at once, typing after a pause. */
    const onInput = (e?: Event) => {
      if (needsPreparing(box.value)) box.value = preparePaste(box.value).text;
      const value = box.value;
      enterFor.current = undefined;
      setQuery(value);
      setFullText(undefined);
      if (value.trim() === '' || isDoctorReport(value)) {
        matching.cancel();
        searching.cancel();
        shownFor.current = undefined;
        fullTextFor.current = undefined;
        setOutcome(undefined);
      } else if (e === undefined || (e as InputEvent).inputType === 'insertFromPaste') {
        void matching.now(value);
        void searching.now(value);
      } else {
        matching.schedule(value);
        searching.schedule(value);
      }
    };
    const onKeyDown = (e: KeyboardEvent) => {
      onArrows(e, list.current, box);
      if (!isOpeningEnter(e, box) || box.value.trim() === '') return;
      const first = shownFor.current === box.value ? enterTarget(list.current, whole) : undefined;
      if (first !== undefined) {
        e.preventDefault();
        first.click();
        return;
      }
      // Not yet this text's results, or only the matcher's and none: wait for them (searched now) and open the
      // first one shown. With every answer in and nothing found, Enter is a new line.
      if (shownFor.current !== box.value) {
        e.preventDefault();
        enterFor.current = box.value;
        void matching.now(box.value);
        void searching.now(box.value);
      } else if (fullTextFor.current !== box.value && isProse(box.value)) {
        e.preventDefault();
        enterFor.current = box.value;
      }
    };
    box.addEventListener('input', onInput);
    frame.addEventListener('keydown', onKeyDown);
    onInput(); // what was typed or pasted before this code arrived
    loadIndex(base).then(setLoaded, () => setLoaded('failed'));
    return () => {
      box.removeEventListener('input', onInput);
      frame.removeEventListener('keydown', onKeyDown);
      matching.cancel();
      searching.cancel();
    };
  }, []);

  // An Enter that waited for this text's results opens the first one once it is shown (the full-text ones may follow the matcher's).
  useEffect(() => {
    if (enterFor.current === undefined || enterFor.current !== shownFor.current) return;
    const first = enterTarget(list.current, whole);
    if (first !== undefined) { enterFor.current = undefined; first.click(); }
    else if (fullText !== undefined && fullTextFor.current === enterFor.current) enterFor.current = undefined;
  }, [outcome, fullText]);

  // An answer whose paste does not say rootless Docker (MatchOutcome.origin) asks to check that first.
  const problemsHeading = outcome?.confidence === 'low' ? text.related : `${outcome?.confidence === 'ambiguous' ? text.ambiguous : text.problems}${outcome?.origin ? text.origin : ''}`;
  const entryHref = (path: string) => `${withBase(base, path)}#fix`;
  const items = typeof loaded === 'object' ? loaded.items : undefined;
  // Two close causes are the first two results; any further ones are listed apart.
  const { main: mainResults, others: otherResults } = causesApart(outcome ?? { results: [], confidence: 'low' });
  const resultLink = (r: Match) => ({ key: r.slug, href: entryHref(itemPath(items?.get(r.slug))), title: <InlineText text={r.title} />, line: <>{text.matched}{r.line}</> });
  const report = isDoctorReport(query);
  // With no answer, the entry whose look-alike explains the paste (its page says where that error comes from).
  const lookalike = outcome?.lookalike;
  const lookalikeItem = lookalike === undefined ? undefined : items?.get(lookalike.slug);
  const nothing = outcome !== undefined && outcome.results.length === 0 && lookalikeItem === undefined && fullText !== undefined && fullText.length === 0;
  const count = (outcome?.results.length ?? 0) + (lookalikeItem ? 1 : 0) + (fullText?.length ?? 0);
  const saidFor = { high: text.saidHigh, ambiguous: text.saidAmbiguous, low: text.saidLow };
  const said = loaded === 'failed' ? text.loadFailed : outcome === undefined ? '' : nothing ? text.none : fill(saidFor[outcome.confidence], { n: count });
  useEffect(() => { status.textContent = said; }, [said]);
  // A doctor report names the user, the home and the host: it is never put in a URL.
  useEffect(() => { whole.href = withBase(base, `search/${searchForQuery(report ? '' : query)}`); }, [query]);
  return (
    <div ref={list}>
      {loaded === 'failed' && !report && <p class="rd-note">{text.loadFailed}</p>}
      {report && <LazyDoctorReport report={query} base={base} level={2} />}
      {!report && lookalike !== undefined && lookalikeItem !== undefined && (
        <DialogSection heading={text.lookalike} className="rd-dialog-lookalike" links={[{
          key: lookalikeItem.slug, href: `${withBase(base, itemPath(lookalikeItem))}#lookalikes`,
          title: <InlineText text={lookalikeItem.title} />, line: <>{text.lookalikeLine}{lookalike.line}</>,
        }]} />
      )}
      {!report && outcome !== undefined && outcome.results.length > 0 && (
        <DialogSection heading={problemsHeading} className="rd-dialog-problems" unsure={outcome.confidence !== 'high'} note={outcome.origin ? originNote(outcome.origin, text) : undefined} links={mainResults.map(resultLink)} />
      )}
      {!report && otherResults.length > 0 && <DialogSection heading={text.others} className="rd-dialog-problems" links={otherResults.map(resultLink)} />}
      {!report && fullText !== undefined && fullText.length > 0 && (
        <DialogSection heading={text.docs} links={fullText.map((r) => ({
          key: r.url, href: r.url, title: r.title, line: r.excerpt.map((p) => (p.mark ? <mark>{p.text}</mark> : p.text)),
        }))} />
      )}
      {nothing && <p>{text.none} <a href={withBase(base, 'wizard/')}>{text.wizard}</a></p>}
      {!report && outcome !== undefined && outcome.results.length === 0 && lookalikeItem === undefined && outcome.origin?.kind === 'elsewhere' && (
        // No entry even possibly relates: the platform the paste names is why.
        <p class="rd-dialog-note" role="note"><InlineText text={fill(text.originWord, { word: outcome.origin.word })} /></p>
      )}
    </div>
  );
}

/** What the dialog says under an answer whose paste may not be rootless Docker: the word it named, if any, and how to check. */
function originNote(origin: Origin, text: DialogText): string {
  return `${origin.kind === 'elsewhere' ? fill(text.originWord, { word: origin.word }) : ''}${text.originCheck}`;
}

/** One labelled list of links in the dialog (the keyboard walks all of them in page order), with a note under its heading if given. */
function DialogSection({ heading, className, note, unsure, links }: { heading: string; className?: string; note?: string | undefined; unsure?: boolean; links: { key: string; href: string; title: ComponentChildren; line: ComponentChildren }[] }) {
  return (
    <section aria-label={heading} class={className} data-unsure={unsure || undefined}>
      <h2 class="rd-dialog-heading">{heading}</h2>
      {note !== undefined && <p class="rd-dialog-note" role="note"><InlineText text={note} /></p>}
      <ul class="rd-dialog-list">
        {links.map((l) => (
          <li key={l.key}>
            <a href={l.href}>
              <span class="rd-dialog-title">{l.title}</span>
              <span class="rd-dialog-line">{l.line}</span>
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
