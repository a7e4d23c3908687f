/**
 * The support plan in the browser: a print button, answers copied into
 * blocks that print in full, and nothing left behind when the page is left.
 */

/** Copy each answer into the block printed in its place. */
function copyAnswers(root: HTMLElement): void {
  for (const answer of Array.from(root.querySelectorAll<HTMLTextAreaElement>('[data-plan-answer]'))) {
    const printed = answer.nextElementSibling as HTMLElement | null;
    if (printed?.hasAttribute('data-plan-printed')) printed.textContent = answer.value;
  }
}

/** Start the plan, marked `data-support-plan`. */
export function setUpSupportPlan(root: HTMLElement): void {
  const wrapper = root.querySelector<HTMLElement>('[data-print-plan-wrapper]');
  const button = root.querySelector<HTMLButtonElement>('[data-print-plan]');
  if (wrapper && button) {
    wrapper.hidden = false;
    button.addEventListener('click', () => window.print());
  }
  const plan = root.querySelector<HTMLFormElement>('[data-plan-form]');
  if (plan) {
    plan.classList.add('plan--enhanced');
    plan.addEventListener('input', () => copyAnswers(root));
    // Printed answers in full, whatever the browser does with the boxes.
    window.addEventListener('beforeprint', () => copyAnswers(root));
  }
  // Leaving the page (or Exit this page) should not leave answers for the back button to bring back.
  window.addEventListener('pagehide', () => {
    plan?.reset();
    copyAnswers(root);
  });
}
