import { describe, expect, it } from 'vitest';
import {
  nextButtonText,
  nextStep,
  previousStep,
  STEP_THROUGH_WORDS,
  stepAnnouncement,
  stepPosition,
  wordsFromPage,
} from './step-through.ts';

describe('stepping through an exercise', () => {
  it('says which step this is, counting from 1', () => {
    expect(stepPosition(0, 5)).toBe('Step 1 of 5');
    expect(stepPosition(1, 5)).toBe('Step 2 of 5');
    expect(stepPosition(4, 5)).toBe('Step 5 of 5');
  });

  it('reads out where the step is, then the step itself without the spaces around it', () => {
    expect(stepAnnouncement(1, 5, '\n  Breathe in slowly for four counts.\n')).toBe(
      'Step 2 of 5: Breathe in slowly for four counts.',
    );
  });

  it('offers to start again on the last step, and the next step before it', () => {
    expect(nextButtonText(0, 3)).toBe('Next step');
    expect(nextButtonText(1, 3)).toBe('Next step');
    expect(nextButtonText(2, 3)).toBe('Start again');
  });

  it('goes on to the next step, and back to the first after the last', () => {
    expect(nextStep(0, 3)).toBe(1);
    expect(nextStep(1, 3)).toBe(2);
    expect(nextStep(2, 3)).toBe(0);
  });

  it('goes back a step, but never before the first', () => {
    expect(previousStep(2)).toBe(1);
    expect(previousStep(1)).toBe(0);
    expect(previousStep(0)).toBe(0);
  });

  it('names the buttons with the words the browser tests look for', () => {
    expect(STEP_THROUGH_WORDS).toEqual({
      previous: 'Previous step',
      next: 'Next step',
      startAgain: 'Start again',
      showAll: 'Show all steps',
      position: 'Step {number} of {total}',
    });
  });

  it('uses the words a page in another language gives, and English for any it leaves out or breaks', () => {
    const polish = wordsFromPage(JSON.stringify({ next: 'Następny krok', position: 'Krok {number} z {total}' }));
    expect(nextButtonText(0, 3, polish)).toBe('Następny krok');
    expect(stepPosition(1, 5, polish)).toBe('Krok 2 z 5');
    expect(polish.previous).toBe('Previous step');
    expect(wordsFromPage('{not json')).toEqual(STEP_THROUGH_WORDS);
    expect(wordsFromPage(undefined)).toEqual(STEP_THROUGH_WORDS);
  });
});
