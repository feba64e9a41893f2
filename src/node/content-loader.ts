/**
 * Astro content loaders over the one content loader (content-files.ts): the `entries`,
 * `limitations`, `distros` and `wizard` collections hold exactly the data the checks and the CLI
 * see. Starlight's own `docs` collection still reads the same MDX files for routing and bodies.
 */
import type { Loader } from 'astro/loaders';
import { fileURLToPath } from 'node:url';
import { loadContent, type SiteContent } from './content-files.ts';

/** Which part of the content a collection holds. */
type Part = 'entries' | 'limitations' | 'distros' | 'wizard';

/** Items of one part as `[id, data]` pairs. */
function itemsOf(content: SiteContent, part: Part): [string, Record<string, unknown>][] {
  if (part === 'wizard') return [['tree', content.wizard as unknown as Record<string, unknown>]];
  return content[part].map((item) => [item.slug, item.data as unknown as Record<string, unknown>]);
}

/** A loader for one part of the content; in `astro dev` it reloads when a content file changes. */
export function contentLoader(part: Part): Loader {
  return {
    name: `rootless-doctor:${part}`,
    load: async ({ store, config, watcher, generateDigest }) => {
      const root = fileURLToPath(config.root);
      const sync = () => {
        store.clear();
        for (const [id, data] of itemsOf(loadContent(root), part)) store.set({ id, data, digest: generateDigest(data) });
      };
      sync();
      watcher?.on('change', (path) => {
        if (/src\/content\/(docs\/(troubleshooting|limitations)\/[^/]+\.mdx|distros\/[^/]+\.yaml|wizard\.yaml)$/.test(path)) sync();
      });
    },
  };
}
