/**
 * Pagefind's search, loaded only when someone is about to search: its script
 * (`/pagefind/pagefind.js`, written by the build, so Vite must not bundle it)
 * comes with a dynamic import, and the first search downloads the
 * WebAssembly and the index chunks the words need. Only the calls the search
 * page makes are typed here.
 */

/** One page found; `data()` downloads its title, address and excerpt (its "fragment") when it is drawn. */
export interface PagefindResult {
  data(): Promise<PagefindPage>;
}

export interface PagefindPage {
  url: string;
  /** The page's text around the match, as HTML: `<mark>` around the words, `&lt;` and `&gt;` for the page's own. */
  excerpt: string;
  meta: { title?: string };
}

export interface PagefindSearch {
  /** Downloads what a search needs first (entry, metadata, WebAssembly) without searching. */
  init(): Promise<void>;
  search(term: string): Promise<{ results: PagefindResult[] } | null>;
}

interface PagefindModule {
  createInstance(options: { basePath: string; noWorker?: boolean }): PagefindSearch;
}

/** A variable, so Vite leaves the import alone: the file exists only in a built site. */
const BUNDLE = '/pagefind/pagefind.js';

let bundle: Promise<PagefindModule> | undefined;

/** Pagefind's script, downloaded once; a failed download is tried again at the next search. */
function pagefindModule(): Promise<PagefindModule> {
  bundle ??= (import(/* @vite-ignore */ BUNDLE) as Promise<PagefindModule>).catch((error: unknown) => {
    bundle = undefined;
    throw error;
  });
  return bundle;
}

/**
 * An instance of Pagefind that searches the pages in `lang`, started at once. Pagefind keeps one index per language
 * and takes an instance's language from the page's `lang` as the instance is made, so for another language the
 * page's `lang` is that language for that one moment.
 *
 * The page's own language is searched on the page (`inWorker: false`): Pagefind's web worker is a second copy of
 * its code (12.6 KB more on every first search), and searching a hundred-odd pages takes a few milliseconds.
 * English results on a translated page come from the worker instead: Pagefind's WebAssembly starts once per
 * script context, so a second instance on the page would search English with the page language's word stemmer.
 */
export async function pagefindIn(lang: string, { inWorker }: { inWorker: boolean }): Promise<PagefindSearch> {
  const pagefind = await pagefindModule();
  const html = document.documentElement;
  const own = html.lang;
  html.lang = lang;
  try {
    return pagefind.createInstance({ basePath: '/pagefind/', noWorker: !inWorker });
  } finally {
    html.lang = own;
  }
}
