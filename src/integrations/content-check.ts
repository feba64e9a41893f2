/**
 * Fails `astro build` / `astro dev` before anything renders when content is unsound:
 * schema errors, unknown related slugs, duplicate slugs, unknown distro ids, and a wizard tree
 * with a cycle, a dangling option or an entry no path reaches.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { ContentError, loadContent } from '../../scripts/load-content.ts';
import { checkWizard } from '../../scripts/load-wizard.ts';

/** The Astro integration that runs the content checks at config setup. */
export function contentCheck(): AstroIntegration {
  return {
    name: 'rootless-doctor:content-check',
    hooks: {
      'astro:config:setup': ({ config, logger }) => {
        const root = fileURLToPath(config.root);
        try {
          const content = loadContent(root);
          checkWizard(root, content);
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
