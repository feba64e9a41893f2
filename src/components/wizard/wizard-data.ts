/** Loads what both wizard pages need at build time: the checked tree, its ends, the distros. */
import { getCollection } from 'astro:content';
import { buildEnds, type WizardEnd } from '../../lib/wizard-ends.ts';
import type { Distro } from '../../schemas/distro.ts';
import type { WizardTree } from '../../schemas/wizard.ts';
import { WIZARD_TREE } from './wizard-tree.ts';

/** The tree, the ends it reaches (keyed `kind:slug`) and the distros in tab order. */
export interface WizardData { tree: WizardTree; ends: Record<string, WizardEnd>; distros: Distro[] }

/** Reads the tree (schema-checked; the content check has already checked its links) and the content it points at. */
export async function loadWizardData(base: string): Promise<WizardData> {
  const tree = WIZARD_TREE;
  const entries = new Map((await getCollection('entries')).map((e) => [e.id, e.data]));
  const limitations = new Map((await getCollection('limitations')).map((l) => [l.id, l.data]));
  const distros = (await getCollection('distros')).map((d) => d.data).sort((a, b) => a.order - b.order);
  return { tree, ends: buildEnds(tree, { entries, limitations }, base), distros };
}
