/**
 * Sharing pack links, in the browser: copy buttons (the clipboard needs
 * JavaScript; without it the link can be selected in its box) and a button
 * that prints the sheet of QR codes.
 */

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
  const status = button.parentElement?.querySelector<HTMLElement>('[data-copied]');
  button.hidden = false;
  button.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(button.dataset.copy ?? '');
      announce(status, 'Link copied.');
    } catch {
      const input = button.parentElement?.querySelector<HTMLInputElement>('input');
      input?.focus();
      input?.select();
      announce(status, 'Could not copy. The link is selected: press Ctrl and C (or Command and C) to copy it.');
    }
  });
}

/** Start the sharing page, marked `data-pack-sharing`. */
export function setUpPackSharing(root: HTMLElement): void {
  for (const button of Array.from(root.querySelectorAll<HTMLButtonElement>('[data-copy]'))) setUpCopyButton(button);
  const wrapper = root.querySelector<HTMLElement>('[data-print-sheet-wrapper]');
  if (wrapper) {
    wrapper.hidden = false;
    wrapper.querySelector('button')?.addEventListener('click', () => window.print());
  }
}
