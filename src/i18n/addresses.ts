/**
 * Addresses in other languages: each language's pages are at the English
 * address with its code in front (/pl/your-rights/ for /your-rights/). The
 * language is chosen by the address alone: nothing is remembered anywhere.
 */

/** The language of an address and the English address it translates: /pl/refer/ is Polish /refer/. */
export function languageOfAddress(pathname: string, codes: readonly string[]): { lang: string; englishPath: string } {
  const match = /^\/([a-z]{2,3})(\/.*)?$/.exec(pathname);
  const code = match?.[1];
  if (code && codes.includes(code)) return { lang: code, englishPath: match?.[2] || '/' };
  return { lang: 'en', englishPath: pathname };
}

/** The address of an English page in a language: /pl/refer/ for /refer/ in Polish. */
export function addressIn(lang: string, englishPath: string): string {
  return lang === 'en' ? englishPath : `/${lang}${englishPath}`;
}

/**
 * Where a link on a page in `lang` should lead: to the same page in that
 * language when it is translated, otherwise to the English page. Links to
 * other sites, and fragments, are left as they are.
 */
export function localisedHref(href: string, lang: string, translated: ReadonlySet<string>): string {
  if (lang === 'en' || !href.startsWith('/') || href.startsWith('//')) return href;
  const [pathPart = '', fragment] = href.split('#', 2);
  if (!translated.has(pathPart)) return href;
  return addressIn(lang, pathPart) + (fragment === undefined ? '' : `#${fragment}`);
}
