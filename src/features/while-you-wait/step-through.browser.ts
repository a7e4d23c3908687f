/**
 * One step at a time through an exercise's numbered list. The step shown
 * is read out (a live region), the buttons keep focus so a keyboard or
 * switch user can keep pressing, and "Show all steps" goes back to the
 * plain list. Without JavaScript the list is simply all there. The words
 * and the counting are in step-through.ts.
 */
import {
  nextButtonText,
  nextStep,
  previousStep,
  STEP_THROUGH_WORDS,
  stepAnnouncement,
  stepPosition,
} from './step-through.ts';

/** Start one exercise, marked `data-step-through`: its numbered list becomes one step at a time. */
export function setUpStepThrough(container: HTMLElement): void {
  const list = container.querySelector('ol');
  const steps = list
    ? Array.from(list.children).filter((child): child is HTMLLIElement => child instanceof HTMLLIElement)
    : [];
  if (!list || steps.length < 2) return;

  const controls = document.createElement('div');
  controls.className = 'step-through';
  const where = document.createElement('p');
  where.className = 'step-through__where';
  // Screen readers hear the new step itself; the screen shows it above.
  const announcement = document.createElement('p');
  announcement.className = 'visually-hidden';
  announcement.setAttribute('aria-live', 'polite');
  const previous = document.createElement('button');
  previous.type = 'button';
  previous.className = 'button button--secondary';
  previous.textContent = STEP_THROUGH_WORDS.previous;
  const next = document.createElement('button');
  next.type = 'button';
  next.className = 'button';
  const showAll = document.createElement('button');
  showAll.type = 'button';
  showAll.className = 'step-through__all';
  showAll.textContent = STEP_THROUGH_WORDS.showAll;
  const buttons = document.createElement('div');
  buttons.className = 'step-through__buttons';
  buttons.append(previous, next);
  controls.append(where, announcement, buttons, showAll);
  list.after(controls);

  let current = 0;
  const show = (index: number, announce: boolean) => {
    current = index;
    steps.forEach((step, position) => {
      step.hidden = position !== index;
    });
    list.start = 1;
    steps[index]!.setAttribute('value', String(index + 1));
    previous.hidden = index === 0;
    next.textContent = nextButtonText(index, steps.length);
    where.textContent = stepPosition(index, steps.length);
    if (announce) announcement.textContent = stepAnnouncement(index, steps.length, steps[index]!.textContent ?? '');
  };

  previous.addEventListener('click', () => {
    show(previousStep(current), true);
    // On the first step "Previous step" hides itself: keep focus on a button that is still there.
    if (previous.hidden) next.focus();
  });
  next.addEventListener('click', () => {
    show(nextStep(current, steps.length), true);
    // After the first press "Previous step" appears before this button; keep focus where the hand is.
    next.focus();
  });
  showAll.addEventListener('click', () => {
    for (const step of steps) {
      step.hidden = false;
      step.removeAttribute('value');
    }
    controls.remove();
    container.classList.remove('step-through--on');
    list.setAttribute('tabindex', '-1');
    list.focus();
  });
  container.classList.add('step-through--on');
  show(0, false);
}
