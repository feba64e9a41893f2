/** Fails `astro build` when the built site has a broken internal link or anchor. */
import type { AstroIntegration } from 'astro';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractLinks, findBrokenLinks, type PageLinks } from '../lib/link-check.ts';

/** The Astro integration: checks links after the build has written the site. */
export function linkCheck(): AstroIntegration {
  let base = '/';
  return {
    name: 'rootless-doctor:link-check',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const files = readdirSync(root, { recursive: true, withFileTypes: true })
          .filter((d) => d.isFile())
          .map((d) => relative(root, join(d.parentPath, d.name)));
        const pages = new Map<string, PageLinks>();
        for (const f of files.filter((f) => f.endsWith('.html'))) pages.set(f, extractLinks(readFileSync(`${root}/${f}`, 'utf8')));
        const broken = findBrokenLinks(pages, new Set(files), base);
        if (broken.length > 0) {
          throw new Error(`${broken.length} broken internal link(s):\n${broken.map((b) => `  - ${b}`).join('\n')}\nFix the link in the page's source (MDX links are relative: ../other-slug/).`);
        }
        logger.info(`links ok: ${pages.size} pages checked`);
      },
    },
  };
}
