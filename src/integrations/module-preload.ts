/**
 * After the build, adds a `<link rel="modulepreload">` to each page for every module its scripts and
 * islands import before they can run (src/lib/page-weight.ts `pageModules`). Astro's island loader
 * imports an island's component only when it runs, and the browser finds each level of a module's
 * imports only as the level above arrives: one round trip per level on a hosted site. Preloaded,
 * they download with the page. Nothing new is downloaded: these modules load anyway.
 */
import type { AstroIntegration } from 'astro';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { withModulePreloads } from '../lib/module-preload.ts';

/** The Astro integration. */
export function modulePreload(): AstroIntegration {
  let base = '/';
  return {
    name: 'rootless-doctor:module-preload',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const read = (path: string) => (existsSync(join(out, path)) ? readFileSync(join(out, path), 'utf8') : undefined);
        let preloaded = 0;
        for (const page of readdirSync(out, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'))) {
          const path = join(out, page);
          const html = readFileSync(path, 'utf8');
          const next = withModulePreloads(html, base, read);
          if (next === html) continue;
          writeFileSync(path, next);
          preloaded++;
        }
        logger.info(`module preloads added to ${preloaded} pages`);
      },
    },
  };
}
