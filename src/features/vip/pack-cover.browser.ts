/** The cover sheet's print button: shown only with JavaScript, since without it the browser's own Print does the same. */
export function setUpCoverPrint(root: HTMLElement): void {
  root.hidden = false;
  root.querySelector('[data-cover-print-button]')?.addEventListener('click', () => window.print());
}
