/**
 * The hate crime report's script: the referral form's script (src/features/referral/referral-form.browser.ts) run
 * with this form's drawing, check, confirmation and words. The form works without it.
 */
import { setUpForm, type FormKind } from '../referral-form.browser.ts';
import { translatable } from '../../../shared/sentences.ts';
import {
  confirmationChoices,
  renderReportConfirmation,
  renderReportForm,
  REPORT_SENT,
  type ReportConfirmation,
  type ReportFormContext,
} from './report-markup.ts';

const HATE_CRIME_REPORT: FormKind<ReportFormContext> = {
  draw: renderReportForm,
  loadCheck: async () => {
    const { checkHateCrimeReport } = await import('./schema.ts');
    return (answers) => checkHateCrimeReport(answers);
  },
  confirm: ({ reference, alreadySent, values, context }, confirmation) =>
    renderReportConfirmation({
      reference,
      alreadySent,
      ...confirmationChoices(values),
      ...(confirmation as Pick<
        ReportConfirmation,
        'hubPhone' | 'callsFrom' | 'contactWithinWorkingDays' | 'emergency'
      >),
      ...(context.words ? { words: context.words } : {}),
      ...(context.links ? { links: context.links } : {}),
      ...(context.dir ? { dir: context.dir } : {}),
    }),
  sentTitle: REPORT_SENT,
  messages: {
    sending: translatable('Sending your report…'),
    couldNotSend: translatable(
      'We could not send your report. Check your internet connection and try again: everything you typed is still here. Or call the hub on {phone}.',
    ),
    notSent: translatable(
      'Your report was not sent. Everything you typed is still here. You can try again, or call the hub on {phone}.',
    ),
  },
};

/** Start the report page, marked `data-hate-crime-report-page`. */
export function setUpReportForm(page: HTMLElement): void {
  setUpForm(page, HATE_CRIME_REPORT);
}
