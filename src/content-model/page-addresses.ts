/**
 * Where each page in content/pages is published. Most pages are at their
 * file name (about.md is /about/). A few have a route of their own that
 * adds something to their words, and some of those live under a section:
 * the glossary belongs to the criminal justice explainer, the young
 * people's rights to the rights.
 */
export const pagesWithTheirOwnRoute: Readonly<Record<string, string>> = {
  index: '/',
  refer: '/refer/',
  'your-rights': '/your-rights/',
  'your-rights-for-young-people': '/your-rights/young-people/',
  glossary: '/criminal-justice/glossary/',
  services: '/services/',
  'while-you-wait': '/while-you-wait/',
  'my-support-plan': '/while-you-wait/my-support-plan/',
  campaigns: '/campaigns/',
  news: '/news/',
  vip: '/vip/',
  'vip-share': '/vip/share/',
};

/** The address of the page whose file is content/pages/<id>.md. */
export function pageAddress(id: string): string {
  return pagesWithTheirOwnRoute[id] ?? `/${id}/`;
}

/** True when src/pages/[...slug].astro publishes the page, rather than a route of its own. */
export function isPlainPage(id: string): boolean {
  return !(id in pagesWithTheirOwnRoute);
}

/**
 * Pages with a route of their own that also publishes their translations, at
 * /<code>/...; the others with a route of their own (the directory, news,
 * campaigns, the glossary, the officers' page) are in English only.
 */
const translatedAtTheirRoute = new Set([
  'index',
  'refer',
  'your-rights',
  'your-rights-for-young-people',
  'while-you-wait',
  'my-support-plan',
  'vip',
]);

/** True when a translation of the page is published: a plain page, or one whose route publishes translations. */
export function publishesTranslations(id: string): boolean {
  return isPlainPage(id) || translatedAtTheirRoute.has(id);
}
