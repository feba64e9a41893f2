/** Loads what both wizard pages need at build time: the checked tree, its ends, the distros. */
import { getCollection, getEntry } from 'astro:content';
import { buildEnds, type WizardEnd } from '../../lib/wizard-ends.ts';
import type { Distro } from '../../schemas/distro.ts';
import type { WizardTree } from '../../schemas/wizard.ts';

/** The tree, the ends it reaches (keyed `kind:slug`) and the distros in tab order. */
export interface WizardData { tree: WizardTree; ends: Record<string, WizardEnd>; distros: Distro[] }

/** Reads the tree (checked against the content by the one loader) and the content it points at. */
export async function loadWizardData(base: string): Promise<WizardData> {
  const tree = (await getEntry('wizard', 'tree'))!.data;
  const entries = new Map((await getCollection('entries')).map((e) => [e.id, e.data]));
  const limitations = new Map((await getCollection('limitations')).map((l) => [l.id, l.data]));
  const distros = (await getCollection('distros')).map((d) => d.data).sort((a, b) => a.order - b.order);
  return { tree, ends: buildEnds(tree, { entries, limitations }, base), distros };
}
