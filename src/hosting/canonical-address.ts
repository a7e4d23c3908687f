/**
 * People type pack addresses from paper, and phones capitalise them:
 * /VIP/burglary/, /Vip/Burglary. Every address the site publishes is in
 * lower case (the schemas allow nothing else), so any capitalisation of one
 * can be sent on to it with a 301. This module finds where an address in
 * the wrong case should go, from the site's pages and its redirects; the
 * local server answers with it, and the build writes the common
 * capitalisations of the pack's printed addresses into _redirects for
 * static hosts.
 *
 * Build assets and the search index are never touched: their file names are
 * case-sensitive hashes, and a file in the wrong case is simply missing.
 */
import type { Redirect } from './redirects.ts';

/** Paths whose files are never matched in another case. */
export const CASE_SENSITIVE_FOLDERS = ['/_astro/', '/pagefind/'];

/**
 * A finder for the address a request should be sent to: given the site's own addresses (its pages, each ending
 * in "/", and published files such as /feed.xml) and its redirects, it answers a path in any capitalisation,
 * with or without a page's final slash, with the one address it stands for, going straight to a redirect's
 * target. It answers undefined when the path is already right, is a build asset, or stands for nothing (or for
 * two addresses that differ only in case, which the site never has): the request then goes on as it is.
 */
export function canonicalAddressFinder(
  addresses: Iterable<string>,
  redirects: readonly Redirect[],
): (path: string) => string | undefined {
  const pages = caselessMap([...addresses].map((address) => ({ from: address, to: address })));
  // A redirect wins over a page at the same address: the build leaves a page that sends people on at each old one.
  const leads = caselessMap(redirects);
  const lookUp = (key: string) => (leads.has(key) ? leads.get(key) : pages.get(key));

  return (path) => {
    const lower = path.toLowerCase();
    if (CASE_SENSITIVE_FOLDERS.some((folder) => lower.startsWith(folder))) return undefined;
    const target = lookUp(lower) ?? (lower.endsWith('/') ? undefined : lookUp(`${lower}/`));
    return target && target !== path ? target : undefined;
  };
}

/** Each address in lower case, and where it leads; null where two lead to different places. */
function caselessMap(redirects: Iterable<Redirect>): Map<string, string | null> {
  const map = new Map<string, string | null>();
  for (const { from, to } of redirects) {
    const key = from.toLowerCase();
    const known = map.get(key);
    map.set(key, known === undefined || known === to ? to : null);
  }
  return map;
}

/**
 * The address to send a request to, with its query string kept ("/VIP/fraud/?from=leaflet" to
 * "/vip/fraud/?from=leaflet"). `url` is the request's address as sent.
 */
export function withQuery(target: string, url: string): string {
  const query = url.indexOf('?');
  return query === -1 ? target : `${target}${url.slice(query)}`;
}

/** A path segment as people write it: "burglary", "Burglary", "BURGLARY". */
function segmentForms(segment: string): string[] {
  const capitalised = segment.charAt(0).toUpperCase() + segment.slice(1);
  return [...new Set([segment, capitalised, segment.toUpperCase()])];
}

/**
 * The capitalisations people most often type of an address: each part in lower case, with a capital first
 * letter, or all in capitals (/VIP/burglary/, /Vip/Burglary/, /vip/BURGLARY/ …), but not the address itself.
 * Static host rules cannot ignore case, so the build lists these for the addresses printed on paper.
 */
export function commonCapitalisations(address: string): string[] {
  const segments = address.split('/').filter(Boolean);
  let forms = [''];
  for (const segment of segments)
    forms = forms.flatMap((start) => segmentForms(segment).map((form) => `${start}/${form}`));
  const ending = address.endsWith('/') ? '/' : '';
  return forms.map((form) => `${form}${ending}`).filter((form) => form !== address && form !== '/');
}

/**
 * Redirects for the common capitalisations of some addresses, each going straight to where the address itself
 * leads (an alias's capitals go to its section, not to the alias).
 */
export function capitalisationRedirects(addresses: readonly string[], redirects: readonly Redirect[]): Redirect[] {
  const leadsTo = new Map(redirects.map((redirect) => [redirect.from, redirect.to]));
  const seen = new Set([...addresses, ...leadsTo.keys()]);
  const result: Redirect[] = [];
  for (const address of addresses) {
    const to = leadsTo.get(address) ?? address;
    for (const from of commonCapitalisations(address)) {
      if (seen.has(from)) continue;
      seen.add(from);
      result.push({ from, to });
    }
  }
  return result;
}
