/**
 * Loads the search index and builds the matcher once per page, for every search island on it
 * (the paste box, the header dialog): one download, one matcher. Typo tolerance (fuse.js) arrives
 * a moment later in its own chunk and is used from then on, so the first answer does not wait for it.
 */
import { createMatcher, type Matcher } from '../../lib/matcher.ts';
import { isSearchIndex, type IndexedItem, type SearchIndex } from '../../lib/search-index.ts';
import { withBase } from '../../lib/urls.ts';

/** What the islands need from the index. */
export interface LoadedIndex { index: SearchIndex; items: Map<string, IndexedItem>; matcher: Matcher }

let loading: Promise<LoadedIndex> | undefined;

/** Fetches and checks the index from the site's own origin under its base path; the same promise for every caller. */
export function loadIndex(base: string): Promise<LoadedIndex> {
  loading ??= fetch(withBase(base, 'search-index.json')).then(async (response) => {
    const data: unknown = response.ok ? await response.json() : undefined;
    if (!isSearchIndex(data)) throw new Error('search index missing or stale');
    // fuse.js arrives in its own chunk; until then typed queries go without typo correction.
    let typos: typeof import('../../lib/typo-corrector.ts').typoCorrector | undefined;
    void import('../../lib/typo-corrector.ts').then((m) => { typos = m.typoCorrector; }, () => undefined);
    const matcher = createMatcher(data.items, { background: data.background, typos: (words) => typos?.(words) });
    return { index: data, items: new Map(data.items.map((i) => [i.slug, i])), matcher };
  });
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}
