/**
 * The one way a browser script starts. Pages work without JavaScript; a
 * script only enhances the markup it is given. Each component marks its root
 * with `data-<name>` (parts inside are `data-<name>-<part>`), and its
 * script calls `enhance('<name>', setUp<Name>)`, which runs the set-up once
 * for each root, and marks it `data-<name>-init` so nothing starts twice,
 * as GOV.UK Frontend does with `data-module`.
 */

/** What `enhance` needs of a page: a document, or an element within one. */
export interface Scope {
  querySelectorAll(selectors: string): Iterable<Element> | ArrayLike<Element>;
}

/**
 * Run `setUp` on every element marked `data-<name>` in `scope` that has not
 * been set up yet. Returns how many were set up now. One that fails is left
 * as it was (still working, as without JavaScript) and the others still start.
 */
export function enhance<Root extends HTMLElement = HTMLElement>(
  name: string,
  setUp: (root: Root) => void,
  scope: Scope = document,
): number {
  const started = `data-${name}-init`;
  let count = 0;
  for (const root of Array.from(scope.querySelectorAll(`[data-${name}]`))) {
    if (root.hasAttribute(started)) continue;
    root.setAttribute(started, '');
    try {
      setUp(root as Root);
      count += 1;
    } catch (error) {
      console.error(`Could not start ${name}:`, error);
    }
  }
  return count;
}
