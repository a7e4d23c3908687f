/**
 * On a search page in another language: when the words find no page in that
 * language, the English pages they find, under a note saying they are in
 * English (`data-english-results`, its list marked lang="en" dir="ltr").
 * The English index is downloaded only then, the first time it is needed.
 */
import { pagefindIn, type PagefindSearch } from './pagefind.browser.ts';
import { resultItems } from './result-list.browser.ts';
import { FIRST_BATCH } from './search-results.ts';

export interface EnglishResults {
  /** Search the English pages: how many match, and the first few drawn, not yet shown. */
  find(term: string): Promise<{ count: number; items: HTMLLIElement[] }>;
  /** Show these results under the note, or hide the box when there are none. */
  show(items: readonly HTMLLIElement[]): void;
}

/** The English results box of a translated search page. */
export function englishResultsIn(box: HTMLElement): EnglishResults {
  const list = box.querySelector('ol');
  if (!list) throw new Error('The English results box has no list to fill.');
  let english: Promise<PagefindSearch> | undefined;
  return {
    async find(term) {
      // In Pagefind's web worker: see pagefindIn for why English cannot share the page's own instance's context.
      english ??= pagefindIn('en', { inWorker: true }).catch((error: unknown) => {
        english = undefined;
        throw error;
      });
      const results = (await (await english).search(term))?.results ?? [];
      return { count: results.length, items: await resultItems(results.slice(0, FIRST_BATCH), 'en') };
    },
    show(items) {
      list.replaceChildren(...items);
      box.hidden = items.length === 0;
    },
  };
}
