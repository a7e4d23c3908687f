import { describe, expect, it } from 'vitest';
import { linkGlossaryTerms, patternFor } from './glossary-links.ts';

const bail = { slug: 'bail', term: 'Bail', alsoKnownAs: [] };
const cps = { slug: 'crown-prosecution-service', term: 'Crown Prosecution Service', alsoKnownAs: ['CPS'] };
const vrr = { slug: 'victims-right-to-review', term: "Victims' Right to Review", alsoKnownAs: [] };
const charge = { slug: 'charge', term: 'Charge', alsoKnownAs: ['charged'] };

describe('linking terms of art to the glossary', () => {
  it('links the first use of a term, whatever its case, and only the first', () => {
    const { html, linked } = linkGlossaryTerms('<p>They may give bail. Bail can have conditions.</p>', [bail]);
    expect(html).toBe(
      '<p>They may give <a href="/criminal-justice/glossary/#bail" class="glossary-term" data-glossary-term="bail">bail</a>. Bail can have conditions.</p>',
    );
    expect(linked).toEqual(['bail']);
  });

  it('matches whole words only, with plurals', () => {
    expect(patternFor(bail).test('the bailiff came')).toBe(false);
    expect(patternFor(charge).test('two charges')).toBe(true);
    expect(patternFor(charge).test('he was charged')).toBe(true);
    expect(patternFor(charge).test('free of chargeable costs')).toBe(false);
  });

  it('finds a term by its other names, preferring the longer name', () => {
    const { html } = linkGlossaryTerms('<p>The Crown Prosecution Service (CPS) decides.</p>', [cps]);
    expect(html).toContain('>Crown Prosecution Service</a> (CPS)');
    expect(linkGlossaryTerms('<p>Ask the CPS.</p>', [cps]).html).toContain('>CPS</a>');
  });

  it('treats straight and curly apostrophes alike', () => {
    expect(linkGlossaryTerms('<p>Ask for a Victims’ Right to Review.</p>', [vrr]).linked).toEqual([
      'victims-right-to-review',
    ]);
  });

  it('leaves headings, links and code alone, and links the term later in the text', () => {
    const { html } = linkGlossaryTerms('<h2>Bail</h2><p><a href="/x/">bail rules</a> and then bail again.</p>', [bail]);
    expect(html).toBe(
      '<h2>Bail</h2><p><a href="/x/">bail rules</a> and then <a href="/criminal-justice/glossary/#bail" class="glossary-term" data-glossary-term="bail">bail</a> again.</p>',
    );
  });

  it('links several terms in one sentence, in reading order', () => {
    const { html, linked } = linkGlossaryTerms('<p>If the CPS decides not to charge, ask for bail.</p>', [
      bail,
      charge,
      cps,
    ]);
    expect(linked).toEqual(['crown-prosecution-service', 'charge', 'bail']);
    expect(html.match(/class="glossary-term"/g)).toHaveLength(3);
    expect(html).toContain('ask for <a');
  });

  it('reports terms the text never uses, by leaving them out of the linked list', () => {
    expect(linkGlossaryTerms('<p>Nothing here.</p>', [bail]).linked).toEqual([]);
  });

  it('keeps text that looks like markup as text', () => {
    const { html } = linkGlossaryTerms('<p>5 &lt; 6 and bail &amp; more</p>', [bail]);
    expect(html).toContain('5 &#x3C; 6 and <a');
    expect(html).toContain('</a> &#x26; more');
  });
});

describe('linking terms of art in odd places', () => {
  it('leaves summaries, labels, drawings and form controls alone', () => {
    const bail = { slug: 'bail', term: 'Bail', alsoKnownAs: [] };
    const html =
      '<details><summary>Bail</summary><p>About bail.</p></details><label>bail</label><svg><title>bail</title></svg>';
    const { html: linked } = linkGlossaryTerms(html, [bail]);
    expect(linked).toContain('<summary>Bail</summary>');
    expect(linked).toContain('<label>bail</label>');
    expect(linked).toContain('<title>bail</title>');
    expect(linked).toContain('About <a href="/criminal-justice/glossary/#bail"');
  });
});
