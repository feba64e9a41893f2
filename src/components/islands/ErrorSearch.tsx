/**
 * The error search island: paste an error or a log, get the entries that fix it, best first.
 * Matching runs in the browser, in a worker, against `search-index.json`; the query lives in the URL (`?q=`).
 * A paste is cleaned and capped before it reaches the box, so megabytes of coloured log never
 * freeze the tab. A pasted doctor report is diagnosed instead of matched (LazyDoctorReport). Logic is in src/lib (matcher, paste, search-ui); this file wires state and events.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { isDoctorReport } from '../../lib/doctor-report-header.ts';
import { waitAtMost } from '../../lib/fetch-json.ts';
import type { MatchOutcome } from '../../lib/matcher.ts';
import { needsPreparing, preparePaste, type PreparedPaste } from '../../lib/paste.ts';
import { loadResultFix } from '../../lib/result-fix.ts';
import { createLatestSearch, queryFromSearch, searchForQuery } from '../../lib/search-ui.ts';
import { isTypingTarget } from '../../lib/typing-target.ts';
import LazyDoctorReport from '../doctor/LazyDoctorReport.tsx';
import SearchResults, { loadSearchFixCode } from './SearchResults.tsx';
import type { ErrorSearchText } from './error-search-text.ts';
import type { LoadedIndex } from './search-index-loader.ts';
import { fill } from './wizard-text.ts';
import '../../styles/search.css';

interface Props {
  text: ErrorSearchText;
  /** Read the query from `?q=` on load and keep it there while typing (the /search/ page). */
  syncUrl?: boolean;
  /** Heading level for the top result's fix (2 when the island is the page, 3 inside a section). */
  level?: 2 | 3;
  /** Id of the paste box (unique per page). */
  id?: string;
}

/** Waits this long after the last keystroke before matching. */
const DEBOUNCE_MS = 150;
/** Results wait at most this long for their result fixes (causes; an answer's fix, two close causes' checks); then they show without (it follows). */
const FIX_WAIT_MS = 2000;

type Shown = Pick<MatchOutcome, 'results' | 'confidence' | 'lookalike' | 'origin'>;

/** The notice for a paste that was cleaned or cut, or undefined. */
function pasteNotice(p: PreparedPaste | undefined, text: ErrorSearchText): string | undefined {
  if (p === undefined || (!p.capped && !p.cleaned)) return undefined;
  const kb = (n: number) => Math.max(1, Math.round(n / 1024));
  return p.capped ? fill(text.capped, { kb: kb(p.originalChars), kept: kb(p.text.length) }) : text.cleaned;
}

