import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { contentDirectory } from './lib/content-directory.ts';
import { contentTypes, type ContentTypeName } from './lib/schemas/index.ts';

/** An Astro collection for a content type, from the one list in src/lib/schemas. */
function collectionOf<Name extends ContentTypeName>(name: Name) {
  const type = contentTypes[name];
  return defineCollection({
    loader: glob({ pattern: type.pattern, base: `${contentDirectory()}/${type.folder}` }),
    schema: type.schema as (typeof contentTypes)[Name]['schema'],
  });
}

export const collections = {
  pages: collectionOf('pages'),
  rights: collectionOf('rights'),
  journeySteps: collectionOf('journeySteps'),
  services: collectionOf('services'),
  resources: collectionOf('resources'),
  campaigns: collectionOf('campaigns'),
  vip: collectionOf('vip'),
  glossary: collectionOf('glossary'),
  settings: collectionOf('settings'),
};
