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
