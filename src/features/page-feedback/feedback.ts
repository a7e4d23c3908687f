/**
 * Page feedback ("Was this page useful?"): its address at the intake and its rules, for the intake (and for the
 * widget's constants: the browser script imports nothing from here but plain values, never zod).
 */
import { z } from '../../shared/validation-without-eval.ts';
import { fillIn, translatable } from '../../shared/sentences.ts';
import { SITE_PATH } from '../../shared/site-path.ts';

/** Where the intake takes page feedback. */
export const PAGE_FEEDBACK_PATH = '/api/feedback';

/** The longest answer to "What was missing or wrong?". */
export const MAX_WHAT_WAS_WRONG = 1000;

/** Where the page shows its thank-you (or that it was not sent) after a form sent without JavaScript. */
export const FEEDBACK_SENT_ID = 'page-feedback-sent';
export const FEEDBACK_NOT_SENT_ID = 'page-feedback-not-sent';

/** The page a feedback form was sent from, and so the only place it is sent back to. */
export { SITE_PATH };

/** Markup has no place in feedback: refused, as on the forms, rather than kept for someone to open later. */
const MARKUP = /<\s*\/?\s*[a-z!?]/i;

/** The box's name in its messages, as GOV.UK's are: the message alone says which box it means. */
const BOX = translatable('What was missing or wrong');

const feedbackFields = z.object({
  page: z.string().regex(SITE_PATH, translatable('The page could not be read')),
  useful: z.enum(['yes', 'no'], translatable('Select yes or no')),
  whatWasWrong: z.preprocess(
    (value) => (typeof value === 'string' ? value.trim() : value),
    z
      .string()
      .max(
        MAX_WHAT_WAS_WRONG,
        fillIn(translatable('{field} must be {max} characters or fewer'), { field: BOX, max: MAX_WHAT_WAS_WRONG }),
      )
      .refine(
        (text) => !MARKUP.test(text),
        fillIn(translatable('{field} must not include the signs < or >'), { field: BOX }),
      )
      .default(''),
  ),
  formLanguage: z
    .string()
    .regex(/^[a-z]{2,3}$/)
    .default('en')
    .catch('en'),
});

/** The fields a feedback form sends, and nothing else: the trap for scripts is `website`. */
export const FEEDBACK_FIELD_NAMES: readonly string[] = [...Object.keys(feedbackFields.shape), 'website'];

/** Feedback as checked: the text not yet cleaned of personal details (the intake does that before keeping it). */
export type CheckedFeedback = z.output<typeof feedbackFields>;

const feedbackSchema = feedbackFields.strict();

/** Check feedback as sent; on failure, one error per field. */
export function checkFeedback(
  input: unknown,
): { ok: true; feedback: CheckedFeedback } | { ok: false; errors: { field: string; message: string }[] } {
  const result = feedbackSchema.safeParse(input);
  if (result.success) return { ok: true, feedback: result.data };
  const errors = new Map<string, string>();
  for (const issue of result.error.issues) {
    const field = String(issue.path[0] ?? 'form');
    if (!errors.has(field)) errors.set(field, issue.message);
  }
  return { ok: false, errors: [...errors].map(([field, message]) => ({ field, message })) };
}
