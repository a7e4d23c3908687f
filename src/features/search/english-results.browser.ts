/**
 * On a search page in another language: when the words find no page in
 * that language, the English pages they find, under a note saying they are
 * in English. Pagefind keeps one index per language and picks it from the
 * page's lang, so a second Pagefind instance is made for English (the lang
 * is English for that one moment, while the instance is created).
 */

interface PagefindResult {
  data(): Promise<{ url: string; meta: { title?: string } }>;
}
interface PagefindSearch {
  search(term: string): Promise<{ results: PagefindResult[] } | null>;
}
interface PagefindModule {
  createInstance(options: { basePath: string }): PagefindSearch;
}

/** How many English pages to offer. */
const MOST = 8;
const BUNDLE = '/pagefind/pagefind.js';

/** An instance of Pagefind that searches the pages in a language. */
function instanceIn(module: PagefindModule, lang: string): PagefindSearch {
  const html = document.documentElement;
  const own = html.lang;
  html.lang = lang;
  try {
    return module.createInstance({ basePath: '/pagefind/' });
  } finally {
    html.lang = own;
  }
}

/** The search instance Pagefind's Component UI uses: what it searched for and what it found. */
interface ComponentInstance {
  on(event: 'search', listener: (term: string) => void): void;
  on(event: 'results', listener: (found: { results?: unknown[] } | null) => void): void;
}
interface PagefindComponents {
  getInstanceManager(): { getInstance(name: string): ComponentInstance };
}

/** The Component UI, once its script has run. */
async function componentUi(): Promise<PagefindComponents> {
  for (;;) {
    const ui = (window as unknown as { PagefindComponents?: PagefindComponents }).PagefindComponents;
    if (ui) return ui;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * Start the English results under a translated search page's own, marked `data-english-results`. The page's own
 * results come from the Component UI's search (its "results" event), so the language's index is loaded and searched
 * once; the English index is loaded only when a search finds nothing in the language, after that search is done.
 */
export function setUpEnglishResults(box: HTMLElement): void {
  const list = box.querySelector('ul');
  if (!list) return;
  let english: Promise<PagefindSearch> | undefined;
  const englishSearch = () =>
    (english ??= (import(/* @vite-ignore */ BUNDLE) as Promise<PagefindModule>).then((module) =>
      instanceIn(module, 'en'),
    ));
  let latest = 0;

  const show = async (term: string, foundHere: number) => {
    const asked = ++latest;
    if (!term.trim() || foundHere > 0) {
      box.hidden = true;
      return;
    }
    const found = (await (await englishSearch()).search(term))?.results ?? [];
    const pages = await Promise.all(found.slice(0, MOST).map((result) => result.data()));
    if (asked !== latest) return;
    list.replaceChildren(
      ...pages.map((page) => {
        const item = document.createElement('li');
        const link = document.createElement('a');
        link.href = page.url;
        link.hreflang = 'en';
        link.lang = 'en';
        link.textContent = page.meta.title ?? page.url;
        item.append(link);
        return item;
      }),
    );
    box.hidden = pages.length === 0;
  };

  void componentUi().then((ui) => {
    const own = ui.getInstanceManager().getInstance('default');
    let term = '';
    own.on('search', (searched) => {
      term = searched;
    });
    own.on('results', (found) => void show(term, found?.results?.length ?? 0));
  });
}
