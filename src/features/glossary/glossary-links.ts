/**
 * Terms of art in an explainer step (bail, CPS, special measures) link to
 * their glossary entry. The writer only lists the terms a step uses; this
 * finds the first place each one appears in the step's text and links it,
 * so nobody has to write links by hand. Without JavaScript the link goes to
 * the glossary; src/features/glossary/glossary-terms.browser.ts turns it into a definition
 * shown in place.
 */
import type { Element, ElementContent, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { replaceText } from '../../shared/content-text.ts';

export const GLOSSARY_PATH = '/criminal-justice/glossary/';

export interface TermToLink {
  slug: string;
  term: string;
  alsoKnownAs: readonly string[];
}

function escapeForPattern(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** One pattern for a term and its other names: whole words, any case, a plural "s", either apostrophe. */
export function patternFor(term: TermToLink): RegExp {
  const names = [term.term, ...term.alsoKnownAs]
    .map((name) => name.trim())
    .filter(Boolean)
    // Longest first, so "Victim Personal Statement" wins over a shorter name inside it.
    .sort((a, b) => b.length - a.length)
    .map((name) => escapeForPattern(name).replace(/['’]/g, "['’]").replace(/\s+/g, '\\s+'));
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${names.join('|')})(?:s|es)?(?![\\p{L}\\p{N}])`, 'iu');
}

export function glossaryHref(slug: string): string {
  return `${GLOSSARY_PATH}#${slug}`;
}

function linkTo(slug: string, text: string): Element {
  return {
    type: 'element',
    tagName: 'a',
    properties: { href: glossaryHref(slug), className: ['glossary-term'], dataGlossaryTerm: slug },
    children: [{ type: 'text', value: text }],
  };
}

interface FirstMatch {
  slug: string;
  index: number;
  text: string;
}

/** The earliest place any not-yet-linked term appears in `text`; the longer name where two start together. */
function firstMatch(text: string, patterns: ReadonlyMap<string, RegExp>): FirstMatch | undefined {
  let best: FirstMatch | undefined;
  for (const [slug, pattern] of patterns) {
    const match = pattern.exec(text);
    if (!match) continue;
    if (!best || match.index < best.index || (match.index === best.index && match[0].length > best.text.length)) {
      best = { slug, index: match.index, text: match[0] };
    }
  }
  return best;
}

/**
 * Link the first use of each term in `html`. Returns the new HTML and the
 * slugs it linked, in the order they appear, so the page can say which
 * listed terms the text never uses.
 */
export function linkGlossaryTerms(html: string, terms: readonly TermToLink[]): { html: string; linked: string[] } {
  const tree: Root = fromHtml(html, { fragment: true });
  const patterns = new Map(terms.map((term) => [term.slug, patternFor(term)]));
  const linked: string[] = [];

  replaceText(tree, (text) => {
    let match = patterns.size > 0 ? firstMatch(text, patterns) : undefined;
    if (!match) return undefined;
    const pieces: ElementContent[] = [];
    let rest = text;
    while (match) {
      if (match.index > 0) pieces.push({ type: 'text', value: rest.slice(0, match.index) });
      pieces.push(linkTo(match.slug, match.text));
      linked.push(match.slug);
      patterns.delete(match.slug);
      rest = rest.slice(match.index + match.text.length);
      match = firstMatch(rest, patterns);
    }
    if (rest) pieces.push({ type: 'text', value: rest });
    return pieces;
  });
  return { html: toHtml(tree), linked };
}
