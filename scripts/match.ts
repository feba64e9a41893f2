/**
 * `npm run --silent match -- [--json] [file]`: ranks the troubleshooting entries for an error
 * or a whole log read from a file or stdin, with the same matcher and index as the site.
 */
import { readFileSync } from 'node:fs';
import { createMatcher } from '../src/lib/matcher.ts';
import { loadSearchIndex } from '../src/node/search-index-cache.ts';

const USAGE = `usage: npm run --silent match -- [--json] [file]
  reads the error or log from <file>, or from stdin when no file is given
  e.g. journalctl --user -u docker | npm run --silent match`;

const args = process.argv.slice(2);
if (args.includes('--help') || args.includes('-h')) {
  console.log(USAGE);
  process.exit(0);
}
const json = args.includes('--json');
const files = args.filter((a) => a !== '--json');
if (files.length > 1 || files.some((f) => f.startsWith('-') && f !== '-')) {
  console.error(USAGE);
  process.exit(2);
}
const file = files[0];
if (file === undefined && process.stdin.isTTY) {
  console.error(`${USAGE}\n(waiting for stdin; end with Ctrl-D)`);
}

let paste: string;
try {
  paste = readFileSync(file === undefined || file === '-' ? 0 : file, 'utf8');
} catch (err) {
  console.error(`cannot read ${file ?? 'stdin'}: ${(err as Error).message}`);
  process.exit(2);
}

const index = await loadSearchIndex(process.cwd());
const { results, capped } = createMatcher(index.items, { background: index.background }).match(paste);
const paths = new Map(index.items.map((i) => [i.slug, i.path]));

if (json) {
  console.log(JSON.stringify({ results: results.map(({ slug, title, score, line }) => ({ slug, title, score, line })) }));
} else if (results.length === 0) {
  console.log('No confident match. Answer a few questions at /wizard/ or browse the problems by phase at /.');
} else {
  if (capped) console.log('(the input was long: only its first and last part were examined)\n');
  results.forEach((r, n) => {
    console.log(`${n + 1}. ${r.title}  [${Math.round(r.score * 100)}%]\n   ${paths.get(r.slug) ?? ''}\n   matched: ${r.line}\n`);
  });
}
