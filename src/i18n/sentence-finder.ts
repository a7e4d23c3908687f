/**
 * Finds the English sentences the code says, the way gettext's xgettext
 * does: every literal given to say(…) or translatable(…) in the source.
 * The translations check uses it to list what each language still needs,
 * and the referral form to hand its own sentences to the browser.
 */
import { globSync, readFileSync } from 'node:fs';

const CALL = /\b(?:say|translatable)\(\s*(['"`])((?:\\.|(?!\1)[^\\])*)\1/g;

/** A string literal's text, with its escapes undone. */
function unescape(literal: string): string {
  return literal.replace(/\\(.)/g, (_match, character: string) => (character === 'n' ? '\n' : character));
}

/** The sentences said in some source text. A template literal with ${…} in it is not a sentence: use {names}. */
export function sentencesInText(source: string): string[] {
  return [...source.matchAll(CALL)]
    .filter((match) => !(match[1] === '`' && (match[2] ?? '').includes('${')))
    .map((match) => unescape(match[2] ?? ''))
    .filter((sentence) => sentence.trim().length > 0);
}

/** The sentences said in the source files a glob pattern finds (relative to the project), in order, once each. */
export function sentencesInFiles(pattern: string | string[]): string[] {
  // Tests are not product code: the sentences they use are there to be checked, not shown.
  const files = globSync(pattern)
    .filter((file) => !file.endsWith('.test.ts'))
    .sort();
  return [...new Set(files.flatMap((file) => sentencesInText(readFileSync(file, 'utf8'))))];
}
