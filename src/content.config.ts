// Collections only; every schema lives in src/schemas/ (one file per concept).
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { DistroSchema } from './schemas/distro.ts';
import { EntrySchema } from './schemas/entry.ts';
import { LimitationSchema } from './schemas/limitation.ts';

export const collections = {
  /** Every page Starlight routes (read by Starlight). */
  docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }),
  /** UI string overrides per locale (read by Starlight). */
  i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
  /** The same troubleshooting MDX files, typed as entries (read by entry pages, search, wizard). */
  entries: defineCollection({
    loader: glob({ pattern: '*.mdx', base: './src/content/docs/troubleshooting' }),
    schema: EntrySchema,
  }),
  /** The same limitation MDX files, typed as limitations (read by limitation pages). */
  limitations: defineCollection({
    loader: glob({ pattern: '*.mdx', base: './src/content/docs/limitations' }),
    schema: LimitationSchema,
  }),
  /** Distro families (read by fix tabs, distro pages, the command generator). */
  distros: defineCollection({
    loader: glob({ pattern: '*.yaml', base: './src/content/distros' }),
    schema: DistroSchema,
  }),
};
