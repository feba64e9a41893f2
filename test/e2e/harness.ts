/**
 * Shared e2e plumbing: serve a built site from a folder on 127.0.0.1 (optionally under a
 * sub-path, like any static host), and drive Debian's Chromium through playwright-core while
 * recording every request to another origin.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { serveSite, type Site } from '../support/static-server.ts';

export { serveSite, type Site };

/** Where Chromium is: CHROME_PATH, else Debian's /usr/bin/chromium; undefined when neither exists. */
export function findChromium(): string | undefined {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium'].filter((p): p is string => !!p);
  return candidates.find((p) => existsSync(p));
}

/** Why browser tests cannot run here, or undefined when they can. With CI=true a missing browser throws. */
export function browserSkipReason(): string | undefined {
  if (findChromium()) return undefined;
  const msg = 'Chromium not found: install it with `sudo apt-get install -y chromium` (or set CHROME_PATH)';
  if (process.env.CI === 'true') throw new Error(msg);
  console.warn(`\n\u001b[33m⚠ SKIPPING browser tests. ${msg}\u001b[0m\n`);
  return msg;
}

/** A fresh Chromium profile; `foreignRequests` lists every request to an origin other than `origin`, which are blocked. */
export interface Browser { context: BrowserContext; foreignRequests: string[]; close: () => Promise<void> }

/** Launches headless Chromium with clipboard access, blocking and recording requests to other origins. */
export async function launchBrowser(origin: string, options: { javaScript?: boolean } = {}): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), 'rd-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: findChromium() ?? '/usr/bin/chromium',
    headless: true,
    javaScriptEnabled: options.javaScript ?? true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
    permissions: ['clipboard-read', 'clipboard-write'],
    viewport: { width: 1280, height: 900 },
  });
  const foreignRequests: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    foreignRequests.push(url);
    return route.abort();
  });
  return {
    context,
    foreignRequests,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** The built site folder for a base path: `dist` for '/', `dist-sub` for a sub-path build (see test/global-setup). */
export const DIST = join(process.cwd(), 'dist');

/** The two builds the browser tests cover: the site at the root and under a sub-path. */
export const BUILDS = [
  { name: 'at the root', dir: 'dist', base: '/' },
  { name: 'under a sub-path', dir: 'dist-sub', base: '/docs/rootless/' },
] as const;

/** What a describe block's tests use: the served site and the browser (set once its beforeAll has run). */
export interface SiteAndBrowser { site: Site; browser: Browser }

/** Serves the build in `dir` under `base` and opens Chromium for the enclosing describe block; closes both after it. */
export function withSiteAndBrowser(dir: string, base = '/'): SiteAndBrowser {
  const env = {} as SiteAndBrowser;
  beforeAll(async () => {
    env.site = await serveSite(resolve(process.cwd(), dir), base);
    env.browser = await launchBrowser(env.site.origin);
  });
  afterAll(async () => {
    await env.browser?.close();
    await env.site?.close();
  });
  return env;
}
