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

/** Start the English results under a translated search page's own, marked `data-english-results`. */
export function setUpEnglishResults(box: HTMLElement): void {
  const list = box.querySelector('ul');
  const input = () => document.querySelector<HTMLInputElement>('pagefind-input input');
  if (!list) return;
  let searches: Promise<{ own: PagefindSearch; english: PagefindSearch }> | undefined;
  const load = () =>
    (searches ??= (import(/* @vite-ignore */ BUNDLE) as Promise<PagefindModule>).then((module) => ({
      own: instanceIn(module, document.documentElement.lang),
      english: instanceIn(module, 'en'),
    })));
  let latest = 0;

  const show = async (term: string) => {
    const asked = ++latest;
    if (!term.trim()) {
      box.hidden = true;
      return;
    }
    const { own, english } = await load();
    const inThisLanguage = (await own.search(term))?.results.length ?? 0;
    const found = inThisLanguage === 0 ? ((await english.search(term))?.results ?? []) : [];
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

  let timer: ReturnType<typeof setTimeout> | undefined;
  document.addEventListener('input', (event) => {
    if (event.target !== input()) return;
    clearTimeout(timer);
    timer = setTimeout(() => void show(input()?.value ?? ''), 300);
  });
}
