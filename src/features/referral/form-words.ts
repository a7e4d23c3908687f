/**
 * The referral form's sentences in a language, for the page to hand to the
 * form's code (in the page, the intake and the browser alike). Build-time
 * only: it reads content/interface/<code>.yaml and the form's source.
 */
import { wordsIn } from '../../content-model/interface-words.ts';
import { sentencesInFiles } from '../../i18n/sentence-finder.ts';
import type { Words } from '../../shared/sentences.ts';
import { questionSentences } from './questions.ts';

/** Every English sentence the form, its messages and the intake's answers can show. */
export function referralSentences(): string[] {
  const inSource = sentencesInFiles(['src/features/referral/*.ts', 'src/intake/intake.ts']);
  return [...new Set([...questionSentences(), ...inSource])];
}

/** The translations of the form's sentences in a language: only those the form uses, to keep the page small. */
export function referralWords(lang: string): Words {
  if (lang === 'en') return {};
  const all = wordsIn(lang);
  return Object.fromEntries(
    referralSentences()
      .filter((english) => all[english] !== undefined)
      .map((english) => [english, all[english] ?? english]),
  );
}
