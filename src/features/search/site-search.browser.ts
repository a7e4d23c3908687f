/**
 * The search page (`data-site-search`): search as the person types (after a
 * pause) and when they press Search or Enter; say how many pages match in a
 * polite live region; draw the first few results, and more on "Show more
 * results". Pagefind is downloaded when the person first focuses the box or
 * types, or when a search arrives from the header box (?q=…), which is run
 * and then taken out of the address so the words stay out of the tab's
 * history. Searches typed on this page never touch the address.
 */
import { englishResultsIn } from './english-results.browser.ts';
import { pagefindIn, type PagefindResult, type PagefindSearch } from './pagefind.browser.ts';
import { resultItems } from './result-list.browser.ts';
import { countSentence, nextBatch, searchTerm, searchWordsFrom, typedEnough } from './search-results.ts';
import { searchFromAddress } from './site-search.ts';

/** How long typing must pause before the words are searched (and the count said). */
const TYPING_PAUSE_MS = 300;
/** How long a search may take before the page says it is searching (the first one downloads the index). */
const SAY_SEARCHING_AFTER_MS = 1000;

/** A part of the search page, which the component always has. */
function part<Element extends HTMLElement>(root: HTMLElement, name: string): Element {
  const found = root.querySelector<Element>(`[data-site-search-${name}]`);
  if (!found) throw new Error(`The search page has no [data-site-search-${name}].`);
  return found;
}

/** Start the search page, marked `data-site-search` (its words, as JSON). */
export function setUpSiteSearch(root: HTMLElement): void {
  const words = searchWordsFrom(root.dataset['siteSearch']);
  const form = part<HTMLFormElement>(root, 'form');
  const input = part<HTMLInputElement>(root, 'input');
  const status = part(root, 'status');
  const list = part<HTMLOListElement>(root, 'results');
  const more = part<HTMLButtonElement>(root, 'more');
  const englishBox = root.querySelector<HTMLElement>('[data-english-results]');
  const english = englishBox ? englishResultsIn(englishBox) : undefined;
  root.querySelector('[data-site-search-no-script]')?.setAttribute('hidden', '');

  let pagefind: Promise<PagefindSearch> | undefined;
  /** The page language's search, downloaded once; a failed download is tried again at the next search. */
  const ownSearch = () =>
    (pagefind ??= pagefindIn(document.documentElement.lang || 'en', { inWorker: false }).then(
      async (instance) => {
        await instance.init();
        return instance;
      },
      (error: unknown) => {
        pagefind = undefined;
        throw error;
      },
    ));

  /** Each search's number: a slow search that finishes after a newer one has started draws nothing. */
  let latest = 0;
  let found: readonly PagefindResult[] = [];
  let shown = 0;
  let typing: number | undefined;

  const draw = (items: readonly HTMLLIElement[]) => {
    list.replaceChildren(...items);
    list.hidden = items.length === 0;
    shown = items.length;
    more.hidden = shown >= found.length;
  };

  const run = async (typed: string) => {
    window.clearTimeout(typing);
    const asked = ++latest;
    const term = searchTerm(typed);
    if (!term) {
      found = [];
      draw([]);
      english?.show([]);
      status.textContent = '';
      return;
    }
    const slow = window.setTimeout(() => {
      if (asked === latest) status.textContent = words.searching;
    }, SAY_SEARCHING_AFTER_MS);
    try {
      const results = (await (await ownSearch()).search(term))?.results ?? [];
      if (asked !== latest) return;
      const { from, to } = nextBatch(0, results.length);
      const [items, inEnglish] = await Promise.all([
        resultItems(results.slice(from, to)),
        results.length === 0 && english ? english.find(term) : undefined,
      ]);
      if (asked !== latest) return;
      found = results;
      draw(items);
      english?.show(inEnglish?.items ?? []);
      const said = countSentence(results.length, term, words);
      status.textContent = inEnglish?.count ? `${said} ${words.inEnglish}` : said;
    } catch (error) {
      if (asked === latest) status.textContent = words.failed;
      console.error('Search failed:', error);
    } finally {
      window.clearTimeout(slow);
    }
  };

  // Download Pagefind as soon as the person is about to search, so the first results come sooner.
  input.addEventListener('focus', () => void ownSearch().catch(() => undefined), { once: true });
  input.addEventListener('input', () => {
    window.clearTimeout(typing);
    // A search still running for fewer letters draws nothing: its results' downloads would be wasted.
    latest += 1;
    const term = searchTerm(input.value);
    if (!term) void run('');
    else if (typedEnough(term)) typing = window.setTimeout(() => void run(input.value), TYPING_PAUSE_MS);
    else if (status.textContent === words.searching) status.textContent = '';
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run(input.value);
  });

  let drawingMore = false;
  more.addEventListener('click', async () => {
    const asked = latest;
    const { from, to } = nextBatch(shown, found.length);
    if (drawingMore || to <= from) return;
    drawingMore = true;
    try {
      const items = await resultItems(found.slice(from, to));
      if (asked !== latest) return;
      list.append(...items);
      shown = to;
      // The first new result takes focus, so a keyboard or screen reader user carries on reading where the list grew.
      items[0]?.querySelector('a')?.focus();
      more.hidden = shown >= found.length;
    } catch (error) {
      status.textContent = words.failed;
      console.error('Could not show more results:', error);
    } finally {
      drawingMore = false;
    }
  });

  const { query, withoutQuery } = searchFromAddress(window.location.href);
  if (withoutQuery) window.history.replaceState(null, '', withoutQuery);
  if (query) {
    input.value = query;
    void run(query);
  }
}
