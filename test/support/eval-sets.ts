/** The search evaluation sets: the frozen held-out set (test/fixtures/heldout/) and the tuning sets (pastes.yaml, pastes-realworld.yaml, pastes-out-of-scope.yaml, questions.yaml; the blind batches pastes-tuning-blind*.yaml). */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { EvalCase } from '../../src/lib/search-eval.ts';

/** A held-out case as gathered: one expected slug (or `none`), optional other correct slugs, its source. */
interface HeldOutCase { id: string; expect: string; acceptable?: string[]; source: string; paste: string }
/** A tuning case: the slugs it should land on (several for a log with several problems; none for out of scope), or one slug and other right answers (`acceptable`). */
interface TuningCase { id: string; expect: string[]; acceptable?: string[]; paste: string }

/** Every set, as EvalCases; tuning cases with several slugs need all of them first (`allRequired`). */
export interface EvalSets {
  heldoutPastes: EvalCase[];
  heldoutQuestions: EvalCase[];
  tuning: (EvalCase & { allRequired: boolean })[];
  /** Tuning cases gathered blind of the matcher and the content's errors (pastes-tuning-blind*.yaml): may be tuned on, kept apart so their figure shows how the search meets pastes nobody shaped it for. */
  tuningBlind: (EvalCase & { allRequired: boolean })[];
}

const read = (root: string, file: string) => parse(readFileSync(join(root, 'test/fixtures', file), 'utf8')) as unknown;

/** The blind batches' files (pastes-tuning-blind.yaml, then -3, -4 … by number), as they are in test/fixtures. */
function blindFiles(root: string): string[] {
  const batch = (file: string) => Number(/-(\d+)\.yaml$/.exec(file)?.[1] ?? 0);
  return readdirSync(join(root, 'test/fixtures')).filter((file) => /^pastes-tuning-blind(?:-\d+)?\.yaml$/.test(file)).sort((a, b) => batch(a) - batch(b));
}

/** Loads all sets. */
export function loadEvalSets(root: string): EvalSets {
  const heldout = (file: string): EvalCase[] => (read(root, `heldout/${file}`) as HeldOutCase[]).map((c) => ({
    id: c.id, paste: c.paste, expect: c.expect === 'none' ? [] : [c.expect, ...(c.acceptable ?? [])],
  }));
  const tuning = (file: string) => (read(root, file) as TuningCase[]).map((c) => c.acceptable
    ? { id: c.id, paste: c.paste, expect: [...c.expect, ...c.acceptable], allRequired: false }
    : { id: c.id, paste: c.paste, expect: c.expect, allRequired: true });
  return {
    heldoutPastes: [...heldout('pastes-a.yaml'), ...heldout('pastes-b.yaml')],
    heldoutQuestions: heldout('questions.yaml'),
    tuning: [...tuning('pastes.yaml'), ...tuning('pastes-realworld.yaml'), ...tuning('pastes-out-of-scope.yaml'), ...tuning('questions.yaml')],
    tuningBlind: blindFiles(root).flatMap(tuning),
  };
}
