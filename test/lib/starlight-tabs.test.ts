import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { syncedTabsStorageKey } from '../../src/lib/starlight-tabs.ts';

/** Starlight's own Tabs component, as installed. */
const tabsSource = readFileSync(join(process.cwd(), 'node_modules/@astrojs/starlight/dist/user-components/Tabs.astro'), 'utf8');

describe('the private detail of Starlight\'s synced tabs this site depends on', () => {
  test('Starlight still stores a synced tab\'s label under the key the search results read', () => {
    const prefix = syncedTabsStorageKey('');
    expect(tabsSource).toContain(`'${prefix}'`);
    expect(tabsSource).toContain(`localStorage.getItem(\`${prefix}\${syncKey}\`)`);
  });
});
