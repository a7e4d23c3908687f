/** The words of a page that has a route of its own, from content/pages, in English and each language. */
import { getEntry, render, type CollectionEntry } from 'astro:content';
import { pageAddress } from '../page-addresses.ts';
import { inEachLanguage, languageParam, type Version } from './translations.ts';

export type PageEntry = CollectionEntry<'pages'>;
export type PageVersion = Version<PageEntry>;

/** The page's entry and its rendered text; a missing file stops the build, saying which and why. */
export async function pageWords(id: string) {
  const page = await getEntry('pages', id);
  if (!page) throw new Error(`content/pages/en/${id}.md is missing: it holds the words of ${pageAddress(id)}.`);
  const { Content } = await render(page);
  return { page, Content };
}

/** getStaticPaths for a page with a route of its own: its English address, and /<code>/... for each translation. */
export async function pagePaths(id: string) {
  const { page } = await pageWords(id);
  return (await inEachLanguage('pages', page)).map((version) => ({
    params: { lang: languageParam(version.lang) },
    props: version,
  }));
}
