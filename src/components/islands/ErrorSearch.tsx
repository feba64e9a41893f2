/**
 * The error search island: paste an error or a log, get the entries that fix it, best first.
 * Matching runs in the browser against `search-index.json`; the query lives in the URL
 * (`?q=`). Logic is in src/lib (matcher, search-ui); this file wires state and events.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { createMatcher, type Match, type Matcher } from '../../lib/matcher.ts';
import { isSearchIndex, type IndexedItem, type SearchIndex } from '../../lib/search-index.ts';
import { createLatestSearch, isTypingTarget, queryFromSearch, searchForQuery } from '../../lib/search-ui.ts';
import { withBase } from '../../lib/urls.ts';
import SearchResults from './SearchResults.tsx';
import type { ErrorSearchText } from './error-search-text.ts';
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

type Loaded = { index: SearchIndex; items: Map<string, IndexedItem>; matcher: Matcher };
type Shown = { results: Match[]; cappedChars: number | undefined };

/** Fetches and checks the index, from the site's own origin under its base path. */
async function loadIndex(base: string): Promise<Loaded> {
  const response = await fetch(withBase(base, 'search-index.json'));
  const data: unknown = response.ok ? await response.json() : undefined;
  if (!isSearchIndex(data)) throw new Error('search index missing or stale');
  return { index: data, items: new Map(data.items.map((i) => [i.slug, i])), matcher: createMatcher(data.items, { background: data.background }) };
}

/** Renders the paste box and the results. */
export default function ErrorSearch({ text, syncUrl = true, level = 2, id = 'rd-search-box' }: Props) {
  const base = import.meta.env.BASE_URL;
  const [query, setQuery] = useState(() => (syncUrl && typeof location !== 'undefined' ? queryFromSearch(location.search) : ''));
  const [loaded, setLoaded] = useState<Loaded | 'loading' | 'failed'>('loading');
  const [shown, setShown] = useState<Shown | undefined>(undefined);
  const matcher = useRef<Matcher | undefined>(undefined);
  const box = useRef<HTMLTextAreaElement>(null);

  const runner = useMemo(() => createLatestSearch(
    (q: string) => matcher.current?.match(q),
    (q, outcome) => {
      if (outcome) setShown(q.trim() === '' ? undefined : { results: outcome.results, cappedChars: outcome.capped ? q.length : undefined });
    },
    DEBOUNCE_MS,
  ), []);

  useEffect(() => {
    loadIndex(base).then((l) => {
      matcher.current = l.matcher;
      setLoaded(l);
      if (box.current && box.current.value.trim() !== '') void runner.now(box.current.value);
    }, () => setLoaded('failed'));
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey || isTypingTarget(e.target as HTMLElement | null)) return;
      e.preventDefault();
      box.current?.focus();
    };
    addEventListener('keydown', onKey);
    return () => {
      removeEventListener('keydown', onKey);
      runner.cancel();
    };
  }, []);

  const onInput = (value: string) => {
    setQuery(value);
    if (value.trim() === '') {
      runner.cancel();
      setShown(undefined);
    } else runner.schedule(value);
    if (syncUrl) history.replaceState(history.state, '', location.pathname + searchForQuery(value) + location.hash);
  };

  const hintId = `${id}-hint`;
  return (
    <div class="rd-search">
      <label for={id} class="rd-search-label">{text.label}</label>
      <p id={hintId} class="rd-muted">{text.hint}</p>
      <textarea
        id={id} ref={box} class="rd-search-box" rows={6} value={query} placeholder={text.placeholder}
        aria-describedby={hintId} aria-keyshortcuts="/" spellcheck={false} autocomplete="off"
        onInput={(e) => onInput(e.currentTarget.value)}
      />
      {loaded === 'failed' && <p class="rd-note" role="alert">{text.loadFailed}</p>}
      <SearchResults
        results={shown?.results} {...(loaded === 'loading' && query.trim() !== '' && { pending: text.loading })} cappedChars={shown?.cappedChars} base={base} text={text} level={level}
        items={typeof loaded === 'object' ? loaded.items : new Map()} distros={typeof loaded === 'object' ? loaded.index.distros : []}
      />
    </div>
  );
}