/** Renders the paste box and the results. */
export default function ErrorSearch({ text, syncUrl = true, level = 2, id = 'rd-search-box' }: Props) {
  const base = import.meta.env.BASE_URL;
  const [initial] = useState(() => {
    // Text pasted or typed before the island woke up is in the server-rendered box: keep it (hydration
    // would otherwise set the box to the state's value and wipe it), else take the link's ?q=.
    const early = typeof document !== 'undefined' ? (document.getElementById(id) as HTMLTextAreaElement | null)?.value ?? '' : '';
    const q = early !== '' ? early : syncUrl && typeof location !== 'undefined' ? queryFromSearch(location.search) : '';
    return needsPreparing(q) ? preparePaste(q) : { text: q, originalChars: q.length, capped: false, cleaned: false };
  });
  const [query, setQuery] = useState(initial.text);
  const [prepared, setPrepared] = useState<PreparedPaste | undefined>(initial.capped || initial.cleaned ? initial : undefined);
  const [loaded, setLoaded] = useState<LoadedIndex | 'loading' | 'failed'>('loading');
  const [shown, setShown] = useState<Shown | undefined>(undefined);
  const index = useRef<LoadedIndex | undefined>(undefined);
  const box = useRef<HTMLTextAreaElement>(null);

  const runner = useMemo(() => createLatestSearch(
    // Each result shown has its cause in its result fix (with a confident answer's fix, two close
    // causes' checks); those, and the fix's renderer for an answer, are loaded first (for at most
    // FIX_WAIT_MS), so the list does not jump when they arrive.
    (q: string) => (isDoctorReport(q) ? undefined : index.current?.match(q).then(
      async (outcome) => {
        const top = outcome.results[0];
        const answer = outcome.confidence === 'high' && top !== undefined && index.current?.items.get(top.slug)?.kind === 'entry';
        await waitAtMost(Promise.all([...(answer ? [loadSearchFixCode()] : []), ...outcome.results.map((r) => loadResultFix(base, r.slug))]), FIX_WAIT_MS);
        return outcome;
      },
    ).catch(() => undefined)),
    (q, outcome: MatchOutcome | undefined) => {
      if (outcome) setShown(q.trim() === '' ? undefined : { results: outcome.results, confidence: outcome.confidence, ...(outcome.lookalike && { lookalike: outcome.lookalike }), ...(outcome.origin && { origin: outcome.origin }) });
    },
    DEBOUNCE_MS,
  ), []);

  // The matcher (index, worker) loads when the reader reaches for the box (focus, hover, typing) or
  // the page opened with a query: a visit that only reads downloads none of it.
  const loadMatcher = useMemo(() => {
    let started = false;
    return () => {
      if (started) return;
      started = true;
      import('./search-index-loader.ts').then((m) => m.loadIndex(base)).then((l) => {
        index.current = l;
        setLoaded(l);
        if (box.current && box.current.value.trim() !== '') void runner.now(box.current.value);
      }, () => {
        // The note says so; the next focus, hover or keystroke tries again.
        started = false;
        setLoaded('failed');
      });
    };
  }, []);

  useEffect(() => {
    // Text that arrived between the first render and now is in the box: take it from there.
    if (box.current && box.current.value !== initial.text) onValue(box.current.value);
    else if (initial.text !== '') syncLocation(initial.text);
    // A page opened with a query will likely show a fix: its renderer loads beside the index.
    if (initial.text.trim() !== '') void loadSearchFixCode().catch(() => undefined);
    if ((box.current?.value ?? initial.text).trim() !== '' || document.activeElement === box.current) loadMatcher();
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey || isTypingTarget(e.target as HTMLElement | null)) return;
      if (document.querySelector('dialog[open]')) return;
      e.preventDefault();
      box.current?.focus();
    };
    addEventListener('keydown', onKey);
    return () => {
      removeEventListener('keydown', onKey);
      runner.cancel();
    };
  }, []);

  /**
   * Keeps `?q=` in step with the box; a doctor report names the user, the home and the host, so it is
   * never put there. A URL that already holds the query is left alone (a link's `%20` is not rewritten
   * to `+`): Chromium fetches and decodes the favicon again after every replaceState.
   */
  const syncLocation = (value: string) => {
    if (!syncUrl) return;
    const search = searchForQuery(isDoctorReport(value) ? '' : value);
    if (queryFromSearch(search) === queryFromSearch(location.search)) return;
    history.replaceState(history.state, '', location.pathname + search + location.hash);
  };

  const onValue = (value: string) => {
    loadMatcher();
    setQuery(value);
    if (value.trim() === '' || isDoctorReport(value)) {
      runner.cancel();
      setShown(undefined);
      if (value.trim() === '') setPrepared(undefined);
    } else runner.schedule(value);
    syncLocation(value);
  };

  // A paste is cleaned and capped before it reaches the textarea: the textarea never holds megabytes.
  const onPaste = (e: ClipboardEvent) => {
    const raw = e.clipboardData?.getData('text/plain') ?? '';
    if (!needsPreparing(raw)) return;
    e.preventDefault();
    const p = preparePaste(raw);
    const el = e.currentTarget as HTMLTextAreaElement;
    const value = el.value.slice(0, el.selectionStart) + p.text + el.value.slice(el.selectionEnd);
    const kept = needsPreparing(value) ? preparePaste(value) : p;
    el.value = kept === p ? value : kept.text;
    setPrepared(p);
    onValue(el.value);
  };

  // Dropped or otherwise inserted text that is too long or dirty is prepared the same way.
  const onInput = (e: Event) => {
    const el = e.currentTarget as HTMLTextAreaElement;
    if (needsPreparing(el.value)) {
      const p = preparePaste(el.value);
      el.value = p.text;
      setPrepared(p);
    }
    onValue(el.value);
  };

  const hintId = `${id}-hint`;
  const report = isDoctorReport(query);
  return (
    <div class="rd-search" onPointerEnter={loadMatcher} onFocusCapture={loadMatcher}>
      <label for={id} class="rd-search-label">{text.label}</label>
      <p id={hintId} class="rd-muted">{text.hint}</p>
      <textarea
        id={id} ref={box} class="rd-search-box" rows={6} value={query} placeholder={text.placeholder}
        aria-describedby={hintId} aria-keyshortcuts="/" spellcheck={false}
        onPaste={onPaste} onInput={onInput}
      />
      {report && <LazyDoctorReport report={query} base={base} level={level} />}
      {loaded === 'failed' && !report && <p class="rd-note" role="alert">{text.loadFailed}</p>}
      {!report && <SearchResults
        shown={shown} {...(shown === undefined && query.trim() !== '' && loaded !== 'failed' && { pending: loaded === 'loading' ? text.loading : text.searching })} notice={pasteNotice(prepared, text)} base={base} text={text} level={level}
        items={typeof loaded === 'object' ? loaded.items : new Map()} distros={typeof loaded === 'object' ? loaded.index.distros : []}
      />}
    </div>
  );
}
