/**
 * The search index, the doctor's data and the tell-apart checks for the CLI: built from the content on first call and
 * cached under `.cache/`, keyed by a hash of the content and of the code that builds them, so a
 * later call only hashes a few dozen files and reads one JSON file.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDoctorData, type DoctorData } from '../lib/doctor-diagnose.ts';
import { isSearchIndex, type SearchIndex } from '../lib/search-index.ts';
import { isTellApartCheck, type TellApartCheck } from '../lib/result-fix.ts';

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

/** Reads `.cache/<name>-<key>.json` when it is there and `valid`, else builds it, replaces older copies and returns it. */
async function cached<T>(root: string, name: string, valid: (v: unknown) => v is T, build: () => Promise<T>): Promise<T> {
  const dir = join(root, '.cache');
  const file = join(dir, `${name}-${contentKey(root)}.json`);
  if (existsSync(file)) {
    try {
      const data: unknown = JSON.parse(readFileSync(file, 'utf8'));
      if (valid(data)) return data;
    } catch {
      // a broken cache file is rebuilt below
    }
  }
  const data = await build();
  try {
    mkdirSync(dir, { recursive: true });
    // only the newest copy is kept
    const old = new RegExp(`^${name}-[0-9a-f]+\\.json$`);
    for (const f of readdirSync(dir)) if (old.test(f)) rmSync(join(dir, f), { force: true });
    writeFileSync(file, JSON.stringify(data));
  } catch {
    // A checkout the user cannot write to (another account's, read-only): the data is used uncached.
  }
  return data;
}

/** Returns the index for the content under `root`, building and caching it when the content changed. */
export function loadSearchIndex(root: string): Promise<SearchIndex> {
  return cached(root, 'search-index', isSearchIndex, async () => {
    const [{ loadContent }, { buildSearchIndex }] = await Promise.all([import('./content-files.ts'), import('../lib/search-index-build.ts')]);
    return buildSearchIndex(loadContent(root));
  });
}

/** Returns the doctor's data for the content under `root`, building and caching it when the content changed. */
export function loadDoctorData(root: string): Promise<DoctorData> {
  return cached(root, 'doctor-data', isDoctorData, async () => {
    const [{ loadContent }, { buildDoctorData }] = await Promise.all([import('./content-files.ts'), import('../lib/search-index-build.ts')]);
    return buildDoctorData(loadContent(root));
  });
}

/** Whether a cached value is a record of tell-apart checks. */
function isTellApartChecks(value: unknown): value is Record<string, TellApartCheck> {
  return typeof value === 'object' && value !== null && Object.values(value).every(isTellApartCheck);
}

/** Returns every entry's tell-apart check by slug (the CLI shows them for two close causes), building and caching them when the content changed. */
export function loadTellApartChecks(root: string): Promise<Record<string, TellApartCheck>> {
  return cached(root, 'tell-apart-checks', isTellApartChecks, async () => {
    const [{ loadContent }, { buildTellApartChecks }] = await Promise.all([import('./content-files.ts'), import('../lib/search-index-build.ts')]);
    return buildTellApartChecks(loadContent(root));
  });
}
