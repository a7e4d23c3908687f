/** The words of a page that has a route of its own, from content/pages. */
import { getEntry, render } from 'astro:content';
import { pageAddress } from '../page-addresses.ts';

/** The page's entry and its rendered text; a missing file stops the build, saying which and why. */
export async function pageWords(id: string) {
  const page = await getEntry('pages', id);
  if (!page) throw new Error(`content/pages/${id}.md is missing: it holds the words of ${pageAddress(id)}.`);
  const { Content } = await render(page);
  return { page, Content };
}
