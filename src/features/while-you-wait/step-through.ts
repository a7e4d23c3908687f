/**
 * The words and the counting behind stepping through an exercise one step
 * at a time. step-through.browser.ts puts them on the page; they are kept
 * here, apart from the page, so they can be tested without a browser.
 * Steps are counted from 0 here and from 1 in what people read.
 */

/** The words on the buttons. */
export const STEP_THROUGH_WORDS = {
  previous: 'Previous step',
  next: 'Next step',
  startAgain: 'Start again',
  showAll: 'Show all steps',
} as const;

/** Where someone is, shown above the buttons: "Step 2 of 5". */
export function stepPosition(index: number, total: number): string {
  return `Step ${index + 1} of ${total}`;
}

/** What screen readers hear when a step appears: where it is, then the step itself. */
export function stepAnnouncement(index: number, total: number, stepText: string): string {
  return `${stepPosition(index, total)}: ${stepText.trim()}`;
}

/** What the forward button says: on the last step it offers to start again. */
export function nextButtonText(index: number, total: number): string {
  return index === total - 1 ? STEP_THROUGH_WORDS.startAgain : STEP_THROUGH_WORDS.next;
}

/** The step the forward button shows: the one after, or the first again after the last. */
export function nextStep(index: number, total: number): number {
  return index >= total - 1 ? 0 : index + 1;
}

/** The step "Previous step" shows: the one before, never before the first. */
export function previousStep(index: number): number {
  return Math.max(0, index - 1);
}
