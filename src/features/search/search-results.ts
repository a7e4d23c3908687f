/**
 * What the search page shows, decided without a page: the words it says
 * (the count, nothing found), how many results it draws at a time, and a
 * result's excerpt as plain text with the matched words marked. Used by
 * site-search.browser.ts; unit-tested in search-results.test.ts.
 */
import { fillIn } from '../../shared/sentences.ts';

/** The sentences the script says, in the page's language, from the page (`data-site-search`). */
export interface SearchWords {
  /** "1 page matches “{words}”" */
  one: string;
  /** "{count} pages match “{words}”" */
  many: string;
  /** "No pages match “{words}”." */
  none: string;
  /** What to try next when nothing matches. */
  tryAgain: string;
  /** Shown while the first search waits for the index to download. */
  searching: string;
  /** When the search files cannot be downloaded. */
  failed: string;
  /** On a translated page, above English results: "No pages in your language have these words. These pages in English do." */
  inEnglish: string;
  /** Whether the page reads right to left: the words typed are then isolated, so an English word keeps its order. */
  rtl: boolean;
}

const SENTENCES = ['one', 'many', 'none', 'tryAgain', 'searching', 'failed', 'inEnglish'] as const;

/** The words the page gives the script. Throws when they are missing, so the page stays as it is without JavaScript. */
export function searchWordsFrom(json: string | undefined): SearchWords {
  const given = JSON.parse(json ?? '') as Partial<Record<keyof SearchWords, unknown>>;
  for (const name of SENTENCES)
    if (typeof given[name] !== 'string' || !given[name]) throw new Error(`The search page gives no "${name}" words.`);
  return { ...(given as SearchWords), rtl: given.rtl === true };
}

/** What the person typed, as one line with single spaces: what is searched for and said back to them. */
export function searchTerm(typed: string): string {
  return typed.replace(/\s+/g, ' ').trim();
}

/**
 * Whether the words are enough to search as the person types: two letters or more. One letter matches most pages and
 * downloads the first few of them for nothing; pressing Search still searches for it.
 */
export function typedEnough(term: string): boolean {
  return [...term].length >= 2;
}

/** Put the typed words into a sentence; in right-to-left text they are isolated (FSI … PDI) to keep their own order. */
function sentence(template: string, count: number, term: string, rtl: boolean): string {
  const isolate = (value: string) => (rtl ? `\u2068${value}\u2069` : value);
  return fillIn(template, { count: isolate(String(count)), words: isolate(term) });
}

/** The sentence the live region says once a search is done: how many pages match, or that none do. */
export function countSentence(count: number, term: string, words: SearchWords): string {
  if (count === 0) return `${sentence(words.none, 0, term, words.rtl)} ${words.tryAgain}`;
  return sentence(count === 1 ? words.one : words.many, count, term, words.rtl);
}

/**
 * How many results are drawn at once. Each result shown costs a download (its "fragment": title, address and
 * text), so the first screen draws a few and "Show more results" draws the next batch.
 */
export const FIRST_BATCH = 5;
export const NEXT_BATCH = 10;

/** Which results to draw next, when `shown` of `found` are on the page: [from, to), empty when all are shown. */
export function nextBatch(shown: number, found: number): { from: number; to: number } {
  const size = shown === 0 ? FIRST_BATCH : NEXT_BATCH;
  return { from: shown, to: Math.min(found, shown + size) };
}

/** A piece of an excerpt: plain text, marked when it is one of the words searched for. */
export interface ExcerptPart {
  text: string;
  marked: boolean;
}

/**
 * Pagefind's excerpt as plain text with its matches marked. Pagefind gives it as HTML: the page's text with `<`
 * and `>` written `&lt;` and `&gt;`, and each match in `<mark>…</mark>`. Only those are read back; anything else is
 * text, drawn with textContent, so a page's words can never become markup.
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let marked = false;
  for (const piece of excerpt.split(/(<mark>|<\/mark>)/)) {
    if (piece === '<mark>' || piece === '</mark>') {
      marked = piece === '<mark>';
      continue;
    }
    const text = piece.replace(/&lt;/g, '<').replace(/&gt;/g, '>');
    if (!text) continue;
    const last = parts.at(-1);
    if (last && last.marked === marked) last.text += text;
    else parts.push({ text, marked });
  }
  return parts;
}
