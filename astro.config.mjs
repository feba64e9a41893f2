// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import { contentCheck } from './src/integrations/content-check.ts';
import { linkCheck } from './src/integrations/link-check.ts';
import { cspComplete } from './src/integrations/csp-complete.ts';

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
      styleDirective: { resources: ["'self'", { resource: "'unsafe-inline'", kind: 'attribute' }] },
    },
  },
  integrations: [
    contentCheck(),
    starlight({
      title: 'rootless-doctor',
      description: 'Docker rootless 模式故障排查：粘贴报错，找到对应的修复命令。',
      defaultLocale: 'root',
      // English follows: add `en: { label: 'English', lang: 'en' }` and content under src/content/docs/en/.
      locales: { root: { label: '简体中文', lang: 'zh-CN' } },
      lastUpdated: false,
      pagination: false,
      components: {
        MarkdownContent: './src/components/MarkdownContent.astro',
        Search: './src/components/Search.astro',
      },
      routeMiddleware: './src/route-middleware.ts',
      customCss: ['./src/styles/custom.css'],
      // Long commands wrap instead of scrolling: readable on phones, and no unfocusable scroll regions.
      expressiveCode: { defaultProps: { wrap: true } },
      sidebar: [
        {
          label: '开始',
          items: [
            { label: '首页', link: '/' },
            { label: '粘贴报错', link: '/search/' },
            { label: '回答几个问题', link: '/wizard/' },
            { label: '问题流程图', link: '/wizard/map/' },
            { label: '前提条件', slug: 'prerequisites' },
            { label: '卸载', slug: 'uninstall' },
          ],
        },
        { label: '故障排查', items: [{ autogenerate: { directory: 'troubleshooting' } }] },
        { label: '已知限制', items: [{ autogenerate: { directory: 'limitations' } }] },
        { label: '发行版', items: [{ autogenerate: { directory: 'distros' } }] },
        { label: '参考', items: [{ slug: 'networking/drivers' }, { slug: 'debug/nsenter' }] },
      ],
    }),
    mdx(),
    preact(),
    linkCheck(),
    cspComplete(),
  ],
});
