/**
 * The words on the built pages, as a visitor gets them.
 *
 * Plain English: the Flesch-Kincaid grade of the main text of every English
 * page is 7 or below (about what a 12-year-old reads). Each block a reader
 * sees (a heading, a paragraph, a list item, a button) is counted as its own
 * text, as readability tools that read web pages do: a heading or a list item
 * without a full stop is one sentence, not the start of a run-on sentence that
 * carries on into the next block. (Run together, the filter labels of
 * /services/ would count as one sentence of 300 words.)
 *
 * One apostrophe (’) everywhere, and every number to call or text in the
 * written content is a link that calls or texts it.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readability } from '../../src/shared/readability.ts';
import { builtEnglishPages, builtPages, mainTextBlocks, unlinkedProseText } from '../support/built-pages.ts';

const HIGHEST_GRADE = 7;

/** Pages not written for victims, and why. */
const NOT_FOR_VICTIMS = new Map([
  ['/admin/', 'for the comms team: the content editor'],
  ['/hub/', 'for hub staff: collecting referrals'],
  ['/vip/share/', 'for police officers: it names forms, codes and procedures they use'],
  ['/vip/cover/', 'a sheet police officers fill in by pen'],
]);

describe('the words on the built pages', () => {
  const pages = builtEnglishPages().filter((page) => !NOT_FOR_VICTIMS.has(page.address));

  it('include every page a victim reads', () => {
    const addresses = pages.map((page) => page.address);
    for (const address of [
      '/',
      '/your-rights/',
      '/vip/',
      '/vip/burglary/',
      '/refer/',
      '/while-you-wait/',
      '/services/',
    ]) {
      expect(addresses).toContain(address);
    }
  });

  it(`read at Flesch-Kincaid grade ${HIGHEST_GRADE} or below on every page`, () => {
    const tooHard = pages
      .map((page) => ({ page: page.address, ...readability(mainTextBlocks(readFileSync(page.file, 'utf8'))) }))
      .filter((result) => result.words > 0 && result.grade > HIGHEST_GRADE)
      .map((result) => `${result.page} reads at grade ${result.grade.toFixed(1)} (${result.words} words)`);
    expect(tooHard, 'Use shorter sentences and everyday words on these pages').toEqual([]);
  });

  it('use the curly apostrophe, never the straight one, in every language', () => {
    const straight = builtPages().flatMap((page) =>
      mainTextBlocks(readFileSync(page.file, 'utf8'))
        .filter((block) => /\p{L}'\p{L}|s' /u.test(block))
        .map((block) => `${page.address}: ${block.slice(0, 80)}`),
    );
    expect(straight).toEqual([]);
  });

  it('make every "call …" or "text …" in written content a link that calls or texts the number', () => {
    // In the written content, outside links: "call" or "text" and up to four words, then a number.
    const instruction = /\b(?:call|dial|ring|text)\b(?:\s+[^\s\d]+){0,4}?\s+\*{0,2}(\d{3}(?:\s?\d{3,4}){0,2})\b/giu;
    const unlinked = builtPages().flatMap((page) =>
      unlinkedProseText(readFileSync(page.file, 'utf8')).flatMap((text) =>
        [...text.matchAll(instruction)]
          .filter((match) => !/^(?:18001|18000)$/.test(match[1] ?? ''))
          .map((match) => `${page.address}: "${match[0]}"`),
      ),
    );
    expect(unlinked).toEqual([]);
  });
});
