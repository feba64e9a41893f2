/**
 * Starlight's synced tabs, as this site relies on them. Starlight keeps a synced tab's label in
 * localStorage under a key that is a private detail of its Tabs component; this module is the only
 * place that knows it, and test/lib/starlight-tabs.test.ts fails if Starlight changes it.
 */

/** The sync key of the distro tabs on entry pages (the search results read the same choice). */
export const DISTRO_TABS_SYNC_KEY = 'distro';

/** The sync key of the Engine version tabs on entry pages. */
export const ENGINE_TABS_SYNC_KEY = 'engine';

/** The localStorage key under which Starlight stores the label picked in synced tabs with `syncKey`. */
export function syncedTabsStorageKey(syncKey: string): string {
  return `starlight-synced-tabs__${syncKey}`;
}
