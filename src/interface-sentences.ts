/**
 * Every English sentence of the interface: the words around the content
 * that content/interface/<code>.yaml translates. They come from four places:
 * the shell's words (src/i18n/ui.ts), every sentence the code says
 * (the literals given to say and translatable, found as xgettext finds them), the
 * referral form's and the hate crime report's questions, and the labels Site settings and the
 * vocabularies give the shell (navigation, opening times, agencies).
 * `npm run translations` and the translations test compare each language
 * with this list.
 */
import { readSettingsFile } from './content-model/settings-file.ts';
import { agencies, journeys } from './content-model/vocabularies.ts';
import { REPORT_SECTIONS } from './features/referral/hate-crime-report/questions.ts';
import { questionSentences } from './features/referral/questions.ts';
import { sentencesInFiles } from './i18n/sentence-finder.ts';
import { englishShell } from './i18n/ui.ts';
import { describeOpeningHours } from './shared/opening-hours.ts';

/** The sentences Site settings puts in the shell: links, names and opening times. */
function settingsSentences(contentRoot?: string): string[] {
  const settings = readSettingsFile(contentRoot);
  const { hub } = settings;
  return [
    ...settings.navigation.map((link) => link.label),
    ...settings.footerLinks.map((link) => link.label),
    hub.name,
    ...hub.whenClosed.map((line) => line.name),
    ...(hub.openingHours.note ? [hub.openingHours.note] : []),
    ...describeOpeningHours(hub.openingHours),
    settings.organisation,
    settings.victimsCode.edition,
  ];
}

/** The sentences the code says (the developers' words, as opposed to the comms team's labels in settings). */
export function codeSentences(): string[] {
  return [
    ...new Set([
      ...Object.values(englishShell),
      ...sentencesInFiles(['src/**/*.ts', 'src/**/*.astro', 'admin/**/*.astro']).filter(
        (sentence) => !sentence.startsWith('./'),
      ),
      ...questionSentences(),
      ...questionSentences(REPORT_SECTIONS),
      ...agencies.entries.map((entry) => entry.label),
      ...journeys.entries.map((entry) => entry.label),
    ]),
  ];
}

/** Every English sentence a translated page can show, once each. */
export function interfaceSentences(contentRoot?: string): string[] {
  return [...new Set([...codeSentences(), ...settingsSentences(contentRoot)])];
}
