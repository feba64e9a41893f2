/**
 * Once per test run: serve both builds (the site at / and under /docs/rootless/) and start one
 * Chromium for every browser test file, which each open their own context on it.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type BrowserServer } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { serveSite, type Site } from '../support/static-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the shared Chromium listens ('' when there is no browser here). */
    browserWs: string;
    /** Origin and base of each served build. */
    builds: { root: { origin: string; base: string }; sub: { origin: string; base: string } };
  }
}

/** Chromium's path: CHROME_PATH, else Debian's /usr/bin/chromium; undefined when neither exists. */
export function findChromium(): string | undefined {
  return [process.env.CHROME_PATH, '/usr/bin/chromium'].filter((p): p is string => !!p).find((p) => existsSync(p));
}

/** Flags that keep Chromium quiet and off the network in this sandbox. */
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const sites: Site[] = [];
  for (const dir of ['dist', 'dist-sub']) {
    if (!existsSync(join(process.cwd(), dir))) throw new Error(`${dir} does not exist: run \`npm run build && npm run build:sub\` first (npm test does).`);
  }
  const root = await serveSite(join(process.cwd(), 'dist'), '/');
  const sub = await serveSite(join(process.cwd(), 'dist-sub'), '/docs/rootless/');
  sites.push(root, sub);
  project.provide('builds', { root: { origin: root.origin, base: '/' }, sub: { origin: sub.origin, base: '/docs/rootless/' } });
  const executablePath = findChromium();
  let server: BrowserServer | undefined;
  // Every request that is not to the served builds goes to a proxy that does not exist, so it fails
  // (the harness records it). Blocking this way, not with a route, keeps Chromium's cache on: a
  // route turns it off, and every page load would fetch and compile the site's code again.
  if (executablePath) server = await chromium.launchServer({ executablePath, headless: true, args: CHROMIUM_ARGS, proxy: { server: 'http://127.0.0.1:9', bypass: '127.0.0.1' } });
  project.provide('browserWs', server?.wsEndpoint() ?? '');
  return async () => {
    await server?.close();
    await Promise.all(sites.map((s) => s.close()));
  };
}
