/**
 * The report's sentences in a language, for the page to hand to the form's code, as the referral form's are
 * (src/features/referral/form-words.ts). Build-time only.
 */
import { wordsIn } from '../../../content-model/interface-words.ts';
import { sentencesInFiles } from '../../../i18n/sentence-finder.ts';
import type { Words } from '../../../shared/sentences.ts';
import { questionSentences } from '../questions.ts';
import { REPORT_SECTIONS } from './questions.ts';

/** Every English sentence the report, its messages and the intake's answers can show. */
export function reportSentences(): string[] {
  const inSource = sentencesInFiles([
    'src/features/referral/hate-crime-report/*.ts',
    'src/features/referral/*.ts',
    'src/intake/intake.ts',
  ]);
  return [...new Set([...questionSentences(REPORT_SECTIONS), ...inSource])];
}

/** The translations of the report's sentences in a language: only those the form uses. */
export function reportWords(lang: string): Words {
  if (lang === 'en') return {};
  const all = wordsIn(lang);
  return Object.fromEntries(
    reportSentences()
      .filter((english) => all[english] !== undefined)
      .map((english) => [english, all[english] ?? english]),
  );
}
