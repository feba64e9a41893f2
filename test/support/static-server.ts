/**
 * Serves a built site on 127.0.0.1 for the browser tests and benchmarks, like any static host:
 * under a sub-path when the site was built for one, gzip-compressed, 404 page for the rest.
 * sirv (production mode) serves only the files it indexed at start, so no path outside the
 * folder can be reached, and malformed URLs are answered rather than crash the server.
 */
import compression from 'compression';
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { join } from 'node:path';
import sirv from 'sirv';

/** A running static server. */
export interface Site { origin: string; url: (path?: string) => string; close: () => Promise<void> }

/** Serves `dir` on a free loopback port under `base` (e.g. '/docs/rootless/'); 404 outside it. */
export async function serveSite(dir: string, base = '/'): Promise<Site> {
  const files = sirv(dir, { dev: false, etag: true, extensions: ['html'] });
  const gzip = compression();
  const notFoundFile = join(dir, '404.html');
  const notFound = existsSync(notFoundFile) ? readFileSync(notFoundFile) : 'not found';
  const sendNotFound = (res: ServerResponse): void => void res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' }).end(notFound);
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const url = req.url ?? '/';
    if (!url.startsWith(base)) return sendNotFound(res);
    req.url = `/${url.slice(base.length)}`;
    gzip(req as never, res as never, () => files(req, res, () => sendNotFound(res)));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (path = '') => origin + base + path.replace(/^\//, ''),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
