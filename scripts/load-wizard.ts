/**
 * Reads the decision tree (src/content/wizard.yaml), validates it with its schema and checks it
 * against the content (every option's target exists, every entry reachable). Called by the
 * build's content check, `npm run wizard:check` and the wizard pages.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { ContentSet } from '../src/lib/content-integrity.ts';
import { findTreeProblems, type KnownContent } from '../src/lib/wizard-tree.ts';
import { WizardSchema, type WizardTree } from '../src/schemas/wizard.ts';
import { ContentError, loadContent } from './load-content.ts';

/** Where the tree lives, relative to the project root. */
export const WIZARD_FILE = 'src/content/wizard.yaml';

/** Parses and schema-checks the tree's YAML text; throws ContentError naming `file` and each problem. */
export function parseWizard(text: string, file: string = WIZARD_FILE): WizardTree {
  let raw: unknown;
  try {
    raw = parseYaml(text);
  } catch (err) {
    throw new ContentError([`${file}: YAML does not parse: ${(err as Error).message.split('\n')[0]}`]);
  }
  const result = WizardSchema.safeParse(raw);
  if (result.success) return result.data;
  throw new ContentError(result.error.issues.map((i) => `${file}: ${i.path.join('.') || '(root)'}: ${i.message}`));
}

/** The slugs and ids of loaded content, as the tree check wants them. */
export function knownContent(content: ContentSet): KnownContent {
  return {
    entries: content.entries.map((e) => e.slug),
    limitations: content.limitations.map((l) => l.slug),
    distros: content.distros.map((d) => d.data.id),
  };
}

/** Loads the tree under `root` and checks it against the content there; throws ContentError listing every problem. */
export function checkWizard(root: string, content: ContentSet = loadContent(root)): WizardTree {
  const tree = parseWizard(readFileSync(join(root, WIZARD_FILE), 'utf8'));
  const problems = findTreeProblems(tree, knownContent(content));
  if (problems.length > 0) throw new ContentError(problems.map((p) => `${WIZARD_FILE}: ${p}`));
  return tree;
}
