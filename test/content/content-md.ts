/** Reads the slugs CONTENT.md fixes, from the shared inventory beside the repo (when present). */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Path of the shared content inventory (a sibling of the repo on team machines and CI). */
export const CONTENT_MD = join(process.cwd(), '..', 'shared', 'CONTENT.md');

/** The slugs listed in CONTENT.md's two tables, or undefined when the file is not beside the repo. */
export function slugsFromContentMd(): { troubleshooting: string[]; limitations: string[] } | undefined {
  if (!existsSync(CONTENT_MD)) return undefined;
  const text = readFileSync(CONTENT_MD, 'utf8');
  const table = (heading: string) => {
    const section = text.split(heading)[1]?.split('\n## ')[0] ?? '';
    return [...section.matchAll(/^\| `([a-z0-9-]+)` \|/gm)].map((m) => m[1] ?? '');
  };
  return { troubleshooting: table('## Troubleshooting entries'), limitations: table('## Known limitations') };
}
