/**
 * What the wizard shows where a path ends: the entry's summary, fix and checks, or the
 * limitation's facts, with the page link. Built at build time from content, passed to the island.
 */
import type { Entry } from '../schemas/entry.ts';
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
  /** The entry's slug (names the script and the drop-in files). */
  slug: string;
  /** What the fix view needs of the entry. */
  entry: Pick<Entry, 'diagnose' | 'fixes' | 'verify' | 'distros'>;
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
      const { diagnose, fixes, verify, distros } = entry;
      ends[key] = {
        kind: 'entry', title: entry.title, summary: entry.summary, href, slug,
        entry: { diagnose, fixes, verify, ...(distros !== undefined && { distros }) },
      };
    } else if (limitation) {
      ends[key] = { kind: 'limitation', title: limitation.title, summary: limitation.summary, href, facts: limitation.facts };
    }
  }
  return ends;
}
