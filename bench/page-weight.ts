/**
 * `npm run bench:weight`: first-visit gzip bytes per page type of the built dist/, and the budgets
 * (issue 12): content pages ≤ 6 KB of JavaScript in total, Starlight's and ours, files and inline
 * scripts (those counted by what they add to the page's gzip size, as they travel inside it);
 * /search/, / and /wizard/ ≤ 20 KB of island JS (the header's launcher counts with the page scripts);
 * the search index ≤ 25 KB. Exits 1 over budget.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipBytes, pageTypes, weighPage } from '../src/node/page-weight.ts';

const KB = 1024;
const CONTENT_JS = 6 * KB;
const ISLAND_JS = 20 * KB;
const INDEX = 25 * KB;
const dist = join(process.cwd(), 'dist');
const kb = (n: number) => `${(n / KB).toFixed(1)} KB`;
let over = 0;
// Owners: "islands" is island code (Preact, the islands, the matcher's worker): what the 20 KB budget of
// /, /search/ and /wizard/ is about; "page" is every other script file, Starlight's and the header's
// search launcher (src/scripts/site-search.ts, copy buttons); both count in a content page's 6 KB.
console.log('first visit, gzip                                       HTML |  CSS (Starlight / ours) |  JS (page / islands / inline) = total JS');
for (const [type, path] of Object.entries(pageTypes(dist))) {
  const w = weighPage(dist, '/', path);
  const total = w.js.starlight + w.js.ours + w.js.inline;
  const content = !['home', 'search', 'wizard'].includes(type);
  const budget = content ? total <= CONTENT_JS : w.js.ours <= ISLAND_JS;
  if (!budget) over++;
  console.log(`${type.padEnd(10)} ${('/' + path).padEnd(42)} ${kb(w.html).padStart(8)} | ${kb(w.css.starlight).padStart(8)} / ${kb(w.css.ours).padStart(7)} | ${kb(w.js.starlight).padStart(8)} / ${kb(w.js.ours).padStart(7)} / ${kb(w.js.inline).padStart(7)} = ${kb(total).padStart(7)}${budget ? '' : `  ✗ over budget (${content ? `${kb(CONTENT_JS)} in total` : `${kb(ISLAND_JS)} of islands`})`}`);
}
const index = join(dist, 'search-index.json');
const indexBytes = existsSync(index) ? gzipBytes(readFileSync(index)) : Infinity;
if (indexBytes > INDEX) over++;
console.log(`search index: ${existsSync(index) ? kb(readFileSync(index).length) : 'missing'} raw, ${kb(indexBytes)} gzip (budget ${kb(INDEX)})${indexBytes > INDEX ? '  ✗ over budget' : ''}`);
if (over > 0) {
  console.error(`page weight: ${over} figure(s) over budget`);
  process.exit(1);
}
