/**
 * Sharing pack links, in the browser: copy buttons (the clipboard needs
 * JavaScript; without it the link can be selected in its box), a button
 * that prints the sheet of QR codes, and a box that narrows the list of
 * links as the officer types (without it, the jump list does the job).
 */
import { filterStatus, matchesFilter } from './pack-filter.ts';

/** Say something in a live region, clearing it first so the same words are announced again on a second copy. */
function announce(status: HTMLElement | null | undefined, message: string): void {
  if (!status) return;
  status.textContent = '';
  window.requestAnimationFrame(() => {
    status.textContent = message;
  });
}

/** Show a copy button and make it copy its link, or select the link when the clipboard refuses. */
function setUpCopyButton(button: HTMLButtonElement): void {
  const actions = button.closest('.share-item__actions');
  const status = actions?.querySelector<HTMLElement>('[data-copied]');
  button.hidden = false;
  button.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(button.dataset.copy ?? '');
      announce(status, 'Link copied.');
    } catch {
      const input = actions?.querySelector<HTMLInputElement>('input');
      input?.focus();
      input?.select();
      announce(status, 'Could not copy. The link is selected: press Ctrl and C (or Command and C) to copy it.');
    }
  });
}

/**
 * Show the filter box: what is typed hides the links, in the jump list and below, that do not match. The status
 * says how many are left once typing pauses, so a screen reader is not interrupted at every letter.
 */
function setUpFilter(root: HTMLElement): void {
  const wrapper = root.querySelector<HTMLElement>('[data-pack-filter]');
  const input = wrapper?.querySelector<HTMLInputElement>('[data-pack-filter-input]');
  const status = wrapper?.querySelector<HTMLElement>('[data-pack-filter-status]');
  if (!wrapper || !input) return;
  const entries = Array.from(root.querySelectorAll<HTMLElement>('[data-pack-words]'));
  const cards = entries.filter((entry) => entry.matches('[data-pack-link]'));
  let pause: number | undefined;
  wrapper.hidden = false;
  input.addEventListener('input', () => {
    for (const entry of entries) entry.hidden = !matchesFilter(input.value, entry.dataset.packWords ?? '');
    window.clearTimeout(pause);
    pause = window.setTimeout(() => {
      const shown = cards.filter((card) => !card.hidden).length;
      announce(status, filterStatus(shown, cards.length));
    }, 500);
  });
}

/** Start the sharing page, marked `data-pack-sharing`. */
export function setUpPackSharing(root: HTMLElement): void {
  for (const button of Array.from(root.querySelectorAll<HTMLButtonElement>('[data-copy]'))) setUpCopyButton(button);
  setUpFilter(root);
  const wrapper = root.querySelector<HTMLElement>('[data-print-sheet-wrapper]');
  if (wrapper) {
    wrapper.hidden = false;
    wrapper.querySelector('button')?.addEventListener('click', () => window.print());
  }
}
