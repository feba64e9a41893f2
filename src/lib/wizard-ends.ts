/**
 * What the wizard shows where a path ends: the entry's summary and page link, or the limitation's
 * facts. Built at build time from content and passed to the island; an entry's fix (the generator's
 * input, most of the weight) is a file of its own (`wizard/fixes/<slug>.json`), fetched when a path
 * reaches it, so the wizard page stays light and wakes up fast.
 */
import type { Entry } from '../schemas/entry.ts';
import type { FixEntry } from './fix-view.ts';
import type { Limitation } from '../schemas/limitation.ts';
import type { WizardTree } from '../schemas/wizard.ts';
import { contentPath, withBase } from './urls.ts';
import { reachableEnds } from './wizard-tree.ts';

/** A troubleshooting entry as the wizard's last step shows it. */
export interface EntryEnd {
  kind: 'entry';
  title: string;
  summary: string;
  /** The entry page, with the site base. */
  href: string;
  /** The entry's slug (names the script and the drop-in files, and its fix file). */
  slug: string;
}

/** The fix file's path below the site base. */
export const entryFixPath = (slug: string) => `wizard/fixes/${slug}.json`;

/** Checks the shape of a fix file (`fixEntryOf` of the entry) read from the network: a stale or broken copy is refused, not rendered. */
export function isEntryFix(value: unknown): value is FixEntry {
  const v = value as Partial<FixEntry> | null;
  return typeof v === 'object' && v !== null && Array.isArray(v.diagnose) && Array.isArray(v.fixes) && Array.isArray(v.verify)
    && (v.distros === undefined || Array.isArray(v.distros));
}

/** A limitation as the wizard's last step shows it. */
export interface LimitationEnd {
  kind: 'limitation';
  title: string;
  summary: string;
  href: string;
  facts: string[];
}

/** What a path can end at. */
export type WizardEnd = EntryEnd | LimitationEnd;

/** Content by slug, as the pages load it. */
export interface EndContent {
  entries: ReadonlyMap<string, Entry>;
  limitations: ReadonlyMap<string, Limitation>;
}

/** The ends the tree reaches, keyed `kind:slug`; ends whose page is missing are left out (the build check reports them). */
export function buildEnds(tree: WizardTree, content: EndContent, base: string): Record<string, WizardEnd> {
  const ends: Record<string, WizardEnd> = {};
  for (const key of reachableEnds(tree)) {
    const [kind, slug = ''] = key.split(':') as ['entry' | 'limitation', string];
    const href = withBase(base, contentPath(kind, slug));
    const entry = kind === 'entry' ? content.entries.get(slug) : undefined;
    const limitation = kind === 'limitation' ? content.limitations.get(slug) : undefined;
    if (entry) {
      ends[key] = { kind: 'entry', title: entry.title, summary: entry.summary, href, slug };
    } else if (limitation) {
      ends[key] = { kind: 'limitation', title: limitation.title, summary: limitation.summary, href, facts: limitation.facts };
    }
  }
  return ends;
}
