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
  'report-hate-crime': '/report-hate-crime/',
  'your-rights': '/your-rights/',
  'your-rights-for-young-people': '/your-rights/young-people/',
  glossary: '/criminal-justice/glossary/',
  services: '/services/',
  connect: '/connect/',
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
  'report-hate-crime',
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

/**
 * The folder under /services/ that holds the directory's groups, each at
 * /services/in/<group>/, with any further pages at /services/in/<group>/2/
 * and on. A service is published at /services/<file name>/, so no service
 * file may be called "in": the content guard refuses one.
 */
export const SERVICE_GROUPS_FOLDER = 'in';

/** The address of one page of a group of the service directory: /services/in/berkshire/, then …/berkshire/2/. */
export function serviceGroupAddress(group: string, page = 1): string {
  return `/services/${SERVICE_GROUPS_FOLDER}/${group}/${page > 1 ? `${page}/` : ''}`;
}

/**
 * True for the second and later pages of a group of services. They come and
 * go as the directory grows and shrinks, so, unlike each group's first page,
 * they are not addresses the site promises to keep.
 */
export function isLaterPageOfAServiceGroup(path: string): boolean {
  return new RegExp(`^/services/${SERVICE_GROUPS_FOLDER}/[^/]+/\\d+/$`).test(path);
}
