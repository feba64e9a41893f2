/**
 * `npm run bench:build`: times `npm run build` (a full production build of the site) and exits 1
 * over the 60 s budget, or when the build prints a warning (a newcomer reads warnings as breakage:
 * a clean build prints none). `npm ci` is timed by .ci/run, which runs it first.
 */
import { spawnSync } from 'node:child_process';

const BUDGET_SECONDS = 60;
/** Lines that are warnings, from Astro, Vite or the integrations (colour codes removed first). */
const WARNING = /\[WARN\]|\bwarn(?:ing)?\b[:\]]|\(!\)|deprecated/i;

const start = performance.now();
const result = spawnSync('npm', ['run', '--silent', 'build'], { encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
const seconds = (performance.now() - start) / 1000;
const warnings = `${result.stdout}\n${result.stderr}`.replace(/\u001b\[[0-9;]*m/g, '').split('\n').filter((l) => WARNING.test(l));
console.log(`npm run build: ${seconds.toFixed(1)} s (budget ${BUDGET_SECONDS} s), ${warnings.length} warning(s)${result.status === 0 ? '' : ' — build FAILED'}`);
for (const w of warnings) console.log(`  ${w.trim()}`);
if (result.status !== 0) console.error(result.stderr);
if (result.status !== 0 || seconds > BUDGET_SECONDS || warnings.length > 0) process.exit(1);
