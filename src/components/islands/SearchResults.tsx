/** The error search's results: an announced count, the ranked entries, and the top one's fix. */
import type { Match } from '../../lib/matcher.ts';
import type { IndexedItem } from '../../lib/search-index.ts';
import { withBase } from '../../lib/urls.ts';
import InlineText from '../fix/InlineText.tsx';
import SearchFix from './SearchFix.tsx';
import type { ErrorSearchText } from './error-search-text.ts';
import { fill } from './wizard-text.ts';

interface Props {
  /** Ranked results, or undefined before anything was searched. */
  results: Match[] | undefined;
  /** Shown in the status line while the index is still loading (so nothing is inserted above the results). */
  pending?: string;
  /** Characters in the paste when only part of it was examined, else undefined. */
  cappedChars: number | undefined;
  items: ReadonlyMap<string, IndexedItem>;
  distros: { id: string; name: string }[];
  base: string;
  text: ErrorSearchText;
  level: 2 | 3;
}

/** Renders the list; the status line is always present so screen readers announce changes. */
export default function SearchResults({ results, pending, cappedChars, items, distros, base, text, level }: Props) {
  const status = results === undefined ? pending ?? '' : results.length === 0 ? text.noResults : fill(text.count, { n: results.length });
  return (
    <div class="rd-search-results">
      <p role="status" aria-live="polite" class="rd-search-count">{status}</p>
      {cappedChars !== undefined && <p class="rd-note">{fill(text.capped, { kb: Math.round(cappedChars / 1024) })}</p>}
      {results !== undefined && results.length === 0 && (
        <p>
          {text.noResultsHelp}
          <a href={withBase(base, 'wizard/')}>{text.wizard}</a>
          {' · '}
          <a href={withBase(base, '')}>{text.browse}</a>
        </p>
      )}
      {results !== undefined && results.length > 0 && (
        <ol class="rd-search-list" aria-label={text.resultsLabel}>
          {results.map((r, n) => {
            const item = items.get(r.slug);
            const href = withBase(base, item?.path ?? '');
            return (
              <li key={r.slug}>
                <a class="rd-search-title" href={href}><InlineText text={r.title} /></a>
                {item?.kind === 'limitation' && <> <span class="rd-kind">{text.limitation}</span></>}
                <span class="rd-muted"> {fill(text.confidence, { pct: Math.round(r.score * 100) })}</span>
                <p class="rd-search-line">{text.matchedLine}<code>{r.line}</code></p>
                {item && <p class="rd-search-cause"><InlineText text={item.cause} /></p>}
                {n === 0 && item && <SearchFix item={item} distros={distros} href={href} text={text} level={level} />}
              </li>
            );
          })}
        </ol>
      )}
    </div>
  );
}
