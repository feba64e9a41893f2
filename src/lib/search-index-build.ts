/** Building the search index from loaded content (build time and CLI only; never shipped to the browser). */
import type { ContentSet } from './content-integrity.ts';
import { DEFAULT_SETTINGS, DEFAULT_VALUES } from './command-values.ts';
import { COMMON_ERROR_TEXT } from './common-errors.ts';
import { resolveFix } from './fix-commands.ts';
import { SEARCH_INDEX_VERSION, type IndexedItem, type IndexedStep, type SearchIndex } from './search-index.ts';
import { contentPath } from './urls.ts';

/** Builds the index from loaded content. Pure. */
export function buildSearchIndex({ entries, limitations, distros }: ContentSet): SearchIndex {
  const ordered = [...distros].sort((a, b) => a.data.order - b.data.order).map((d) => d.data);
  const items = entries.map(({ slug, data }): IndexedItem => {
    const fix: Record<string, IndexedStep[]> = {};
    for (const distro of ordered) {
      if (data.distros && !data.distros.includes(distro.id)) continue;
      fix[distro.id] = resolveFix(data.fix, distro, DEFAULT_VALUES, DEFAULT_SETTINGS).map((s) =>
        s.status === 'commands' ? { title: s.title, commands: s.commands ?? '' } : { title: s.title, status: s.status },
      );
    }
    return {
      slug, kind: 'entry', title: data.title, path: `/${contentPath('entry', slug)}`, cause: data.cause, phase: data.phase,
      errors: data.errors, symptoms: data.symptoms, fix,
    };
  });
  for (const { slug, data } of limitations) {
    items.push({ slug, kind: 'limitation', title: data.title, path: `/${contentPath('limitation', slug)}`, cause: data.summary, errors: [], symptoms: data.symptoms });
  }
  return { version: SEARCH_INDEX_VERSION, distros: ordered.map((d) => ({ id: d.id, name: d.name })), items, background: [...COMMON_ERROR_TEXT] };
}
