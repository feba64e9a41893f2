/**
 * The error matcher's worker (started by matcher-start.ts): builds the matcher from the index and
 * matches pastes off the page's main thread. Typo tolerance (fuse.js, 7 KB) is fetched the first
 * time a typed query has a word the matcher does not know, not on every visit; until it has
 * arrived, such queries go without corrections.
 */
import type { MatcherOptions } from '../../lib/matcher.ts';
import { serveMatcher } from '../../lib/matcher-service.ts';

let typos: typeof import('../../lib/typo-corrector.ts').typoCorrector | undefined;
let fetching = false;
/** The corrector once it is here; the first call asks for it (again after a failed fetch). */
const correctorFor: NonNullable<MatcherOptions['typos']> = (words) => {
  if (typos === undefined && !fetching) {
    fetching = true;
    void import('../../lib/typo-corrector.ts').then((m) => { typos = m.typoCorrector; }, () => { fetching = false; });
  }
  return typos?.(words);
};
serveMatcher(self as unknown as Parameters<typeof serveMatcher>[0], correctorFor);
