/**
 * The built site as a visitor's browser gets it: every English page in
 * `dist/`, and the text of its <main> split into the blocks a reader sees
 * (a heading, a paragraph, a list item, a table cell each on its own line).
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import type { Element, Root } from 'hast';
import { siteLanguageCodes } from '../../src/i18n/languages.ts';

export const BUILT_SITE = 'dist';

/** Folders of dist/ that hold no English page: translations, search index, scripts, pictures. */
function notEnglishPages(): Set<string> {
  return new Set([...siteLanguageCodes(), 'pagefind', '_astro', 'images']);
}

/** Each English page's address ("/vip/burglary/") and the file it was built to. */
export function builtEnglishPages(): { address: string; file: string }[] {
  return builtPages(notEnglishPages());
}

/** Each page's address ("/pl/vip/burglary/") and the file it was built to, in every language. */
export function builtPages(skip: ReadonlySet<string> = new Set(['pagefind', '_astro', 'images'])): {
  address: string;
  file: string;
}[] {
  if (!existsSync(join(BUILT_SITE, 'index.html'))) {
    throw new Error('There is no built site in dist/. Run "npm run build" first ("npm test" builds it for you).');
  }
  const pages: { address: string; file: string }[] = [];
  const walk = (folder: string, address: string) => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) {
        if (address === '/' && skip.has(name)) continue;
        walk(path, `${address}${name}/`);
      } else if (name === 'index.html') pages.push({ address, file: path });
    }
  };
  walk(BUILT_SITE, '/');
  return pages.sort((a, b) => a.address.localeCompare(b.address));
}

function mainOf(node: Root | Element): Element | undefined {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    if (child.tagName === 'main') return child;
    const found = mainOf(child);
    if (found) return found;
  }
  return undefined;
}

/** The text of the page's <main>, one block a line, as `innerText` would give it. */
export function mainTextBlocks(html: string): string[] {
  const main = mainOf(fromHtml(html));
  if (!main) return [];
  return toText(main)
    .split(/\n+/)
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

const INLINE = new Set(['strong', 'em', 'b', 'i', 'span', 'abbr', 'small', 'mark', 'bdi', 'bdo', 'q', 'cite']);

function textOutsideLinks(node: Element, into: string[]): void {
  for (const child of node.children) {
    if (child.type === 'text') into.push(child.value);
    else if (child.type === 'element' && child.tagName !== 'a' && !/^h[1-6]$/.test(child.tagName)) {
      // Each block on its own, so words from two blocks never meet; inline words ("text **SHOUT**") stay joined.
      const block = !INLINE.has(child.tagName);
      if (block) into.push('\n');
      textOutsideLinks(child, into);
      if (block) into.push('\n');
    }
  }
}

/**
 * The written content of a page (its "prose" blocks), a block a string, without the text of links and headings
 * (a heading is never a link, so "How to text 999" stays as words).
 */
export function unlinkedProseText(html: string): string[] {
  const found: string[] = [];
  const visit = (node: Root | Element) => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      const classes = child.properties['className'];
      if (Array.isArray(classes) && classes.includes('prose')) {
        const pieces: string[] = [];
        textOutsideLinks(child, pieces);
        found.push(
          ...pieces
            .join('')
            .split(/\n+/)
            .map((line) => line.replace(/\s+/g, ' ').trim())
            .filter(Boolean),
        );
      } else visit(child);
    }
  };
  visit(fromHtml(html));
  return found;
}
