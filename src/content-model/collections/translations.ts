/**
 * Translated pages, rights, pack sections and exercises, for the routes that
 * publish them at /<code>/...: which translations the site publishes, the
 * one for an English entry, and whether its English has changed since.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { getCollection } from 'astro:content';
import { readSettingsFile } from '../settings-file.ts';
import { localisedHref } from '../../i18n/addresses.ts';
import { pageAddress, publishesTranslations } from '../page-addresses.ts';
import type { TranslationRecord } from '../schemas/translation.ts';
import { englishVersion } from '../translations.ts';

const collectionOf = {
  pages: 'pageTranslations',
  rights: 'rightTranslations',
  vip: 'vipTranslations',
  resources: 'resourceTranslations',
} as const;

export type TranslatedType = keyof typeof collectionOf;

/** An English entry, as far as finding its translations goes. */
interface EnglishEntry {
  filePath?: string | undefined;
}

/** What a page shows about its translation: whether its English has changed since, and when the English was checked. */
export interface TranslationState {
  reviewed: boolean;
  /** The English has changed since this was translated. */
  behind: boolean;
}

export interface Translated<Entry> {
  entry: Entry;
  lang: string;
  state: TranslationState;
}

/** The file name of an entry without its folder or extension: how a translation finds its English. */
function fileNameOf(entry: EnglishEntry): string {
  return path.basename(entry.filePath ?? '').replace(/\.[^.]+$/, '');
}

/** The languages whose translations the site publishes, from Site settings. */
function publishedLanguages(): { codes: Set<string>; publishUnreviewed: boolean } {
  const { translations } = readSettingsFile();
  return {
    codes: new Set(translations.languages.map((language) => language.code)),
    publishUnreviewed: translations.publishUnreviewed,
  };
}

/** Every published translation of a type, each with its language. */
export async function publishedTranslations(type: TranslatedType) {
  const { codes, publishUnreviewed } = publishedLanguages();
  const entries = await getCollection(collectionOf[type]);
  return entries
    .map((entry) => ({ entry, lang: entry.id.split('/')[0] ?? '' }))
    .filter(({ entry, lang }) => {
      // A draft the content editor made (not translated yet) is never published.
      const record = (entry.data as { translation?: TranslationRecord }).translation;
      return record !== undefined && codes.has(lang) && (record.reviewed || publishUnreviewed);
    });
}

/** The published translation of an English entry in a language, with its state; undefined when there is none. */
export async function translationOf<Entry = unknown>(
  type: TranslatedType,
  english: EnglishEntry,
  lang: string,
): Promise<Translated<Entry> | undefined> {
  const name = fileNameOf(english);
  const found = (await publishedTranslations(type)).find(
    (candidate) => candidate.lang === lang && candidate.entry.id === `${lang}/${name}`,
  );
  if (!found) return undefined;
  const record = (found.entry.data as { translation: TranslationRecord }).translation;
  const englishNow = english.filePath ? englishVersion(readFileSync(english.filePath, 'utf8'), english.filePath) : '';
  return {
    entry: found.entry as unknown as Entry,
    lang,
    state: { reviewed: record.reviewed, behind: englishNow !== record.englishVersion },
  };
}

/** The languages an English entry is published in, besides English. */
export async function languagesOf(type: TranslatedType, english: EnglishEntry): Promise<string[]> {
  const name = fileNameOf(english);
  return (await publishedTranslations(type))
    .filter((candidate) => candidate.entry.id === `${candidate.lang}/${name}`)
    .map((candidate) => candidate.lang);
}

let addresses: Promise<Map<string, Set<string>>> | undefined;

/**
 * For each language, the English addresses whose page is published in it:
 * the pages, rights and pack sections translated, and the search page, which
 * every language has. Worked out once per build.
 */
export function translatedAddresses(): Promise<Map<string, Set<string>>> {
  addresses ??= (async () => {
    const byLanguage = new Map<string, Set<string>>();
    const add = (lang: string, address: string) => {
      if (!byLanguage.has(lang)) byLanguage.set(lang, new Set(['/search/']));
      byLanguage.get(lang)?.add(address);
    };
    for (const code of publishedLanguages().codes) byLanguage.set(code, new Set(['/search/']));
    for (const { entry, lang } of await publishedTranslations('pages')) {
      const id = entry.id.slice(lang.length + 1);
      if (publishesTranslations(id)) add(lang, pageAddress(id));
    }
    for (const { entry, lang } of await publishedTranslations('rights'))
      add(lang, `/your-rights/${(entry.data as { slug: string }).slug}/`);
    for (const { entry, lang } of await publishedTranslations('vip'))
      add(lang, `/vip/${(entry.data as { code: string }).code}/`);
    return byLanguage;
  })();
  return addresses;
}

/** One version of a page: English, or a published translation with its state. */
export interface Version<Entry> {
  lang: string;
  entry: Entry;
  /** For a translation: what its notice says. */
  translation?: { reviewed: boolean; behind: boolean; englishLastReviewed?: Date | undefined };
}

/**
 * An English entry and each of its published translations, English first:
 * what a route's getStaticPaths needs to publish it at /... and /<code>/...
 */
export async function inEachLanguage<Entry extends EnglishEntry & { data: object }>(
  type: TranslatedType,
  english: Entry,
): Promise<Version<Entry>[]> {
  const versions: Version<Entry>[] = [{ lang: 'en', entry: english }];
  const englishLastReviewed = (english.data as { lastReviewed?: Date }).lastReviewed;
  for (const lang of await languagesOf(type, english)) {
    const found = await translationOf<Entry>(type, english, lang);
    if (found) versions.push({ lang, entry: found.entry, translation: { ...found.state, englishLastReviewed } });
  }
  return versions;
}

/** The route parameter for a language: none for English (/refer/), the code otherwise (/pl/refer/). */
export function languageParam(lang: string): string | undefined {
  return lang === 'en' ? undefined : lang;
}

/**
 * A list of English entries as a page in `lang` shows them: each one's
 * translation where it is published, the English otherwise, each marked
 * with the language it is in (so the page can say which are in English).
 */
export async function inLanguage<Entry extends EnglishEntry & { data: object }>(
  type: TranslatedType,
  english: readonly Entry[],
  lang: string,
): Promise<(Entry & { lang: string })[]> {
  if (lang === 'en') return english.map((entry) => ({ ...entry, lang }));
  return Promise.all(
    english.map(async (entry) => {
      const found = await translationOf<Entry>(type, entry, lang);
      return found ? { ...found.entry, filePath: entry.filePath, lang } : { ...entry, lang: 'en' };
    }),
  );
}

/** Where a link on a page in `lang` should lead: the translated page where there is one, the English otherwise. */
export async function linksIn(lang: string): Promise<(href: string) => string> {
  const here = (await translatedAddresses()).get(lang) ?? new Set<string>();
  return (href) => localisedHref(href, lang, here);
}
