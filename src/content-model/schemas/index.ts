/**
 * Every content type: its schema and where its files live under content/.
 * src/content.config.ts builds Astro's collections from this, and the content
 * guard validates files against it, so this list is the single source of truth.
 */
import type { z } from 'astro/zod';
import { campaignSchema } from './campaign.ts';
import { connectPointSchema } from './connect-point.ts';
import { easyReadSchema } from './easy-read.ts';
import { glossaryTermSchema } from './glossary-term.ts';
import { newsItemSchema } from './news-item.ts';
import { journeyStepSchema } from './journey-step.ts';
import { pageSchema } from './page.ts';
import { resourceSchema } from './resource.ts';
import { rightSchema } from './right.ts';
import { serviceSchema } from './service.ts';
import { settingsSchema } from './settings.ts';
import { vipEntrySchema } from './vip-entry.ts';

export interface ContentType {
  /** Folder under content/. */
  folder: string;
  /** Which files in it are entries. */
  pattern: string;
  /** What the comms team calls it. */
  label: string;
  schema: z.ZodType;
  /**
   * Translated: the English is in <folder>/en/ and each language's translation
   * in <folder>/<code>/, the way Decap's "multiple folders" i18n keeps them.
   */
  translatable?: true;
}

export const contentTypes = {
  pages: { folder: 'pages/en', pattern: '**/*.{md,mdx}', label: 'Pages', schema: pageSchema, translatable: true },
  rights: {
    folder: 'rights/en',
    pattern: '**/*.md',
    label: "Rights in the Victims' Code",
    schema: rightSchema,
    translatable: true,
  },
  journeySteps: { folder: 'journey-steps', pattern: '**/*.md', label: 'Explainer steps', schema: journeyStepSchema },
  services: { folder: 'services', pattern: '**/*.md', label: 'Support services', schema: serviceSchema },
  connectPoints: {
    folder: 'connect',
    pattern: '**/*.md',
    label: 'Victims First Connect points',
    schema: connectPointSchema,
  },
  resources: {
    folder: 'resources/en',
    pattern: '**/*.md',
    label: 'While you wait resources',
    schema: resourceSchema,
    translatable: true,
  },
  campaigns: { folder: 'campaigns', pattern: '**/*.md', label: 'Campaigns', schema: campaignSchema },
  vip: {
    folder: 'vip/en',
    pattern: '**/*.md',
    label: 'Victims Information Pack',
    schema: vipEntrySchema,
    translatable: true,
  },
  glossary: { folder: 'glossary', pattern: '**/*.md', label: 'Glossary', schema: glossaryTermSchema },
  news: { folder: 'news', pattern: '**/*.md', label: 'News', schema: newsItemSchema },
  easyRead: { folder: 'easy-read', pattern: '**/*.md', label: 'Easy Read', schema: easyReadSchema },
  settings: { folder: 'settings', pattern: 'site.yaml', label: 'Site settings', schema: settingsSchema },
} as const satisfies Record<string, ContentType>;

export type ContentTypeName = keyof typeof contentTypes;

/**
 * Fields that name another piece of content. The content guard checks each
 * name exists, so a typo fails the build naming the file and the field
 * instead of leaving a broken link on the site.
 */
export interface ContentReference {
  from: ContentTypeName;
  field: string;
  to: ContentTypeName;
  /** What the name is: a field of the other content ("slug"), or its file name without the extension. */
  key: 'slug' | 'fileName';
  /** How to say what is missing, for example "right". */
  noun: string;
}

export const contentReferences: readonly ContentReference[] = [
  { from: 'journeySteps', field: 'relatedRights', to: 'rights', key: 'slug', noun: 'right' },
  { from: 'journeySteps', field: 'glossaryTerms', to: 'glossary', key: 'slug', noun: 'glossary term' },
  { from: 'services', field: 'relatedSlugs', to: 'services', key: 'fileName', noun: 'service' },
  { from: 'campaigns', field: 'relatedServices', to: 'services', key: 'fileName', noun: 'service' },
];
