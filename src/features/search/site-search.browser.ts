/**
 * The search page's own part: hide the "needs JavaScript" note, and run a
 * search that arrived from the header box (?q=…) in Pagefind's input, then
 * take the words out of the address so they stay out of the tab's history.
 * Searches typed on this page never touch the address.
 */
export function runSiteSearch(): void {
  document.querySelector('[data-search-no-script]')?.setAttribute('hidden', '');

  const url = new URL(window.location.href);
  const query = url.searchParams.get('q')?.trim() ?? '';
  if (url.searchParams.has('q')) {
    url.searchParams.delete('q');
    window.history.replaceState(null, '', url);
  }
  if (!query) return;

  void customElements.whenDefined('pagefind-input').then(() => {
    // Pagefind renders its input when the component starts; wait for it, then search as if typed.
    const fill = () => {
      const input = document.querySelector<HTMLInputElement>('pagefind-input input');
      if (!input) return false;
      input.value = query;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      return true;
    };
    if (!fill()) {
      const observer = new MutationObserver(() => fill() && observer.disconnect());
      observer.observe(document.querySelector('pagefind-input') ?? document.body, { childList: true, subtree: true });
    }
  });
}
