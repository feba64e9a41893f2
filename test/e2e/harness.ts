/**
 * Shared e2e plumbing: every test file connects to the one Chromium the global setup started and
 * opens its own context on a served build; requests to other origins fail (the browser's proxy is
 * dead) and are recorded, CSP violations and page errors are collected.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';

/**
 * axe-core, put into every page of a context before the page's own scripts (an init script, which
 * the page's CSP does not govern). Loading it once per page and asking only for violations makes
 * a check take a fraction of a second instead of seconds.
 */
const AXE_SOURCE = readFileSync(join(process.cwd(), 'node_modules/axe-core/axe.min.js'), 'utf8');

/** axe's violations in a page (or the part `scope` selects), as readable lines. */
export function axeViolations(page: Page, scope?: string): Promise<string[]> {
  return page.evaluate(async (selector) => {
    const axe = (window as unknown as { axe: { run: (c: Element | Document, o: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const context = selector ? document.querySelector(selector) ?? document : document;
    const { violations } = await axe.run(context, { resultTypes: ['violations'] });
    return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  }, scope);
}

/** Why browser tests cannot run here, or undefined when they can. With CI=true a missing browser throws. */
export function browserSkipReason(): string | undefined {
  if (inject('browserWs') !== '') return undefined;
  const msg = 'Chromium not found: install it with `sudo apt-get install -y chromium` (or set CHROME_PATH)';
  if (process.env.CI === 'true') throw new Error(msg);
  console.warn(`\n\u001b[33m⚠ SKIPPING browser tests. ${msg}\u001b[0m\n`);
  return msg;
}

/** Which build a test file drives. */
export type BuildName = 'root' | 'sub';

/** The two builds the browser tests cover. */
export const BUILDS = [{ name: 'at the root', build: 'root' }, { name: 'under a sub-path', build: 'sub' }] as const;

/** How to open a page: viewport, theme, and whether axe is loaded into it (it costs a little on every load). */
export interface OpenOptions {
  width?: number; height?: number; theme?: 'light' | 'dark'; axe?: boolean;
  /** Hold every script and JSON response of the site this long, as on a slow phone, so the page paints before its islands wake. */
  lateMs?: number;
}

/** What a describe block's tests use, set once its beforeAll has run. */
export interface Env {
  context: BrowserContext;
  /** The build's base path ('/' or '/docs/rootless/'). */
  base: string;
  /** Absolute URL of a path below the base. */
  url: (path?: string) => string;
  /** Requests to other origins (blocked). */
  foreignRequests: string[];
  /** Uncaught page errors. */
  pageErrors: string[];
  /** Opens a new page at a path below the base. */
  open: (path?: string, options?: OpenOptions) => Promise<Page>;
  /** A new page set up as `open` would, not yet navigated (to be reused from path to path). */
  prepare: (options?: OpenOptions) => Promise<Page>;
}

/** Connects to the shared browser and opens a context on a build for the enclosing describe block. */
export function useSite(build: BuildName = 'root', options: { javaScript?: boolean } = {}): Env {
  const env = { foreignRequests: [] as string[], pageErrors: [] as string[] } as unknown as Env;
  let browser: Browser | undefined;
  beforeAll(async () => {
    const { origin, base } = inject('builds')[build];
    browser = await chromium.connect(inject('browserWs'));
    const context = await browser.newContext({
      javaScriptEnabled: options.javaScript ?? true,
      permissions: ['clipboard-read', 'clipboard-write'],
      viewport: { width: 1280, height: 900 },
    });
    // The browser sends anything not for 127.0.0.1 to a dead proxy (global-setup.ts); here it is recorded.
    context.on('request', (request) => {
      const url = request.url();
      if (!(url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:'))) env.foreignRequests.push(url);
    });
    await context.addInitScript(() => {
      const seen: string[] = ((window as unknown as { __csp: string[] }).__csp = []);
      document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`));
    });
    Object.assign(env, {
      context, base,
      url: (path = '') => origin + base + path.replace(/^\//, ''),
      open: async (path = '', o: OpenOptions = {}) => {
        const page = await env.prepare(o);
        await page.goto(env.url(path));
        return page;
      },
      prepare: async (o: OpenOptions = {}) => {
        const page = await context.newPage();
        if (o.axe) await page.addInitScript({ content: AXE_SOURCE });
        if (o.lateMs) await holdResponses(page, /\.(js|json)(\?|$)/, o.lateMs);
        page.on('pageerror', (e) => env.pageErrors.push(e.message));
        if (o.width) await page.setViewportSize({ width: o.width, height: o.height ?? 844 });
        if (o.theme) {
          await page.addInitScript((t) => localStorage.setItem('starlight-theme', t), o.theme);
          await page.emulateMedia({ colorScheme: o.theme });
        }
        return page;
      },
    });
  });
  afterAll(async () => {
    await env.context?.close();
    await browser?.close();
  });
  return env;
}

/**
 * Waits until the islands that have hydrated have also run their effects, where listeners such as
 * the search box's `/` key are added: an island is awake (its `ssr` attribute gone) as soon as it has
 * rendered, but Preact runs effects in a task it queues at the next animation frame (or 35 ms later
 * at most), so a frame asked for after the render, and a task queued from it, come after them.
 */
export function islandEffectsRun(page: Page): Promise<void> {
  return page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => setTimeout(done))));
}

/**
 * Makes every request of `page` whose URL matches `url` fail as an unavailable server's does (HTTP 503),
 * calling `seen` for each; the product treats that as it treats a network error (both reject). Not
 * `route.abort()`: in Chromium a later request of a page after an aborted one can fail or never be
 * answered (microsoft/playwright#41802, a Chromium bug); the search dialog's code never arrived once
 * in CI, after the aborted index.
 */
export async function refuseResponses(page: Page, url: string | RegExp, seen: () => void = () => undefined): Promise<void> {
  await page.route(url, (route) => {
    seen();
    return route.fulfill({ status: 503, contentType: 'text/plain', body: 'unavailable' });
  });
}

/** Holds every request of `page` whose URL matches `url` for `ms` before it goes on, as a slow network would. */
export async function holdResponses(page: Page, url: string | RegExp, ms: number): Promise<void> {
  await page.route(url, async (route) => {
    await new Promise((done) => setTimeout(done, ms));
    await route.fallback();
  });
}

/** The CSP violations a page has recorded. */
export function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __csp: string[] }).__csp ?? []);
}

/**
 * How much the page's content has jumped so far: the sum of its layout shifts not caused by input
 * (an upper bound of Cumulative Layout Shift; 0.1 is "needs improvement" for web.dev).
 */
export function layoutShift(page: Page): Promise<number> {
  return page.evaluate(() => new Promise<number>((done) => {
    let sum = 0;
    const observer = new PerformanceObserver((list) => {
      for (const e of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) if (!e.hadRecentInput) sum += e.value;
    });
    observer.observe({ type: 'layout-shift', buffered: true });
    // buffered entries arrive in the observer's next callback; none at all means no shift
    setTimeout(() => { observer.disconnect(); done(sum); }, 100);
  }));
}
