/**
 * `npm run --silent match -- [--json | --script] [file]`: ranks the troubleshooting entries for an
 * error or a whole log read from a file or stdin, with the same matcher and index as the site; a
 * doctor report (`sh doctor.sh | npm run --silent match`) is diagnosed like on the site instead.
 * Speaks Chinese (English with LANG=en*); prints full URLs when SITE_URL (and BASE_PATH) are set.
 */
import { resolve } from 'node:path';
import { isatty } from 'node:tty';
import { doctorJsonOutput, doctorTextOutput, jsonOutput, messagesFor, textOutput } from '../src/lib/cli-output.ts';
import { diagnose } from '../src/lib/doctor-diagnose.ts';
import { isDoctorReport, parseDoctorReport } from '../src/lib/doctor-report.ts';
import { createMatcher, indexOptions } from '../src/lib/matcher.ts';
import { typoCorrector } from '../src/lib/typo-corrector.ts';
import { capPaste, MAX_PASTE_CHARS, preparePaste } from '../src/lib/paste.ts';
import { readInput } from '../src/node/read-input.ts';
import { loadDoctorData, loadSearchIndex, loadTellApartChecks } from '../src/node/search-index-cache.ts';

const m = messagesFor(process.env.LC_ALL, process.env.LC_MESSAGES, process.env.LANG);
const args = process.argv.slice(2);
if (args.includes('--help') || args.includes('-h')) {
  console.log(m.usage);
  process.exit(0);
}
const json = args.includes('--json');
const scriptOnly = args.includes('--script');

// Output that cannot be written (a full disk, `> /dev/full`) is a failure, not an empty success; a reader
// that stops early (`| head`) is not.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(0);
  process.stderr.write(`cannot write the output: ${err.message}\n`);
  process.exit(1);
});

/** Says why the input could not be used and exits 2; as JSON (`{"error": …}` on stdout) when --json was asked for. */
function fail(message: string): never {
  if (json) console.log(JSON.stringify({ error: message }));
  console.error(message);
  process.exit(2);
}

const files = args.filter((a) => a !== '--json' && a !== '--script');
const unknown = files.find((f) => f.startsWith('-') && f !== '-');
if (unknown !== undefined) fail(`${m.unknownOption.replace('{option}', unknown)}\n\n${m.usage}`);
if (files.length > 1) fail(m.usage);
const file = files[0];
// isatty(0), not process.stdin: touching process.stdin would make a pipe non-blocking.
if ((file === undefined || file === '-') && isatty(0)) console.error(`${m.usage}\n(Ctrl-D)`);

let input: ReturnType<typeof readInput>;
try {
  // A relative file name is the reader's, from the directory npm was started in (npm runs scripts in the package's).
  input = readInput(file === undefined || file === '-' ? file : resolve(process.env.INIT_CWD ?? process.cwd(), file));
} catch (err) {
  fail(`${m.cannotRead}${file ?? 'stdin'}: ${(err as Error).message}`);
}
// The CLI examines as much as the matcher does (MAX_PASTE_CHARS), not the paste box's share of it.
const paste = preparePaste(input.text, MAX_PASTE_CHARS);
if (paste.text.trim() === '') fail(`${input.bytes > 0 ? m.nothingReadable : m.empty}\n\n${m.usage}`);

const index = await loadSearchIndex(process.cwd());
const matcher = createMatcher(index.items, { ...indexOptions(index), typos: typoCorrector });
const site = process.env.SITE_URL;
const base = process.env.BASE_PATH;

if (isDoctorReport(paste.text)) {
  // The report as written: its values are checked before they reach a command, and one with a hidden character
  // (zero-width, bidi) is refused, never quietly cleaned into another value (command-values.ts).
  const diagnosis = diagnose(parseDoctorReport(capPaste(input.text).text), await loadDoctorData(process.cwd()), (log) => matcher.match(log));
  if (scriptOnly) {
    for (const line of diagnosis.machine.refused) console.error(line);
    if (!diagnosis.report.readable) fail(m.unreadable);
    if (diagnosis.script !== undefined) console.log(diagnosis.script);
    else if (diagnosis.problems.length > 0) {
      // Problems, but a script would stop before doing anything: an empty fix.sh must not look like a fix.
      console.error(m.noScript);
      process.exit(3);
    } else console.error(m.healthy);
  } else console.log(json ? doctorJsonOutput(diagnosis, site, base) : doctorTextOutput(diagnosis, m, site, base));
  process.exit(diagnosis.report.readable ? 0 : 2);
}
if (scriptOnly) fail(`${m.notReport}\n\n${m.usage}`);

const outcome = matcher.match(paste.text);
const items = new Map(index.items.map((i) => [i.slug, i]));
const checks = outcome.confidence === 'ambiguous' ? await loadTellApartChecks(process.cwd()) : {};
console.log(json ? jsonOutput(outcome, items, site, base) : textOutput({ ...outcome, capped: outcome.capped || paste.capped }, items, m, site, { base, truncated: input.truncated, checks }));
