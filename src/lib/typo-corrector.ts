/** Typo tolerance for typed queries: maps an unknown word to the nearest known one with fuse.js. */
import Fuse from 'fuse.js/min-basic';

/** A corrected word and how much to trust it (0..1), or undefined when nothing is close. */
export type Correction = [word: string | undefined, trust: number];

/** Builds a cached corrector over the known words (only letters, four or more of them, are corrected). */
export function typoCorrector(vocabulary: Iterable<string>): (word: string) => Correction {
  const words = [...vocabulary].filter((w) => w.length >= 4 && /^[a-z][a-z0-9_]*$/.test(w));
  const fuse = new Fuse(words, { includeScore: true, threshold: 0.3, ignoreLocation: true });
  const cache = new Map<string, Correction>();
  return (word) => {
    const hit = cache.get(word);
    if (hit) return hit;
    let found: Correction = [undefined, 0];
    if (word.length >= 4 && /^[a-z][a-z0-9_]*$/.test(word)) {
      const top = fuse.search(word, { limit: 1 })[0];
      if (top && Math.abs(top.item.length - word.length) <= 2) found = [top.item, 0.85 * (1 - (top.score ?? 1))];
    }
    if (cache.size < 5000) cache.set(word, found);
    return found;
  };
}
