import { defineCollection } from 'astro:content';
import type { z } from 'astro/zod';
import { glob } from 'astro/loaders';
import { contentDirectory } from './content-model/content-directory.ts';
import { contentTypes, type ContentTypeName } from './content-model/schemas/index.ts';
import { translationOrDraft } from './content-model/schemas/translation.ts';
import { languagesFolder } from './content-model/translations.ts';

/** Where a content type's files are, from the one list in src/content-model/schemas. */
function filesOf(name: ContentTypeName) {
  const type = contentTypes[name];
  return glob({ pattern: type.pattern, base: `${contentDirectory()}/${type.folder}` });
}

/**
 * A translatable type's translations: every language folder beside en/.
 * Named "<code>/<file name>" (not by a slug field, which every language shares).
 */
function translationsOf(name: ContentTypeName) {
  const type = contentTypes[name];
  return glob({
    pattern: [`*/${type.pattern}`, '!en/**'],
    base: `${contentDirectory()}/${languagesFolder(name)}`,
    generateId: ({ entry }) => entry.replace(/\.[^.]+$/, ''),
  });
}

function translated(name: 'pages' | 'rights' | 'vip' | 'resources') {
  return translationOrDraft(contentTypes[name].schema as unknown as z.ZodObject<z.ZodRawShape>);
}

// Written out one by one (not in a loop) so each collection keeps its schema's type.
export const collections = {
  pages: defineCollection({ loader: filesOf('pages'), schema: contentTypes.pages.schema }),
  rights: defineCollection({ loader: filesOf('rights'), schema: contentTypes.rights.schema }),
  journeySteps: defineCollection({ loader: filesOf('journeySteps'), schema: contentTypes.journeySteps.schema }),
  services: defineCollection({ loader: filesOf('services'), schema: contentTypes.services.schema }),
  connectPoints: defineCollection({ loader: filesOf('connectPoints'), schema: contentTypes.connectPoints.schema }),
  resources: defineCollection({ loader: filesOf('resources'), schema: contentTypes.resources.schema }),
  campaigns: defineCollection({ loader: filesOf('campaigns'), schema: contentTypes.campaigns.schema }),
  vip: defineCollection({ loader: filesOf('vip'), schema: contentTypes.vip.schema }),
  glossary: defineCollection({ loader: filesOf('glossary'), schema: contentTypes.glossary.schema }),
  news: defineCollection({ loader: filesOf('news'), schema: contentTypes.news.schema }),
  easyRead: defineCollection({ loader: filesOf('easyRead'), schema: contentTypes.easyRead.schema }),
  settings: defineCollection({ loader: filesOf('settings'), schema: contentTypes.settings.schema }),
  pageTranslations: defineCollection({ loader: translationsOf('pages'), schema: translated('pages') }),
  rightTranslations: defineCollection({ loader: translationsOf('rights'), schema: translated('rights') }),
  vipTranslations: defineCollection({ loader: translationsOf('vip'), schema: translated('vip') }),
  resourceTranslations: defineCollection({ loader: translationsOf('resources'), schema: translated('resources') }),
};
