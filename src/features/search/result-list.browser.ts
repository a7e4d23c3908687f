/**
 * Drawing results: each page found as a list item with its title as a link
 * and its excerpt below, the matched words in <mark>. Built as DOM nodes from
 * plain text (excerptParts), never from Pagefind's HTML, so a page's words
 * can never become markup.
 */
import type { PagefindPage, PagefindResult } from './pagefind.browser.ts';
import { excerptParts } from './search-results.ts';

/** One result: a list item with the page's title as a link and its excerpt; `hreflang` for a page in another language. */
export function resultItem(page: PagefindPage, hreflang?: string): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'site-search__result';
  const link = document.createElement('a');
  link.className = 'site-search__result-link';
  link.href = page.url;
  if (hreflang) link.hreflang = hreflang;
  link.textContent = page.meta.title || page.url;
  item.append(link);
  const parts = excerptParts(page.excerpt);
  if (parts.length > 0) {
    const excerpt = document.createElement('p');
    excerpt.className = 'site-search__excerpt';
    excerpt.append(
      ...parts.map((part) => {
        if (!part.marked) return part.text;
        const mark = document.createElement('mark');
        mark.textContent = part.text;
        return mark;
      }),
    );
    item.append(excerpt);
  }
  return item;
}

/** Download the pages of some results (one fragment each) and draw them, in order. */
export async function resultItems(results: readonly PagefindResult[], hreflang?: string): Promise<HTMLLIElement[]> {
  const pages = await Promise.all(results.map((result) => result.data()));
  return pages.map((page) => resultItem(page, hreflang));
}
