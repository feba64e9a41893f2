/**
 * `npm run --silent match -- [--json] [file]`: ranks the troubleshooting entries for an error or a
 * whole log read from a file or stdin, with the same matcher and index as the site. Speaks Chinese
 * (English with LANG=en*); prints full URLs when SITE_URL (and BASE_PATH) are set.
 */
import { isatty } from 'node:tty';
import { jsonOutput, messagesFor, textOutput } from '../src/lib/cli-output.ts';
import { createMatcher } from '../src/lib/matcher.ts';
import { typoCorrector } from '../src/lib/typo-corrector.ts';
import { preparePaste } from '../src/lib/paste.ts';
import { readInput } from '../src/node/read-input.ts';
import { loadSearchIndex } from '../src/node/search-index-cache.ts';

const m = messagesFor(process.env.LC_ALL || process.env.LANG);
const args = process.argv.slice(2);
if (args.includes('--help') || args.includes('-h')) {
  console.log(m.usage);
  process.exit(0);
}
const json = args.includes('--json');
const files = args.filter((a) => a !== '--json');
if (files.length > 1 || files.some((f) => f.startsWith('-') && f !== '-')) {
  console.error(m.usage);
  process.exit(2);
}
const file = files[0];
// isatty(0), not process.stdin: touching process.stdin would make a pipe non-blocking.
if ((file === undefined || file === '-') && isatty(0)) console.error(`${m.usage}\n(Ctrl-D)`);

let input: ReturnType<typeof readInput>;
try {
  input = readInput(file);
} catch (err) {
  console.error(`cannot read ${file ?? 'stdin'}: ${(err as Error).message}`);
  process.exit(2);
}
const paste = preparePaste(input.text);
if (paste.text.trim() === '') {
  console.error(`${m.empty}\n\n${m.usage}`);
  process.exit(2);
}

const index = await loadSearchIndex(process.cwd());
const outcome = createMatcher(index.items, { background: index.background, typos: typoCorrector }).match(paste.text);
const items = new Map(index.items.map((i) => [i.slug, i]));
const site = process.env.SITE_URL;
const base = process.env.BASE_PATH;
console.log(json ? jsonOutput(outcome, items, site, base) : textOutput({ ...outcome, capped: outcome.capped || paste.capped }, items, m, site, base, input.truncated));
