/**
 * The search page's own part: hide the "needs JavaScript" note, and run a
 * search that arrived from the header box (?q=…) in Pagefind's input, then
 * take the words out of the address so they stay out of the tab's history.
 * Searches typed on this page never touch the address.
 */
import { searchFromAddress } from './site-search.ts';

/** Fill Pagefind's input and search as if the words were typed; false while the input is not there yet. */
function searchFor(root: HTMLElement, query: string): boolean {
  const input = root.querySelector<HTMLInputElement>('pagefind-input input');
  if (!input) return false;
  input.value = query;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  return true;
}

/** Start the search page, marked `data-site-search`. */
export function setUpSiteSearch(root: HTMLElement): void {
  root.querySelector('[data-site-search-no-script]')?.setAttribute('hidden', '');

  const { query, withoutQuery } = searchFromAddress(window.location.href);
  if (withoutQuery) window.history.replaceState(null, '', withoutQuery);
  if (!query) return;

  // Pagefind renders its input when the component starts; wait for it.
  void customElements.whenDefined('pagefind-input').then(() => {
    if (searchFor(root, query)) return;
    const observer = new MutationObserver(() => searchFor(root, query) && observer.disconnect());
    observer.observe(root.querySelector('pagefind-input') ?? root, { childList: true, subtree: true });
  });
}
