// @ts-check
import { defineConfig } from 'astro/config';
import { fileURLToPath } from 'node:url';
import starlight from '@astrojs/starlight';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import { satteri } from '@astrojs/markdown-satteri';
import { contentCheck } from './src/integrations/content-check.ts';
import { linkCheck } from './src/integrations/link-check.ts';
import { cspComplete } from './src/integrations/csp-complete.ts';
import { modulePreload } from './src/integrations/module-preload.ts';
import { buildSidebar } from './src/node/sidebar.ts';

/** Deploy under a sub-path with BASE_PATH=/docs/rootless/; SITE_URL sets absolute URLs and the sitemap. */
const base = process.env.BASE_PATH || '/';
const site = process.env.SITE_URL;

export default defineConfig({
  ...(site ? { site } : {}),
  base,
  trailingSlash: 'always',
  // Strict CSP on every page: scripts only from this origin or by hash (csp-complete adds the
  // hashes of Starlight's inline scripts); WebAssembly for Pagefind; inline style attributes for
  // Expressive Code's colours. No 'unsafe-inline' or 'unsafe-eval' for scripts.
  security: {
    csp: {
      directives: ["default-src 'self'", "img-src 'self' data:", "object-src 'none'", "base-uri 'self'", "form-action 'self'"],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      // Default style-src is 'self' plus the hashes; only style attributes may be inline.
      styleDirective: { resources: [{ resource: "'unsafe-inline'", kind: 'attribute' }] },
    },
  },
  // No smart quotes: `--net=host` must not become `–net=host` in prose. Code is highlighted by
  // Expressive Code (Starlight), not Astro's Shiki.
  markdown: { processor: satteri({ features: { smartPunctuation: false } }), syntaxHighlight: false },
  // No prefetching (Starlight turns it on for every link): a static page arrives fast enough, and
  // content pages stay nearly free of JavaScript.
  prefetch: false,
  vite: {
    // The matcher's worker loads fuse.js in its own chunk (code splitting needs ES module workers).
    worker: { format: 'es' },
    plugins: [{
      // Astro's own head-propagation directive in MDX modules is harmless; the bundler's note about it
      // is noise in every build (all environments: client, server, prerender).
      name: 'rootless-doctor:quiet-head-inject',
      configEnvironment: () => ({
        build: {
          rolldownOptions: {
            onwarn(warning, warn) {
              if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && /astro:head-inject/.test(warning.message)) return;
              warn(warning);
            },
          },
        },
      }),
    }],
  },
  integrations: [
    contentCheck(),
    // Starlight adds @astrojs/sitemap unless one is present; without SITE_URL a sitemap cannot be
    // built, so a stand-in of that name keeps the build quiet (with SITE_URL Starlight adds the real one).
    ...(site ? [] : [{ name: '@astrojs/sitemap', hooks: {} }]),
    starlight({
      title: 'rootless-doctor',
      description: 'Docker rootless 模式故障排查：粘贴报错，找到对应的修复命令。',
      defaultLocale: 'root',
      // English follows: add `en: { label: 'English', lang: 'en' }` and content under src/content/docs/en/.
      locales: { root: { label: '简体中文', lang: 'zh-CN' } },
      // A PNG, not an SVG: Chromium decodes a page's favicon on the page's own main thread, and an SVG
      // costs it a whole SVG document (15–45 ms here on a desktop; a PNG of 32 px, well under 1 ms).
      // Made from the former favicon.svg (a blue rounded square with a white plus) by Chromium at 32 px.
      favicon: '/favicon.png',
      lastUpdated: false,
      pagination: false,
      disable404Route: true,
      components: {
        MarkdownContent: './src/components/MarkdownContent.astro',
        Search: './src/components/Search.astro',
      },
      routeMiddleware: './src/route-middleware.ts',
      customCss: ['./src/styles/custom.css'],
      // Long commands wrap instead of scrolling: readable on phones, and no unfocusable scroll regions.
      // Copy buttons come from src/scripts/copy-buttons.ts, the same as on commands: always visible.
      expressiveCode: { defaultProps: { wrap: true }, frames: { showCopyToClipboardButton: false } },
      sidebar: buildSidebar(fileURLToPath(new URL('.', import.meta.url))),
    }),
    mdx(),
    preact(),
    linkCheck(),
    modulePreload(),
    cspComplete(),
  ],
});
