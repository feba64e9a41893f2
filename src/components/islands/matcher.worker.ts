/**
 * The error matcher's worker (started by search-index-loader.ts): builds the matcher from the index
 * and matches pastes off the page's main thread. Typo tolerance (fuse.js) arrives in its own chunk
 * a moment later, as on the page before; until then typed queries go without corrections.
 */
import { serveMatcher } from '../../lib/matcher-service.ts';

let typos: typeof import('../../lib/typo-corrector.ts').typoCorrector | undefined;
void import('../../lib/typo-corrector.ts').then((m) => { typos = m.typoCorrector; }, () => undefined);
serveMatcher(self as unknown as Parameters<typeof serveMatcher>[0], (words) => typos?.(words));
