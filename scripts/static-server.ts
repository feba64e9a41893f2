/** A small static file server for a built site, on 127.0.0.1, optionally under a sub-path (like any static host). */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { createGzip } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json',
  '.svg': 'image/svg+xml', '.xml': 'application/xml', '.txt': 'text/plain', '.woff2': 'font/woff2', '.png': 'image/png',
  '.ico': 'image/x-icon', '.wasm': 'application/wasm', '.pf_meta': 'application/octet-stream',
};

/** A running static server. */
export interface Site { origin: string; url: (path?: string) => string; close: () => Promise<void> }

/** Serves `dir` on a free loopback port under `base` (e.g. '/docs/rootless/'); 404 outside it. */
export async function serveSite(dir: string, base = '/'): Promise<Site> {
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (!path.startsWith(base)) return void res.writeHead(404).end('not found');
    let file = normalize(join(dir, path.slice(base.length)));
    if (!file.startsWith(normalize(dir))) return void res.writeHead(403).end();
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      const notFound = join(dir, '404.html');
      res.writeHead(404, { 'content-type': TYPES['.html'] ?? '' });
      return void (existsSync(notFound) ? createReadStream(notFound).pipe(res) : res.end('not found'));
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    // Compress text like any production static host would, so page-speed figures are realistic.
    if (/text|json|javascript|svg|xml/.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding']))) {
      res.writeHead(200, { 'content-type': type, 'content-encoding': 'gzip', vary: 'accept-encoding' });
      return void createReadStream(file).pipe(createGzip()).pipe(res);
    }
    res.writeHead(200, { 'content-type': type });
    createReadStream(file).pipe(res);
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
