/**
 * The translated words around the content, read from
 * content/interface/<code>.yaml at build time. A sentence with no
 * translation stays in English, and the translations check lists it.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { contentDirectory } from './content-directory.ts';
import { readData } from './front-matter.ts';
import { interfaceWordsSchema } from './schemas/interface-words.ts';
import { textDirection } from '../i18n/languages.ts';
import { sayFrom, type Say, type Words } from '../shared/sentences.ts';

/** Where a language's interface words are. */
export function interfaceWordsFile(lang: string, contentRoot: string = contentDirectory()): string {
  return path.join(contentRoot, 'interface', `${lang}.yaml`);
}

const loaded = new Map<string, ReadonlyMap<string, string>>();

/** English sentence → its translation, for one language; empty for English or a language with no file yet. */
export function interfaceWords(lang: string, contentRoot: string = contentDirectory()): ReadonlyMap<string, string> {
  const file = interfaceWordsFile(lang, contentRoot);
  const cached = loaded.get(file);
  if (cached) return cached;
  let words: ReadonlyMap<string, string> = new Map();
  if (lang !== 'en' && existsSync(file)) {
    const result = interfaceWordsSchema.safeParse(readData(readFileSync(file, 'utf8'), file));
    // A broken file is reported by the content guard, naming the field; until it is fixed, English shows.
    if (result.success) words = new Map(result.data.sentences.map((pair) => [pair.english, pair.translation]));
  }
  loaded.set(file, words);
  return words;
}

/** A language's words as a plain object, to hand to code that also runs in the browser. */
export function wordsIn(lang: string, contentRoot?: string): Words {
  return Object.fromEntries(interfaceWords(lang, contentRoot));
}

/** One `say` per language's file, made once like the words it reads: pages ask for it many times each. */
const sayers = new Map<string, Say>();

/** A function that gives an English sentence in a language (or in English when it has no translation yet). */
export function sentencesIn(lang: string, contentRoot?: string): Say {
  const file = interfaceWordsFile(lang, contentRoot);
  let say = sayers.get(file);
  if (!say) {
    // Right-to-left sentences isolate the numbers put into them, so a phone number keeps its order.
    say = sayFrom(wordsIn(lang, contentRoot), { isolateValues: textDirection(lang) === 'rtl' });
    sayers.set(file, say);
  }
  return say;
}
