/**
 * The search index for the CLI: built from the content on first call and cached under
 * `.cache/`, keyed by a hash of the content and of the code that builds it, so a later call
 * only hashes a few dozen files and reads one JSON file.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isSearchIndex, type SearchIndex } from '../lib/search-index.ts';

/** Folders and files whose content decides the index. */
const INPUTS = [
  'src/content/docs/troubleshooting', 'src/content/docs/limitations', 'src/content/distros', 'src/content/wizard.yaml',
  'src/schemas', 'src/lib', 'src/node/content-files.ts',
];

/** Lists the input files under `root`, sorted, skipping missing ones. */
function inputFiles(root: string): string[] {
  const files: string[] = [];
  for (const input of INPUTS) {
    const path = join(root, input);
    if (!existsSync(path)) continue;
    if (/\.(ts|yaml)$/.test(input)) files.push(input);
    else for (const name of readdirSync(path).sort()) if (/\.(mdx?|ya?ml|ts)$/.test(name)) files.push(`${input}/${name}`);
  }
  return files;
}

/** A short hash of every input file's path and bytes. */
export function contentKey(root: string): string {
  const hash = createHash('sha256');
  for (const file of inputFiles(root)) hash.update(`${file}\0`).update(readFileSync(join(root, file))).update('\0');
  return hash.digest('hex').slice(0, 16);
}

/** Returns the index for the content under `root`, building and caching it when the content changed. */
export async function loadSearchIndex(root: string): Promise<SearchIndex> {
  const dir = join(root, '.cache');
  const file = join(dir, `search-index-${contentKey(root)}.json`);
  if (existsSync(file)) {
    try {
      const cached: unknown = JSON.parse(readFileSync(file, 'utf8'));
      if (isSearchIndex(cached)) return cached;
    } catch {
      // a broken cache file is rebuilt below
    }
  }
  const [{ loadContent }, { buildSearchIndex }] = await Promise.all([import('./content-files.ts'), import('../lib/search-index-build.ts')]);
  const index = buildSearchIndex(loadContent(root));
  mkdirSync(dir, { recursive: true });
  // only the newest index is kept
  for (const old of readdirSync(dir)) if (/^search-index-[0-9a-f]+\.json$/.test(old)) rmSync(join(dir, old), { force: true });
  writeFileSync(file, JSON.stringify(index));
  return index;
}
