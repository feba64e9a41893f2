/**
 * Fails `astro build` / `astro dev` before anything renders when content is unsound: schema
 * errors (with the file's line), unknown related slugs, duplicate slugs, unknown distro or
 * release ids, overlapping version ranges, and a wizard tree with a cycle, a dangling option or an
 * entry no path reaches. The same loader fills the content collections.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { loadContent } from '../node/content-files.ts';

/** The Astro integration that runs the content checks at config setup. */
export function contentCheck(): AstroIntegration {
  return {
    name: 'rootless-doctor:content-check',
    hooks: {
      'astro:config:setup': ({ config, logger }) => {
        // A ContentError names every file and problem and says how to fix them; it fails the build as it is.
        const content = loadContent(fileURLToPath(config.root));
        logger.info(`content ok: ${content.entries.length} entries, ${content.limitations.length} limitations`);
      },
    },
  };
}
