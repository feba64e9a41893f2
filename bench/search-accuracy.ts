/**
 * `npm run bench:search-accuracy`: the error search's accuracy on the frozen held-out set
 * (test/fixtures/heldout/, gathered blind before tuning) and on the tuning set, with the index
 * exactly as the site ships it. Prints every figure and each held-out miss; exits 1 below the gates.
 * Gates (issue 11): held-out pastes top-1 ≥ 90 %, top-3 ≥ 97 %; out-of-scope pastes with no
 * confident answer ≥ 80 %; questions top-1 ≥ 90 %; tuning set top-1 ≥ 97 %.
 */
import { loadEvalSets } from '../test/support/eval-sets.ts';
import { createMatcher } from '../src/lib/matcher.ts';
import { judgeCase, rate, type CaseOutcome, type EvalCase } from '../src/lib/search-eval.ts';
import { loadSearchIndex } from '../src/node/search-index-cache.ts';

const GATES = { pastesTop1: 0.9, pastesTop3: 0.97, outOfScopeQuiet: 0.8, questionsTop1: 0.9, tuningTop1: 0.97 };

const index = await loadSearchIndex(process.cwd());
const matcher = createMatcher(index.items, { background: index.background });
const sets = loadEvalSets(process.cwd());
const judged = (cases: (EvalCase & { allRequired?: boolean })[]) => cases.map((c) => judgeCase(c, matcher, c.allRequired ?? false));
const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
const misses = (outcomes: CaseOutcome[]) => outcomes.filter((o) => !o.top1);

const pastes = judged(sets.heldoutPastes.filter((c) => c.expect.length > 0));
const outOfScope = judged([...sets.heldoutPastes, ...sets.heldoutQuestions].filter((c) => c.expect.length === 0));
const questions = judged(sets.heldoutQuestions.filter((c) => c.expect.length > 0));
const tuning = judged(sets.tuning);

const figures = [
  ['held-out pastes top-1', rate(pastes, 'top1'), GATES.pastesTop1, pastes.length],
  ['held-out pastes top-3', rate(pastes, 'top3'), GATES.pastesTop3, pastes.length],
  ['held-out out-of-scope, no confident answer', rate(outOfScope, 'top1'), GATES.outOfScopeQuiet, outOfScope.length],
  ['held-out questions top-1', rate(questions, 'top1'), GATES.questionsTop1, questions.length],
  ['tuning set top-1', rate(tuning, 'top1'), GATES.tuningTop1, tuning.length],
] as const;
let failed = 0;
for (const [name, value, gate, n] of figures) {
  const ok = value >= gate;
  if (!ok) failed++;
  console.log(`${name.padEnd(44)} ${pct(value).padStart(8)} of ${String(n).padStart(3)}  (gate ${pct(gate)})${ok ? '' : '  ✗ below gate'}`);
}
const confidences = (o: CaseOutcome[]) => ['high', 'ambiguous', 'low'].map((c) => `${c} ${o.filter((x) => x.confidence === c).length}`).join(', ');
console.log(`confidence on in-scope held-out pastes: ${confidences(pastes)}; on out-of-scope: ${confidences(outOfScope)}`);
if (process.argv.includes('--misses')) {
  for (const [label, list] of [['held-out paste', misses(pastes)], ['out-of-scope', misses(outOfScope)], ['question', misses(questions)], ['tuning', misses(tuning)]] as const) {
    for (const m of list) console.log(`  ${label} miss ${m.id}: expected [${m.expect.join(', ') || 'nothing confident'}] got [${m.got.slice(0, 3).join(', ')}] (${m.confidence})`);
  }
}
if (failed > 0) {
  console.error(`search accuracy: ${failed} figure(s) below the gate`);
  process.exit(1);
}
