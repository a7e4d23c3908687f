/**
 * "Was this page useful?" in the browser: sent in place instead of by a form post. Yes sends at once; No opens the
 * box and puts the cursor in it; Send sends the box. The thank-you (or what went wrong) takes focus, so screen
 * readers hear it. What was typed stays in the box until it is sent; a second press while sending does nothing.
 * Nothing goes into storage, cookies or the address. The decisions are in page-feedback.ts; what shows is the
 * styles' work, from the widget's `data-state`. It loads on nearly every page: keep it tiny.
 */
import { feedbackOutcome, type FeedbackOutcome } from './page-feedback.ts';

/** Post the answers as the intake expects them. */
async function post(endpoint: string, fields: Record<string, unknown>): Promise<FeedbackOutcome> {
  try {
    const response = await fetch(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(fields),
      // No cookie; the page's own no-referrer policy covers the referrer, and a post is never answered from a cache.
      credentials: 'omit',
    });
    return feedbackOutcome(response.status, await response.json());
  } catch {
    // No connection, or an answer that is not the intake's JSON (a proxy's error page): not sent.
    return { show: 'not-sent' };
  }
}

/** Start one widget, marked `data-page-feedback`. */
export function setUpPageFeedback(root: HTMLElement): void {
  const box = root.querySelector('textarea');
  const errorMessage = root.querySelector('[data-page-feedback-error-message]');
  const form = box?.form;
  if (!form || !errorMessage) return;
  const describedBy = box.getAttribute('aria-describedby');
  let sending = false;

  /** Open the box (in its <details>) and put the cursor in it. */
  const openBox = () => {
    box.closest('details')?.setAttribute('open', '');
    box.focus();
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const button = event.submitter as HTMLButtonElement | null;
    if (button?.hasAttribute('data-page-feedback-no')) return openBox();
    if (sending) return;
    sending = true;
    const fields = { ...Object.fromEntries(new FormData(form)), useful: button?.value ?? 'no' };
    void post(form.action, fields).then(({ show, stripped, message: refused = '' }) => {
      sending = false;
      // The only thing the box can be refused for, once its length is limited in the page, is < or >: said in the
      // page's language (the intake says it in English).
      const message = refused && (root.dataset.boxError ?? refused);
      root.dataset.state = stripped ? `${show} stripped` : show;
      // The box's error, GOV.UK's way: its message above the box and read with it; the text is kept.
      errorMessage.textContent = message;
      box.setAttribute('aria-describedby', message ? `${describedBy} page-feedback-error` : `${describedBy}`);
      if (message) openBox();
      else document.getElementById(`page-feedback-${show}`)?.focus();
    });
  });
}
