import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { serveSite, type Site } from './static-server.ts';

/** A raw GET (no URL normalisation by a client library), with the status, headers and body. */
function get(site: Site, path: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; encoding: string | undefined; body: string }>((resolve, reject) => {
    const req = request(`${site.origin}${path}`, { headers }, (res) => {
      let body = '';
      res.setEncoding('latin1').on('data', (c: string) => (body += c)).on('end', () =>
        resolve({ status: res.statusCode ?? 0, encoding: res.headers['content-encoding'], body }));
    });
    req.on('error', reject).end();
  });
}

describe('the static server used by the browser tests and benchmarks', () => {
  const top = mkdtempSync(join(tmpdir(), 'rd-serve-'));
  let site: Site;
  beforeAll(async () => {
    mkdirSync(join(top, 'dist/search'), { recursive: true });
    mkdirSync(join(top, 'dist-secret'), { recursive: true });
    writeFileSync(join(top, 'dist/index.html'), `<h1>home</h1>${'x'.repeat(2000)}`);
    writeFileSync(join(top, 'dist/search/index.html'), '<h1>search</h1>');
    writeFileSync(join(top, 'dist/404.html'), '<h1>missing</h1>');
    writeFileSync(join(top, 'dist-secret/s.txt'), 'secret');
    site = await serveSite(join(top, 'dist'), '/docs/');
  });
  afterAll(async () => {
    await site.close();
    rmSync(top, { recursive: true, force: true });
  });

  test('serves pages under the base path, folders by their index.html', async () => {
    expect((await get(site, '/docs/')).body).toContain('home');
    expect((await get(site, '/docs/search/')).body).toContain('search');
  });

  test('answers 404 with the site\'s 404 page outside the base path and for missing files', async () => {
    for (const path of ['/', '/search/', '/docs/nope/']) {
      const r = await get(site, path);
      expect([r.status, r.body]).toEqual([404, '<h1>missing</h1>']);
    }
  });

  test.each(['/docs/..%2fdist-secret/s.txt', '/docs/../dist-secret/s.txt', '/docs/%2e%2e/dist-secret/s.txt', '/docs/..%5cdist-secret%5cs.txt'])(
    'never serves a file of a sibling folder (%s)', async (path) => {
      const r = await get(site, path);
      expect(r.body).not.toContain('secret');
      expect(r.status).toBe(404);
    });

  test('survives a malformed percent escape and keeps serving', async () => {
    expect((await get(site, '/docs/%')).status).toBeGreaterThanOrEqual(400);
    expect((await get(site, '/docs/%E0%A4%A')).status).toBeGreaterThanOrEqual(400);
    expect((await get(site, '/docs/')).status).toBe(200);
  });

  test('compresses text like a production host when the client accepts gzip', async () => {
    expect((await get(site, '/docs/', { 'accept-encoding': 'gzip' })).encoding).toBe('gzip');
  });
});
