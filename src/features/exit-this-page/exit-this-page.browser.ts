/**
 * "Exit this page" in the browser. Without JavaScript the control is a plain
 * link to a neutral site. With it, a click or three presses of Shift hides
 * the page at once and replaces it in the tab's history, so Back does not
 * bring it back.
 */
import { createShiftCounter, EXIT_SHIFT_PRESSES, EXIT_SHIFT_WINDOW_MS, shiftPressedMessage } from './exit-this-page.ts';

/** Hide the page before anything else, then replace it in the tab's history with the neutral site. */
function leave(destination: string): void {
  document.documentElement.classList.add('exit-this-page--leaving');
  document.title = '.';
  window.location.replace(destination);
}

/** Start one control, marked `data-exit-this-page`. */
export function setUpExitThisPage(root: HTMLElement): void {
  const button = root.querySelector<HTMLAnchorElement>('[data-exit-this-page-button]');
  const status = root.querySelector<HTMLElement>('[data-exit-this-page-status]');
  if (!button || !status) return;
  // The Shift hint is only true once this script runs.
  root.classList.add('exit-this-page--enhanced');

  // Every click leaves in this tab, even with a modifier key that would open a new one.
  button.addEventListener('click', (event) => {
    event.preventDefault();
    leave(button.href);
  });

  const counter = createShiftCounter();
  const template = root.dataset.shiftMessage ?? '';
  let clearStatus: ReturnType<typeof setTimeout> | undefined;
  document.addEventListener('keydown', (event) => {
    if (!event.repeat) counter.keyDown(event.key);
  });
  document.addEventListener('keyup', (event) => {
    const count = counter.keyUp(event.key, event.timeStamp);
    if (count >= EXIT_SHIFT_PRESSES) {
      leave(button.href);
    } else if (count > 0) {
      status.textContent = shiftPressedMessage(template, count);
      clearTimeout(clearStatus);
      clearStatus = setTimeout(() => (status.textContent = ''), EXIT_SHIFT_WINDOW_MS);
    }
  });

  // If the browser restores this page from its cache, show it again.
  window.addEventListener('pageshow', (event) => {
    if (event.persisted) document.documentElement.classList.remove('exit-this-page--leaving');
  });
}
