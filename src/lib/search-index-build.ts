/** Building the search index, the per-entry result fixes and the doctor's data from loaded content (build time and CLI only; never shipped to the browser). */
import type { Distro } from '../schemas/distro.ts';
import type { Entry } from '../schemas/entry.ts';
import type { Limitation } from '../schemas/limitation.ts';
import type { ContentSet } from './content-integrity.ts';
import { DEFAULT_SETTINGS, DEFAULT_VALUES, valuesFromInput } from './command-values.ts';
import { COMMON_ERROR_TEXT } from './common-errors.ts';
import { engineVersion } from './conditions.ts';
import { DOCTOR_DATA_VERSION, type DoctorData } from './doctor-diagnose.ts';
import { fixEntryOf, viewFix } from './fix-view.ts';
import { canonicalPrint, textsNeedingCanonicalForm } from './match-model.ts';
import type { ResultFix, TellApartCheck } from './result-fix.ts';
import { SEARCH_INDEX_VERSION, type IndexedItem, type SearchIndex } from './search-index.ts';
import { renderTemplate } from './template.ts';
import { contentPath } from './urls.ts';

/** Builds the index from loaded content. Pure. */
export function buildSearchIndex({ entries, limitations, distros }: ContentSet): SearchIndex {
  const ordered = [...distros].sort((a, b) => a.data.order - b.data.order).map((d) => d.data);
  const items = entries.map(({ slug, data }): IndexedItem => ({
    slug, kind: 'entry', title: data.title, phase: data.phase,
    errors: [...data.errors, ...data.logLines], symptoms: data.symptoms,
    ...(data.lookalikes.length > 0 && { lookalikes: data.lookalikes.map((l) => l.error) }),
    ...(data.fallback && { fallback: true as const }),
    ...(data.setting && { setting: { words: data.setting.words, over: data.setting.over } }),
  }));
  for (const { slug, data } of limitations) {
    items.push({ slug, kind: 'limitation', title: data.title, errors: data.errors, symptoms: data.symptoms });
  }
  for (const item of items) item.needsCanonical = textsNeedingCanonicalForm([...item.errors, ...item.symptoms]);
  return { version: SEARCH_INDEX_VERSION, distros: ordered.map((d) => ({ id: d.id, name: d.tab })), items, background: [...COMMON_ERROR_TEXT], canonicalPrint: canonicalPrint() };
}

/** The fix a search result shows for an entry: the first alternative for the common setup, per distro, steps stored once. Pure. */
export function buildResultFix(slug: string, entry: Entry, distros: readonly Distro[]): ResultFix {
  const ordered = [...distros].sort((a, b) => a.order - b.order);
  const steps: ResultFix['steps'] = [];
  const seen = new Map<string, number>();
  const byDistro: ResultFix['byDistro'] = {};
  for (const distro of ordered) {
    if (entry.distros && !entry.distros.includes(distro.id)) continue;
    const setup = { distro, install: DEFAULT_SETTINGS.install, systemd: DEFAULT_SETTINGS.systemd, engine: engineVersion(DEFAULT_SETTINGS.engine) };
    // A step that needs a value with no runnable default (a data-root) shows the pages' example, marked as one.
    const runnable = viewFix({ slug, entry }, setup, valuesFromInput({}), ordered).alternatives[0]?.steps ?? [];
    byDistro[distro.id] = (viewFix({ slug, entry }, setup, DEFAULT_VALUES, ordered).alternatives[0]?.steps ?? []).map((shown, i) => {
      const step = runnable[i]?.body.kind === 'needs-value' && shown.body.kind !== 'needs-value' ? { ...shown, example: true } : shown;
      const key = JSON.stringify(step);
      if (!seen.has(key)) seen.set(key, steps.push(step) - 1);
      return seen.get(key) ?? 0;
    });
  }
  const check = tellApartCheck(entry);
  return { cause: entry.cause, steps, byDistro, moreFixes: entry.fixes.length - 1, ...(check !== undefined && { check }) };
}

/** What a search result shows for a limitation beyond the index: what does not work (its summary), and no fix. Pure. */
export function buildLimitationResult(limitation: Limitation): ResultFix {
  return { cause: limitation.summary, steps: [], byDistro: {}, moreFixes: 0 };
}

/** The diagnose step search shows alone when the entry is one of two close causes: the first without a condition. Pure. */
export function tellApartStep(entry: Entry): Entry['diagnose'][number] | undefined {
  return entry.diagnose.find((d) => d.when === undefined) ?? entry.diagnose[0];
}

/** An entry's first check for the common setup (tellApartStep), rendered, shown when it is one of two close causes. Pure. */
function tellApartCheck(entry: Entry): TellApartCheck | undefined {
  const first = tellApartStep(entry);
  return first === undefined ? undefined : { title: first.title, run: renderTemplate(first.run, DEFAULT_VALUES), bad: first.bad };
}

/** Every entry's tell-apart check by slug, for the CLI (the site serves each with the entry's result fix). Pure. */
export function buildTellApartChecks({ entries }: Pick<ContentSet, 'entries'>): Record<string, TellApartCheck> {
  const checks: Record<string, TellApartCheck> = {};
  for (const { slug, data } of entries) {
    const check = tellApartCheck(data);
    if (check !== undefined) checks[slug] = check;
  }
  return checks;
}

/** The doctor's data (`doctor-data.json`): every entry's rules and fixes, and the distros, for diagnosing a report. Pure. */
export function buildDoctorData({ entries, distros }: Pick<ContentSet, 'entries' | 'distros'>): DoctorData {
  return {
    version: DOCTOR_DATA_VERSION,
    distros: [...distros].sort((a, b) => a.data.order - b.data.order).map((d) => d.data),
    entries: entries.map(({ slug, data }) => ({
      slug, title: data.title, path: `/${contentPath('entry', slug)}`, phase: data.phase, summary: data.summary,
      ...(data.detect !== undefined && { detect: data.detect }),
      // The doctor shows fixes and verify checks; the diagnose checks are what the report already answered.
      fix: { ...fixEntryOf(data), diagnose: [] },
    })),
  };
}
