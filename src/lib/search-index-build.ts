/** Building the search index from loaded content (build time and CLI only; never shipped to the browser). */
import type { ContentSet } from './content-integrity.ts';
import { DEFAULT_SETTINGS, DEFAULT_VALUES } from './command-values.ts';
import { engineVersion } from './conditions.ts';
import { COMMON_ERROR_TEXT } from './common-errors.ts';
import { viewFix, type StepView } from './fix-view.ts';
import { SEARCH_INDEX_VERSION, type IndexedItem, type SearchIndex } from './search-index.ts';
import { contentPath } from './urls.ts';

/** Builds the index from loaded content. Pure. */
export function buildSearchIndex({ entries, limitations, distros }: ContentSet): SearchIndex {
  const ordered = [...distros].sort((a, b) => a.data.order - b.data.order).map((d) => d.data);
  const items = entries.map(({ slug, data }): IndexedItem => {
    const fix: Record<string, StepView[]> = {};
    for (const distro of ordered) {
      if (data.distros && !data.distros.includes(distro.id)) continue;
      const view = viewFix({ slug, entry: data }, { distro, install: DEFAULT_SETTINGS.install, systemd: DEFAULT_SETTINGS.systemd, engine: engineVersion(DEFAULT_SETTINGS.engine) }, DEFAULT_VALUES, ordered);
      fix[distro.id] = view.alternatives[0]?.steps ?? [];
    }
    return {
      slug, kind: 'entry', title: data.title, path: `/${contentPath('entry', slug)}`, cause: data.cause, phase: data.phase,
      errors: [...data.errors, ...data.logLines], symptoms: data.symptoms, fix,
      ...(data.fixes.length > 1 && { moreFixes: data.fixes.length - 1 }),
    };
  });
  for (const { slug, data } of limitations) {
    items.push({ slug, kind: 'limitation', title: data.title, path: `/${contentPath('limitation', slug)}`, cause: data.summary, errors: [], symptoms: data.symptoms });
  }
  return { version: SEARCH_INDEX_VERSION, distros: ordered.map((d) => ({ id: d.id, name: d.tab })), items, background: [...COMMON_ERROR_TEXT] };
}
