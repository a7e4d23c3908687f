/**
 * Published addresses are a contract: police print them on leaflets. When
 * an address changes, the old one must lead to the new one. Redirects come
 * from content: each Victims Information Pack section's other short
 * addresses (aliases) and former codes, and the `redirects` list in
 * settings for renamed pages. The build makes a redirect page for each
 * (Astro's static redirects) and a _redirects file for static hosts; the
 * local server answers them with a 301. Any capitalisation of an address is
 * sent on too (canonical-address.ts).
 */
import { globSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { readData } from '../content-model/guard.ts';
import { contentDirectory } from '../content-model/content-directory.ts';
import { contentTypes } from '../content-model/schemas/index.ts';
import { vipEntrySchema, type VipEntry } from '../content-model/schemas/vip-entry.ts';
import { readSettingsFile } from '../content-model/settings-file.ts';

export interface Redirect {
  /** The old or extra address, for example /vip/scams/. */
  from: string;
  /** Where it leads, for example /vip/fraud/. */
  to: string;
}

export const vipAddress = (code: string) => `/vip/${code}/`;

/** A pack section's aliases and former codes, each leading to its code. */
export function vipRedirects(sections: readonly Pick<VipEntry, 'code' | 'aliases' | 'formerCodes'>[]): Redirect[] {
  return sections.flatMap((section) =>
    [...section.aliases, ...section.formerCodes].map((other) => ({
      from: vipAddress(other),
      to: vipAddress(section.code),
    })),
  );
}

/** The pack's sections, read straight from content/ (for code outside Astro). */
function readPackSections(contentRoot: string): VipEntry[] {
  const folder = path.join(contentRoot, contentTypes.vip.folder);
  return globSync('*.md', { cwd: folder }).flatMap((file) => {
    const result = vipEntrySchema.safeParse(readData(readFileSync(path.join(folder, file), 'utf8'), file));
    return result.success ? [result.data] : [];
  });
}

/** Every redirect the content asks for, read straight from content/ (for the Astro config and the server). */
export function readRedirects(contentRoot: string = contentDirectory()): Redirect[] {
  return [...vipRedirects(readPackSections(contentRoot)), ...readSettingsFile(contentRoot).redirects];
}

/**
 * The pack's addresses as printed on paper and on the officers' sheet: /vip/, each section's, and each of its
 * other short addresses and former codes.
 */
export function readPrintedPackAddresses(contentRoot: string = contentDirectory()): string[] {
  const codes = readPackSections(contentRoot).flatMap((section) => [
    section.code,
    ...section.aliases,
    ...section.formerCodes,
  ]);
  return ['/vip/', ...codes.sort().map(vipAddress)];
}

/** Redirects for Astro's config: keys and targets without the final slash, as Astro writes them. */
export function astroRedirects(redirects: readonly Redirect[]): Record<string, string> {
  return Object.fromEntries(redirects.map((redirect) => [redirect.from.replace(/\/$/, ''), redirect.to]));
}

/**
 * The _redirects file static hosts (Netlify, Cloudflare Pages) read: each old address, with and without its final
 * slash; then, apart, the common capitalisations of printed addresses (from canonical-address.ts), since these
 * hosts match case exactly.
 */
export function redirectsFile(redirects: readonly Redirect[], capitalised: readonly Redirect[] = []): string {
  const lines = (list: readonly Redirect[]) =>
    list.flatMap((redirect) => [
      `${redirect.from} ${redirect.to} 301`,
      `${redirect.from.replace(/\/$/, '')} ${redirect.to} 301`,
    ]);
  const capitals =
    capitalised.length === 0
      ? ''
      : `# The pack's printed addresses in the capitals people often type. A host that can ignore case should send\n# any capitalisation to the lower-case address instead: see docs/operators.md.\n${lines(capitalised).join('\n')}\n`;
  return `# Old and extra addresses that lead elsewhere. Written by the build from content/: do not edit.\n${lines(redirects).join('\n')}\n${capitals}`;
}

/** Parse a _redirects file back into redirects (for the local server). */
export function parseRedirectsFile(text: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const line of text.split('\n')) {
    const [from, to] = line.trim().split(/\s+/);
    if (from && to && !from.startsWith('#')) map.set(from, to);
  }
  return map;
}
