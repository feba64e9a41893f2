/**
 * `npm run check:content`: validates all content (schemas with file and line, links, distros,
 * the wizard tree) without a full build, then runs shellcheck over every command each entry renders
 * for every distro, version and setup. With CI=true a missing shellcheck is a failure.
 */
import { ContentError, loadContent } from '../src/node/content-files.ts';
import { shellcheckContent } from '../src/node/content-shellcheck.ts';

const root = process.cwd();
try {
  const content = loadContent(root);
  const { problems, checked, skipped } = shellcheckContent(root, content);
  if (skipped !== undefined) {
    if (process.env.CI === 'true') throw new ContentError([skipped], 'Install shellcheck (Debian: sudo apt-get install -y shellcheck), then check again.');
    console.warn(`\u001b[33m⚠ ${skipped}\u001b[0m`);
  }
  if (problems.length > 0) throw new ContentError(problems);
  console.log(`content ok: ${content.entries.length} entries, ${content.limitations.length} limitations, ${content.distros.length} distros, ${content.wizard.nodes.length} wizard questions${skipped === undefined ? `; ${checked} rendered commands pass shellcheck` : ''}`);
} catch (err) {
  if (!(err instanceof ContentError)) throw err;
  console.error(err.message);
  process.exit(1);
}
