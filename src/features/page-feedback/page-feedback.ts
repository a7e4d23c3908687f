/**
 * What the "Was this page useful?" widget decides, kept plain so it is tested without a browser: what the intake's
 * answer means for the person (sent, a problem with what they typed, or not sent), and how a sentence with links
 * in it is cut so the links sit inside the translated sentence. The browser script imports only what it uses:
 * keep this file free of libraries, it loads on nearly every page.
 */

/**
 * How sending ended, as the widget shows it. `show` becomes the widget's `data-state`, which its styles read, and
 * names the message that takes focus (`#page-feedback-sent`, `#page-feedback-not-sent`), or the box for
 * `box-error`.
 */
export interface FeedbackOutcome {
  /**
   * `sent`: stored. `box-error`: the intake refused what was typed in the box (its message goes above the box, the
   * text kept). `not-sent`: anything else (refused, too many, the server or the connection failed), the text kept.
   */
  show: 'sent' | 'box-error' | 'not-sent';
  /** Sent, and the intake took out what looked like contact details: the thank-you says so. */
  stripped?: boolean;
  /** The intake's message about the box. */
  message?: string;
}

/** The box's field name, as the intake names it in its errors. */
export const BOX_FIELD = 'whatWasWrong';

/** What the intake's answer (its status, and its JSON body, or null if it had none) means for the person. */
export function feedbackOutcome(status: number, reply: unknown): FeedbackOutcome {
  const body = reply as { stripped?: unknown; errors?: { field?: unknown; message?: unknown }[] } | null;
  if (status === 201) return { show: 'sent', stripped: body?.stripped === true };
  const message = status === 400 && body?.errors?.find?.((error) => error?.field === BOX_FIELD)?.message;
  return message && typeof message === 'string' ? { show: 'box-error', message } : { show: 'not-sent' };
}

/** A part of a sentence: words, or the name of a slot where a link goes. */
export type SentencePart = string | { slot: string };

/**
 * A translated sentence cut at its `{slots}`, so a link can sit where the sentence puts it ("…call the hub on
 * {phone} or {askOnline}…") whatever order a language gives them. Empty words between slots are left out.
 */
export function sentenceParts(sentence: string): SentencePart[] {
  return sentence
    .split(/\{(\w+)\}/)
    .map((part, index) => (index % 2 === 1 ? { slot: part } : part))
    .filter((part) => part !== '');
}
