/**
 * How hard a text is to read: the Flesch-Kincaid grade level (1975), from the
 * number of sentences, words and syllables. Grade 3 is about what a child of 8
 * or 9 reads; Easy Read aims at 3 or lower.
 *
 * Syllables are counted by wooorm's `syllable` (English) and the formula is
 * wooorm's `flesch-kincaid`. This file only decides what a sentence and a word
 * are, in the way the site's content is written:
 *
 * - A sentence ends with ".", "!" or "?" and a space or the end of the text.
 *   A piece of text with no full stop, such as a heading, is one sentence.
 * - A word is a run of letters, with apostrophes or hyphens inside
 *   ("don't", "well-known").
 * - A number written in digits ("999", "0300 1234 148", "9am", "2021") and a web
 *   address ("www.victims-first.org.uk/refer") each count as one word of one
 *   syllable: they are copied or dialled, not read aloud, and Easy Read asks
 *   for digits because they are quicker to take in than words.
 */
import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';

export interface ReadabilityCounts {
  sentences: number;
  words: number;
  syllables: number;
}

export interface Readability extends ReadabilityCounts {
  /** The Flesch-Kincaid grade level; 0 for a text with no words. */
  grade: number;
}

// A web address (www.… or https://…, or a name with a dot before known endings such as .uk, .org or .gov.uk),
// then a number in digits with its spaces, separators or am/pm, then a word.
const TOKEN =
  /(?:https?:\/\/|www\.)[^\s]+[^\s.,;:!?)]|[\p{L}\d-]+(?:\.(?:uk|org|com|gov|net))+(?:\/[^\s]*[^\s.,;:!?)])?|\d+(?:[ .,:/-]\d+)*(?:am|pm)?|\p{L}+(?:['’-]\p{L}+)*/giu;
const COPIED = /^(?:https?:\/\/|www\.|\d)|\.(?:uk|org|com|gov|net)\b/i;

/** The sentences of a text, each with its closing mark. */
export function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[.!?]['’"”)]?)\s+/u)
    .map((sentence) => sentence.trim())
    .filter((sentence) => /[\p{L}\d]/u.test(sentence));
}

/** The words of a text, as counted here: numbers and web addresses are one word each. */
export function wordsOf(text: string): string[] {
  return [...text.matchAll(TOKEN)].map((match) => match[0]);
}

/** The syllables in one word: 1 for a number or web address, otherwise at least 1. */
export function syllablesOf(word: string): number {
  if (COPIED.test(word)) return 1;
  return Math.max(1, syllable(word));
}

/** The counts for one text, or for several counted apart (a heading and its points), added together. */
export function countsOf(texts: string | readonly string[]): ReadabilityCounts {
  const counts: ReadabilityCounts = { sentences: 0, words: 0, syllables: 0 };
  for (const text of typeof texts === 'string' ? [texts] : texts) {
    const words = wordsOf(text);
    if (words.length === 0) continue;
    counts.sentences += Math.max(1, sentencesOf(text).length);
    counts.words += words.length;
    counts.syllables += words.reduce((sum, word) => sum + syllablesOf(word), 0);
  }
  return counts;
}

/** The Flesch-Kincaid grade of counts already made. */
export function gradeOf(counts: ReadabilityCounts): number {
  if (counts.words === 0) return 0;
  return fleschKincaid({ sentence: counts.sentences, word: counts.words, syllable: counts.syllables });
}

/** The counts and the Flesch-Kincaid grade of a text, or of several texts read as one. */
export function readability(texts: string | readonly string[]): Readability {
  const counts = countsOf(texts);
  return { ...counts, grade: gradeOf(counts) };
}
