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
