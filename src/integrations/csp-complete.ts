/** After the build, adds the hashes of every inline script and style to each page's CSP (see src/lib/csp.ts). */
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { completePolicy } from '../lib/csp.ts';

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/** The Astro integration. */
export function cspComplete(): AstroIntegration {
  return {
    name: 'rootless-doctor:csp-complete',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const pages = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
        for (const page of pages) {
          const path = `${root}/${page}`;
          const html = readFileSync(path, 'utf8');
          if (!/http-equiv="content-security-policy"/i.test(html)) throw new Error(`${page} has no Content-Security-Policy meta tag`);
          writeFileSync(path, completePolicy(html, sha256));
        }
        logger.info(`CSP completed on ${pages.length} pages`);
      },
    },
  };
}
