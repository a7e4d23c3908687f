/**
 * Shows what a term of art means where it is used, without leaving the page
 * (a toggletip). Each glossary link in the text becomes a button; pressing
 * it writes the meaning into a live region right after the term, so screen
 * readers read it out, and pressing it again or Escape closes it. The
 * meanings come from the "Words used on this page" list the page already
 * has, so nothing is fetched.
 */
let nextId = 0;

function close(button: HTMLButtonElement, meaning: HTMLElement): void {
  button.setAttribute('aria-expanded', 'false');
  meaning.replaceChildren();
}

function open(
  button: HTMLButtonElement,
  meaning: HTMLElement,
  definition: string,
  glossaryLink: string,
  term: string,
): void {
  button.setAttribute('aria-expanded', 'true');
  const text = document.createElement('span');
  text.className = 'glossary-meaning__text';
  text.textContent = definition;
  const more = document.createElement('a');
  more.href = glossaryLink;
  more.textContent = `More about “${term}” in the glossary`;
  // Filling the live region is what makes screen readers announce it.
  meaning.replaceChildren(text, ' ', more);
}

/** Turn each glossary link inside `root` (marked `data-glossary-terms`) into a button that shows the meaning in place. */
export function setUpGlossaryTerms(root: HTMLElement): void {
  for (const link of Array.from(root.querySelectorAll<HTMLAnchorElement>('a.glossary-term[data-glossary-term]'))) {
    const slug = link.dataset.glossaryTerm ?? '';
    const source = root.querySelector<HTMLElement>(`[data-definition-of="${CSS.escape(slug)}"]`);
    const definition = source?.textContent?.trim();
    if (!definition) continue;
    // The term as the glossary names it ("Crown Prosecution Service"), not as the sentence has it ("CPS").
    const term = source?.previousElementSibling?.textContent?.trim() || link.textContent || '';

    nextId += 1;
    const meaning = document.createElement('span');
    meaning.id = `glossary-meaning-${nextId}`;
    meaning.className = 'glossary-meaning';
    meaning.setAttribute('role', 'status');

    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'glossary-term glossary-term--button';
    button.setAttribute('aria-expanded', 'false');
    button.setAttribute('aria-controls', meaning.id);
    button.append(link.textContent ?? '');
    const hint = document.createElement('span');
    hint.className = 'visually-hidden';
    hint.textContent = ' (what this means)';
    button.append(hint);

    button.addEventListener('click', () => {
      if (button.getAttribute('aria-expanded') === 'true') close(button, meaning);
      else open(button, meaning, definition, link.getAttribute('href') ?? link.href, term);
    });
    const closeOnEscape = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || button.getAttribute('aria-expanded') !== 'true') return;
      event.preventDefault();
      close(button, meaning);
      button.focus();
    };
    button.addEventListener('keydown', closeOnEscape);
    meaning.addEventListener('keydown', closeOnEscape);

    link.replaceWith(button, meaning);
  }
}
