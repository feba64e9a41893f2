/**
 * `npm run bench:build`: times `npm run build` (a full production build of the site) and
 * exits 1 over the 60 s budget. `npm ci` is timed by .ci/run, which runs it first.
 */
import { spawnSync } from 'node:child_process';

const BUDGET_SECONDS = 60;
const start = performance.now();
const result = spawnSync('npm', ['run', '--silent', 'build'], { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
const seconds = (performance.now() - start) / 1000;
console.log(`npm run build: ${seconds.toFixed(1)} s (budget ${BUDGET_SECONDS} s)${result.status === 0 ? '' : ' — build FAILED'}`);
if (result.status !== 0 || seconds > BUDGET_SECONDS) process.exit(1);
