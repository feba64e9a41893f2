/** `npm run bench:weight`: prints first-visit gzip bytes per page type of the built dist/. */
import { join } from 'node:path';
import { gzipBytes, pageTypes, weighPage } from '../src/node/page-weight.ts';
import { existsSync, readFileSync } from 'node:fs';

const dist = join(process.cwd(), 'dist');
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
console.log('first visit, gzip  | HTML     | CSS (Starlight / ours) | JS (Starlight / ours)');
for (const [type, path] of Object.entries(pageTypes(dist))) {
  try {
    const w = weighPage(dist, '/', path);
    console.log(`${type.padEnd(10)} ${('/' + path).padEnd(40)} ${kb(w.html).padStart(8)} | ${kb(w.css.starlight).padStart(8)} / ${kb(w.css.ours).padStart(7)} | ${kb(w.js.starlight).padStart(8)} / ${kb(w.js.ours).padStart(7)}`);
  } catch (err) {
    console.log(`${type.padEnd(10)} ${(err as Error).message}`);
  }
}
const index = join(dist, 'search-index.json');
if (existsSync(index)) console.log(`search index: ${kb(readFileSync(index).length)} raw, ${kb(gzipBytes(readFileSync(index)))} gzip`);
