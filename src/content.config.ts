// Collections only; every schema lives in src/schemas/ (one file per concept), and every typed
// collection is filled by the one content loader (src/node/content-files.ts).
import { defineCollection } from 'astro:content';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { contentLoader } from './node/content-loader.ts';
import { DistroSchema } from './schemas/distro.ts';
import { EntrySchema } from './schemas/entry.ts';
import { LimitationSchema } from './schemas/limitation.ts';
import { WizardSchema } from './schemas/wizard.ts';

export const collections = {
  /** Every page Starlight routes (read by Starlight). */
  docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }),
  /** UI string overrides per locale (read by Starlight). */
  i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
  /** The troubleshooting MDX files' frontmatter, typed as entries (entry pages, search index, wizard). */
  entries: defineCollection({ loader: contentLoader('entries'), schema: EntrySchema }),
  /** The limitation MDX files' frontmatter (limitation pages, search index, wizard). */
  limitations: defineCollection({ loader: contentLoader('limitations'), schema: LimitationSchema }),
  /** Distro families (fix tabs, distro pages, the wizard and the command generator). */
  distros: defineCollection({ loader: contentLoader('distros'), schema: DistroSchema }),
  /** The decision tree, its distro answers filled in from the distros (one item, id `tree`). */
  wizard: defineCollection({ loader: contentLoader('wizard'), schema: WizardSchema }),
};
