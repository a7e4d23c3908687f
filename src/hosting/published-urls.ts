/**
 * The published-URL register (published-urls.txt): every address the site
 * has ever published, one path per line. Police print these addresses, so
 * a test checks each one still opens a page or redirects to one. The build
 * adds new addresses; nothing ever takes one out.
 */
import { isLaterPageOfAServiceGroup } from '../content-model/page-addresses.ts';

export const REGISTER_FILE = 'published-urls.txt';

/** Published addresses that are not pages in the sitemap: the feeds and the staff pages. */
export const PUBLISHED_OUTSIDE_SITEMAP = ['/feed.xml', '/campaigns/feed.xml', '/admin/'];

const HEADER = `# Every address this site has ever published, one per line. Police print them, so each must keep
# working: open a page, or redirect to one (content/vip aliases and former codes, or "redirects" in
# content/settings/site.yaml). "npm run build" adds new addresses here; commit them. Never remove a line.
`;

/** The paths in a register file. */
export function readRegister(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.startsWith('/'));
}

/**
 * The addresses from a build to keep for good: all of them except the later
 * pages of a group of services (/services/in/national/2/), which go when the
 * directory shrinks. Each group's first page stays.
 */
export function addressesToRegister(paths: readonly string[]): string[] {
  return paths.filter((path) => !isLaterPageOfAServiceGroup(path));
}

/** The register with any new paths added, sorted, nothing removed. */
export function mergeIntoRegister(existing: string, paths: readonly string[]): { text: string; added: string[] } {
  const known = new Set(readRegister(existing));
  const added = [...new Set(paths)].filter((path) => !known.has(path)).sort();
  const all = [...new Set([...known, ...added])].sort();
  return { text: `${HEADER}${all.join('\n')}\n`, added };
}
