import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { SKIP, visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { outermostElementsWithClass, type Extent } from './elements-with-class.ts';

const VOID = ['br', 'hr', 'img', 'input'];

const page = (body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Help</title></head><body>${body}</body></html>`;

/** The markup of each element found. */
const found = (html: string, className = 'prose') =>
  outermostElementsWithClass(html, className)?.map(({ start, end }) => html.slice(start, end));

/** What a full HTML parser says: where each outermost element with the class (and content) starts and ends. */
function parsed(html: string, className = 'prose'): Extent[] {
  const extents: Extent[] = [];
  visit(fromHtml(html) as Root, 'element', (node: Element) => {
    const classes = node.properties['className'];
    if (!Array.isArray(classes) || !classes.includes(className) || VOID.includes(node.tagName)) return undefined;
    extents.push({ start: node.position!.start.offset!, end: node.position!.end.offset! });
    return SKIP;
  });
  return extents;
}

describe('finding the elements with a class in a page', () => {
  it('finds each element from its start tag to its end tag, past nested elements of the same name', () => {
    const html = page(
      '<header><div class="menu"><div>Menu</div></div></header><main><div class="prose"><div><div>One</div></div><p>Two</p><div>Three</div></div><div>After</div></main>',
    );
    expect(found(html)).toEqual(['<div class="prose"><div><div>One</div></div><p>Two</p><div>Three</div></div>']);
    expect(outermostElementsWithClass(html, 'prose')).toEqual(parsed(html));
  });

  it('finds several, in page order, and counts one inside another as part of it', () => {
    const html = page(
      '<div class="prose"><p>One</p></div><p>Between</p><div class="prose"><aside class="prose"><p>Two</p></aside></div>',
    );
    expect(found(html)).toEqual([
      '<div class="prose"><p>One</p></div>',
      '<div class="prose"><aside class="prose"><p>Two</p></aside></div>',
    ]);
    expect(outermostElementsWithClass(html, 'prose')).toEqual(parsed(html));
  });

  it('reads the class among others and other attributes in any order, quoted any way, in any case', () => {
    const html = page(
      [
        '<section data-step=\'{"next":"Next >"}\' class="intro prose wide" id=x><p>1</p></section>',
        "<article class='prose'><p>2</p></article>",
        '<li CLASS=prose data-x><p>3</p></li>',
        '<DIV hidden class = "\tprose\n"><P>4</P></DIV>',
        '<div class="prose-wide">not this</div><div class="not-prose">nor this</div><div data-class="prose">nor</div>',
        '<div class="other" class="prose">the first class attribute counts</div>',
      ].join(''),
    );
    expect(found(html)).toEqual([
      '<section data-step=\'{"next":"Next >"}\' class="intro prose wide" id=x><p>1</p></section>',
      "<article class='prose'><p>2</p></article>",
      '<li CLASS=prose data-x><p>3</p></li>',
      '<DIV hidden class = "\tprose\n"><P>4</P></DIV>',
    ]);
    expect(outermostElementsWithClass(html, 'prose')).toEqual(parsed(html));
  });

  it('knows elements without end tags, and self-closing ones in SVG', () => {
    const html = page(
      '<div class="prose"><p>Line<br>break<br/></p><img src="a.png" alt="A > B"><input type="text"/><svg viewBox="0 0 1 1"><path d="M0 0"/><g><circle r="1"></circle></g></svg><hr></div><img class="prose" alt=""><p>After</p>',
    );
    expect(found(html)).toEqual([
      '<div class="prose"><p>Line<br>break<br/></p><img src="a.png" alt="A > B"><input type="text"/><svg viewBox="0 0 1 1"><path d="M0 0"/><g><circle r="1"></circle></g></svg><hr></div>',
    ]);
    expect(outermostElementsWithClass(html, 'prose')).toEqual(parsed(html));
  });

  it('skips comments, scripts, styles, attribute values and templates, where tags are not tags', () => {
    const html = page(
      [
        '<!-- <div class="prose"> --><script>const a = \'<div class="prose">\';</script>',
        '<style>.x::after { content: "</div>"; }</style><meta content=\'<div class="prose">\'>',
        '<template><div class="prose"><p>Call 999</p></div></template>',
        '<div class="prose"><p>One</p><!-- </div> --><script type="application/ld+json">{"a":"</div>"}</script>',
        '<textarea></div></textarea><noscript><p>x</p></noscript><p>1 < 2 and 3 > 2</p></div>',
      ].join(''),
    );
    expect(found(html)).toEqual([
      '<div class="prose"><p>One</p><!-- </div> --><script type="application/ld+json">{"a":"</div>"}</script><textarea></div></textarea><noscript><p>x</p></noscript><p>1 < 2 and 3 > 2</p></div>',
    ]);
    expect(outermostElementsWithClass(html, 'prose')).toEqual(parsed(html));
  });

  it('finds nothing in a page without the class', () => {
    expect(found(page('<main><p>Nothing here.</p></main>'))).toEqual([]);
  });

  it('gives up, for a full parser to do it, when the markup is not as Astro writes it', () => {
    // An end tag that does not close the element open at that point.
    expect(found(page('<div class="prose"><p>One</div>'))).toBeUndefined();
    expect(found(page('<div class="prose"><p><b>One</p></b></div>'))).toBeUndefined();
    // The page ends inside the element, a comment or a tag.
    expect(found('<div class="prose"><p>One</p>')).toBeUndefined();
    expect(found('<div class="prose"><!-- </div>')).toBeUndefined();
    expect(found('<div class="prose"><p title="x>One</p></div>')).toBeUndefined();
    // A class written with a character reference.
    expect(found(page('<div class="&#x70;rose prose"><p>One</p></div>'))).toBeUndefined();
  });
});
