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
  stepAnnouncement,
  stepPosition,
  wordsFromPage,
  type StepThroughWords,
} from './step-through.ts';

/** An element of the controls, with its class and any words. */
function make<Tag extends keyof HTMLElementTagNameMap>(
  tag: Tag,
  className: string,
  text = '',
): HTMLElementTagNameMap[Tag] {
  const element = document.createElement(tag);
  element.className = className;
  element.textContent = text;
  if (element instanceof HTMLButtonElement) element.type = 'button';
  return element;
}

/** The controls under the list: where the reader is, what screen readers hear, the buttons, and "Show all steps". */
function makeControls(list: HTMLOListElement, words: StepThroughWords) {
  const controls = make('div', 'step-through');
  const where = make('p', 'step-through__where');
  // Screen readers hear the new step itself; the screen shows it above.
  const announcement = make('p', 'visually-hidden');
  announcement.setAttribute('aria-live', 'polite');
  const previous = make('button', 'button button--secondary', words.previous);
  const next = make('button', 'button');
  const showAll = make('button', 'step-through__all', words.showAll);
  const buttons = make('div', 'step-through__buttons');
  buttons.append(previous, next);
  controls.append(where, announcement, buttons, showAll);
  list.after(controls);
  return { controls, where, announcement, previous, next, showAll };
}

/** Start one exercise, marked `data-step-through`: its numbered list becomes one step at a time. */
export function setUpStepThrough(container: HTMLElement): void {
  const list = container.querySelector('ol');
  const steps = list
    ? Array.from(list.children).filter((child): child is HTMLLIElement => child instanceof HTMLLIElement)
    : [];
  if (!list || steps.length < 2) return;
  const words = wordsFromPage(container.dataset['stepThrough']);
  const { controls, where, announcement, previous, next, showAll } = makeControls(list, words);

  let current = 0;
  const show = (index: number, announce: boolean) => {
    current = index;
    steps.forEach((step, position) => {
      step.hidden = position !== index;
    });
    list.start = 1;
    steps[index]!.setAttribute('value', String(index + 1));
    previous.hidden = index === 0;
    next.textContent = nextButtonText(index, steps.length, words);
    where.textContent = stepPosition(index, steps.length, words);
    if (announce)
      announcement.textContent = stepAnnouncement(index, steps.length, steps[index]!.textContent ?? '', words);
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
