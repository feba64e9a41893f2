/**
 * After the build, adds the hashes of Starlight's inline scripts to each page's CSP (see
 * src/lib/csp.ts) and fails the build on any other inline script or style: content must never be
 * able to run code, and this step must never bless what it does not know.
 */
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { completePolicy, inlineScriptsOf, normaliseCode, type KnownInline } from '../lib/csp.ts';
import { NOSCRIPT_SEARCH_STYLE } from '../route-middleware-text.ts';

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/** Starlight's `is:inline` scripts as installed (read from its components), and this site's own inline style. */
function knownInline(root: string): KnownInline {
  const starlight = join(root, 'node_modules/@astrojs/starlight');
  const scripts = readdirSync(starlight, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.astro') && !f.includes('node_modules'))
    .flatMap((f) => inlineScriptsOf(readFileSync(join(starlight, f), 'utf8')));
  if (scripts.length === 0) throw new Error('csp-complete: found no is:inline scripts in @astrojs/starlight; its layout changed, update src/integrations/csp-complete.ts');
  return { scripts: new Set(scripts), styles: new Set([normaliseCode(NOSCRIPT_SEARCH_STYLE)]) };
}

/** The Astro integration. */
export function cspComplete(): AstroIntegration {
  let root = '';
  return {
    name: 'rootless-doctor:csp-complete',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const known = knownInline(root);
        const pages = readdirSync(out, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
        const problems: string[] = [];
        for (const page of pages) {
          const path = join(out, page);
          const html = readFileSync(path, 'utf8');
          if (!/http-equiv="content-security-policy"/i.test(html)) throw new Error(`${page} has no Content-Security-Policy meta tag`);
          const result = completePolicy(html, sha256, known);
          problems.push(...result.unknown.map((u) => `${page}: ${u}`));
          writeFileSync(path, result.html);
        }
        if (problems.length > 0) {
          throw new Error(`${problems.length} inline script(s) or style(s) the CSP does not know:\n${problems.map((p) => `  - ${p}`).join('\n')}\nContent must not inject code; if this is Starlight's own code after an upgrade, check it and teach src/integrations/csp-complete.ts where it comes from.`);
        }
        logger.info(`CSP completed on ${pages.length} pages`);
      },
    },
  };
}
