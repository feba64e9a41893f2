/** `npm run wizard:check`: validates the wizard tree against the content and prints every problem. */
import { ContentError } from './load-content.ts';
import { checkWizard } from './load-wizard.ts';
import { reachableNodes } from '../src/lib/wizard-tree.ts';

try {
  const tree = checkWizard(process.cwd());
  console.log(`wizard ok: ${reachableNodes(tree).length} questions, ${tree.searchOnly.length} search-only entries`);
} catch (err) {
  if (!(err instanceof ContentError)) throw err;
  console.error(err.message);
  process.exit(1);
}
