/** The wizard tree and the shortest answer path to each of its ends, parsed once per build (not once per page). */
import treeYaml from '../../content/wizard.yaml?raw';
import { parseWizard } from '../../../scripts/load-wizard.ts';
import { pathsToEnds } from '../../lib/wizard-path.ts';

/** The schema-checked tree (its links were checked by the build's content check). */
export const WIZARD_TREE = parseWizard(treeYaml);

/** For every end (`entry:<slug>`, `limitation:<slug>`), the shortest answers that reach it. */
export const PATHS_TO_ENDS = pathsToEnds(WIZARD_TREE);
