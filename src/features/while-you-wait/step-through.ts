/**
 * The words and the counting behind stepping through an exercise one step
 * at a time. step-through.browser.ts puts them on the page; they are kept
 * here, apart from the page, so they can be tested without a browser.
 * Steps are counted from 0 here and from 1 in what people read.
 */

/**
 * The words on the buttons and above them, in English. A page in another
 * language gives their translations in the exercise's data-step-through
 * attribute (CalmingExercise.astro), so the script needs no words of its own.
 */
export const STEP_THROUGH_WORDS = {
  previous: 'Previous step',
  next: 'Next step',
  startAgain: 'Start again',
  showAll: 'Show all steps',
  position: 'Step {number} of {total}',
};

export type StepThroughWords = typeof STEP_THROUGH_WORDS;

/** Where someone is, shown above the buttons: "Step 2 of 5". */
export function stepPosition(index: number, total: number, words: StepThroughWords = STEP_THROUGH_WORDS): string {
  return words.position.replace('{number}', String(index + 1)).replace('{total}', String(total));
}

/** What screen readers hear when a step appears: where it is, then the step itself. */
export function stepAnnouncement(
  index: number,
  total: number,
  stepText: string,
  words: StepThroughWords = STEP_THROUGH_WORDS,
): string {
  return `${stepPosition(index, total, words)}: ${stepText.trim()}`;
}

/** What the forward button says: on the last step it offers to start again. */
export function nextButtonText(index: number, total: number, words: StepThroughWords = STEP_THROUGH_WORDS): string {
  return index === total - 1 ? words.startAgain : words.next;
}

/** The words a page gave, over the English ones; anything missing or broken stays English. */
export function wordsFromPage(given: string | undefined): StepThroughWords {
  try {
    const parsed = JSON.parse(given ?? '{}') as Partial<Record<keyof StepThroughWords, unknown>>;
    const words = { ...STEP_THROUGH_WORDS };
    for (const key of Object.keys(words) as (keyof StepThroughWords)[])
      if (typeof parsed[key] === 'string' && parsed[key]) words[key] = parsed[key];
    return words;
  } catch {
    return { ...STEP_THROUGH_WORDS };
  }
}

/** The step the forward button shows: the one after, or the first again after the last. */
export function nextStep(index: number, total: number): number {
  return index >= total - 1 ? 0 : index + 1;
}

/** The step "Previous step" shows: the one before, never before the first. */
export function previousStep(index: number): number {
  return Math.max(0, index - 1);
}
