import { readSettingsFile } from '../content-model/settings-file.ts';

/** Languages whose script runs right to left: a page in one of these gets dir="rtl". */
const rightToLeft = new Set(['ar', 'dv', 'fa', 'he', 'ku', 'ps', 'sd', 'ug', 'ur', 'yi']);

/** The text direction for a language tag such as "en", "ur" or "ar-EG". */
export function textDirection(lang: string): 'ltr' | 'rtl' {
  const primary = lang.toLowerCase().split('-')[0] ?? '';
  return rightToLeft.has(primary) ? 'rtl' : 'ltr';
}

const englishNames = new Intl.DisplayNames(['en-GB'], { type: 'language' });

/** "Polish" for "pl", "British Sign Language" for "bfi": a language code as people say it. */
export function languageName(code: string): string {
  if (code.toLowerCase() === 'bfi') return 'British Sign Language';
  try {
    return englishNames.of(code) ?? code;
  } catch {
    return code;
  }
}

export interface SiteLanguage {
  code: string;
  /** Its name in its own language and script, as readers look for it. */
  name: string;
  englishName: string;
  dir: 'ltr' | 'rtl';
}

/** The languages the essential pages are translated into, from Site settings, in the order readers see them. */
export function siteLanguages(): SiteLanguage[] {
  return readSettingsFile().translations.languages.map((language) => ({
    ...language,
    dir: textDirection(language.code),
  }));
}

/** The codes of the site's languages, English not included. */
export function siteLanguageCodes(): string[] {
  return siteLanguages().map((language) => language.code);
}

/** English as a language of the switcher. */
export const englishLanguage: SiteLanguage = { code: 'en', name: 'English', englishName: 'English', dir: 'ltr' };

/** How dates are written in a language: its own month names, with the digits 0–9 the site's phone numbers use. */
export function dateLocale(lang: string): string {
  return lang === 'en' ? 'en-GB' : `${lang}-GB-u-nu-latn`;
}
