/**
 * `npm run --silent match -- [--json | --script] [file]`: ranks the troubleshooting entries for an
 * error or a whole log read from a file or stdin, with the same matcher and index as the site; a
 * doctor report (`sh doctor.sh | npm run --silent match`) is diagnosed like on the site instead.
 * Speaks Chinese (English with LANG=en*); prints full URLs when SITE_URL (and BASE_PATH) are set.
 */
import { isatty } from 'node:tty';
import { doctorJsonOutput, doctorTextOutput, jsonOutput, messagesFor, textOutput } from '../src/lib/cli-output.ts';
import { diagnose } from '../src/lib/doctor-diagnose.ts';
import { isDoctorReport, parseDoctorReport } from '../src/lib/doctor-report.ts';
import { createMatcher, indexOptions } from '../src/lib/matcher.ts';
import { typoCorrector } from '../src/lib/typo-corrector.ts';
import { preparePaste } from '../src/lib/paste.ts';
import { readInput } from '../src/node/read-input.ts';
import { loadDoctorData, loadSearchIndex, loadTellApartChecks } from '../src/node/search-index-cache.ts';

const m = messagesFor(process.env.LC_ALL || process.env.LANG);
const args = process.argv.slice(2);
if (args.includes('--help') || args.includes('-h')) {
  console.log(m.usage);
  process.exit(0);
}
const json = args.includes('--json');
const scriptOnly = args.includes('--script');
const files = args.filter((a) => a !== '--json' && a !== '--script');
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
const matcher = createMatcher(index.items, { ...indexOptions(index), typos: typoCorrector });
const site = process.env.SITE_URL;
const base = process.env.BASE_PATH;

if (isDoctorReport(paste.text)) {
  const diagnosis = diagnose(parseDoctorReport(paste.text), await loadDoctorData(process.cwd()), (log) => matcher.match(log));
  if (scriptOnly) {
    if (diagnosis.script !== undefined) console.log(diagnosis.script);
    else console.error(m.healthy);
  } else console.log(json ? doctorJsonOutput(diagnosis, site, base) : doctorTextOutput(diagnosis, m, site, base));
  process.exit(0);
}
if (scriptOnly) {
  console.error(`${m.notReport}\n\n${m.usage}`);
  process.exit(2);
}

const outcome = matcher.match(paste.text);
const items = new Map(index.items.map((i) => [i.slug, i]));
const checks = outcome.confidence === 'ambiguous' ? await loadTellApartChecks(process.cwd()) : {};
console.log(json ? jsonOutput(outcome, items, site, base) : textOutput({ ...outcome, capped: outcome.capped || paste.capped }, items, m, site, { base, truncated: input.truncated, checks }));
