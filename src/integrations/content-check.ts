/**
 * Fails `astro build` / `astro dev` before anything renders when content is unsound: schema
 * errors (with the file's line), unknown related slugs, duplicate slugs, unknown distro or
 * release ids, overlapping version ranges, and a wizard tree with a cycle, a dangling option or an
 * entry no path reaches. The same loader fills the content collections.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { ContentError, loadContent } from '../node/content-files.ts';

/** The Astro integration that runs the content checks at config setup. */
export function contentCheck(): AstroIntegration {
  return {
    name: 'rootless-doctor:content-check',
    hooks: {
      'astro:config:setup': ({ config, logger }) => {
        try {
          const content = loadContent(fileURLToPath(config.root));
          logger.info(`content ok: ${content.entries.length} entries, ${content.limitations.length} limitations`);
        } catch (err) {
          if (err instanceof ContentError) {
            throw new Error(`${err.message}\nFix the files named above, then build again (npm run check:content checks faster).`);
          }
          throw err;
        }
      },
    },
  };
}
