/**
 * The search page's behaviour: ask Pagefind for results and show them as a
 * plain list, announcing how many were found. Pagefind's files exist only in
 * a built site (npm run build), so the page says when search is unavailable.
 */

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
}
interface Pagefind {
  search(query: string): Promise<{ results: { data(): Promise<PagefindResultData> }[] }>;
}

const MAX_RESULTS = 20;

async function loadPagefind(): Promise<Pagefind> {
  const path = '/pagefind/pagefind.js';
  return (await import(/* @vite-ignore */ path)) as Pagefind;
}

export function runSiteSearch(): void {
  const form = document.querySelector<HTMLFormElement>('[data-site-search]');
  const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
  const status = document.querySelector<HTMLElement>('[data-search-status]');
  const list = document.querySelector<HTMLOListElement>('[data-search-results]');
  document.querySelector('[data-search-no-script]')?.setAttribute('hidden', '');
  if (!form || !input || !status || !list) return;

  let pagefind: Promise<Pagefind> | undefined;

  const show = async (query: string) => {
    list.replaceChildren();
    list.hidden = true;
    if (!query.trim()) {
      status.textContent = '';
      return;
    }
    status.textContent = 'Searching…';
    try {
      pagefind ??= loadPagefind();
      const search = await (await pagefind).search(query);
      const results = await Promise.all(search.results.slice(0, MAX_RESULTS).map((result) => result.data()));
      const count = search.results.length;
      status.textContent =
        count === 0
          ? `No pages match “${query}”. Try a different word, or browse all pages below.`
          : `${count} ${count === 1 ? 'page matches' : 'pages match'} “${query}”${count > MAX_RESULTS ? `. Showing the first ${MAX_RESULTS}` : ''}.`;
      for (const result of results) {
        const item = document.createElement('li');
        const heading = document.createElement('h2');
        const link = document.createElement('a');
        link.href = result.url;
        link.textContent = result.meta.title ?? result.url;
        heading.append(link);
        const excerpt = document.createElement('p');
        // Pagefind's excerpt is escaped text from our own pages, with <mark> around matches.
        excerpt.innerHTML = result.excerpt;
        item.append(heading, excerpt);
        list.append(item);
      }
      list.hidden = results.length === 0;
    } catch {
      pagefind = undefined;
      status.textContent = 'Search is not working right now. You can browse all pages below.';
    }
  };

  // Searches made on this page stay out of the address, and so out of the tab's history.
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void show(input.value);
  });

  // A search from the header box arrives as ?q=…: run it, then take the words out of the address.
  const url = new URL(window.location.href);
  const initial = url.searchParams.get('q') ?? '';
  if (url.searchParams.has('q')) {
    url.searchParams.delete('q');
    window.history.replaceState(null, '', url);
  }
  if (initial) {
    input.value = initial;
    void show(initial);
  }
}
