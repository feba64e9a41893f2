/**
 * `npm run bench:search-accuracy`: the error search's accuracy on the frozen held-out set
 * (test/fixtures/heldout/, gathered blind before tuning) and on the tuning set, with the index
 * exactly as the site ships it. Prints every figure beside issue 11's goal and the floor under it
 * (bench/search-accuracy-floors.ts); exits 1 when a figure falls below its floor. Also how many of
 * the tuning answers stay right when the paste comes as other people bring it (src/lib/paste-variants.ts:
 * log prefixes, colours, quoting, wrapping, chatter around it). `--misses` lists
 * the tuning misses (held-out misses are listed by id only: never tune on them).
 */
import { ACCURACY_FLOORS, ACCURACY_GOALS } from './search-accuracy-floors.ts';
import { loadEvalSets } from '../test/support/eval-sets.ts';
import { createMatcher, indexOptions } from '../src/lib/matcher.ts';
import { typoCorrector } from '../src/lib/typo-corrector.ts';
import { judgeCase, keptUnderVariants, rate, type CaseOutcome, type EvalCase } from '../src/lib/search-eval.ts';
import { loadSearchIndex } from '../src/node/search-index-cache.ts';

const index = await loadSearchIndex(process.cwd());
const matcher = createMatcher(index.items, { ...indexOptions(index), typos: typoCorrector });
const sets = loadEvalSets(process.cwd());
const judged = (cases: (EvalCase & { allRequired?: boolean })[]) => cases.map((c) => judgeCase(c, matcher, c.allRequired ?? false));
const pct = (x: number) => `${(x * 100).toFixed(1)} %`;

const pastes = judged(sets.heldoutPastes.filter((c) => c.expect.length > 0));
const outOfScope = judged([...sets.heldoutPastes, ...sets.heldoutQuestions].filter((c) => c.expect.length === 0));
const questions = judged(sets.heldoutQuestions.filter((c) => c.expect.length > 0));
const tuning = judged(sets.tuning);
const tuningBlind = judged(sets.tuningBlind);
const variants = keptUnderVariants(sets.tuning, matcher);

const figures: [keyof typeof ACCURACY_FLOORS, string, number, number][] = [
  ['heldoutPastesTop1', 'held-out pastes top-1', rate(pastes, 'top1'), pastes.length],
  ['heldoutPastesTop3', 'held-out pastes top-3', rate(pastes, 'top3'), pastes.length],
  ['heldoutOutOfScopeQuiet', 'held-out out of scope, no confident answer', rate(outOfScope, 'top1'), outOfScope.length],
  ['heldoutQuestionsTop1', 'held-out questions top-1', rate(questions, 'top1'), questions.length],
  ['tuningTop1', 'tuning set top-1 (pastes, questions, out of scope)', rate(tuning, 'top1'), tuning.length],
  ['tuningBlindTop1', 'tuning, blind batch top-1 (mostly out of scope)', rate(tuningBlind, 'top1'), tuningBlind.length],
  ['tuningVariantsKept', 'tuning answers kept when the paste varies', variants.share, variants.perVariant.reduce((n, v) => n + v.of, 0)],
];
let failed = 0;
for (const [key, name, value, n] of figures) {
  const below = value < ACCURACY_FLOORS[key];
  if (below) failed++;
  console.log(`${name.padEnd(52)} ${pct(value).padStart(8)} of ${String(n).padStart(3)}  goal ${pct(ACCURACY_GOALS[key]).padStart(7)}  floor ${pct(ACCURACY_FLOORS[key]).padStart(7)}${below ? '  ✗ below floor' : ''}`);
}
const blindQuiet = tuningBlind.filter((o) => o.expect.length === 0);
const blindInScope = tuningBlind.filter((o) => o.expect.length > 0);
console.log(`  blind batch: out of scope quiet ${pct(rate(blindQuiet, 'top1'))} of ${blindQuiet.length}, in scope top-1 ${pct(rate(blindInScope, 'top1'))} of ${blindInScope.length}`);
console.log(`  kept per variant (of ${variants.perVariant[0]?.of ?? 0}): ${variants.perVariant.map((v) => `${v.name} ${v.kept}`).join(', ')}`);
const confidences = (o: CaseOutcome[]) => ['high', 'ambiguous', 'low'].map((c) => `${c} ${o.filter((x) => x.confidence === c).length}`).join(', ');
console.log(`confidence on in-scope held-out pastes: ${confidences(pastes)}; on out-of-scope: ${confidences(outOfScope)}`);
console.log(`held-out misses (ids only): ${[...pastes, ...questions, ...outOfScope].filter((o) => !o.top1).map((o) => o.id).join(' ')}`);
if (process.argv.includes('--misses')) {
  for (const m of [...tuning, ...tuningBlind].filter((o) => !o.top1)) console.log(`  tuning miss ${m.id}: expected [${m.expect.join(', ') || 'nothing confident'}] got [${m.got.slice(0, 3).join(', ')}] (${m.confidence})`);
}
if (failed > 0) {
  console.error(`search accuracy: ${failed} figure(s) below the floor`);
  process.exit(1);
}
