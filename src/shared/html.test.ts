import { describe, expect, it } from 'vitest';
import { attributes, html, raw } from './html.ts';

describe('markup that escapes by default', () => {
  it('escapes text put into it, so what someone typed never becomes markup', () => {
    const typed = `<script>alert("hi")</script> & 'you'`;
    expect(html`<p>${typed}</p>`.text).toBe(
      '<p>&lt;script&gt;alert(&quot;hi&quot;)&lt;/script&gt; &amp; &#39;you&#39;</p>',
    );
  });

  it('escapes an ampersand that already starts an entity, so text shows as typed', () => {
    expect(html`${'&lt;'}`.text).toBe('&amp;lt;');
  });

  it('keeps markup made by html or marked trusted with raw()', () => {
    const item = html`<li>${'A & B'}</li>`;
    expect(html`<ul>${item}</ul>`.text).toBe('<ul><li>A &amp; B</li></ul>');
    expect(html`<p>${raw('<strong>Now</strong>')}</p>`.text).toBe('<p><strong>Now</strong></p>');
  });

  it('joins a list, escaping each item unless it is markup', () => {
    const items = ['<b>', html`<li>kept</li>`, [raw('<hr>'), 'x > y']];
    expect(html`<ul>${items}</ul>`.text).toBe('<ul>&lt;b&gt;<li>kept</li><hr>x &gt; y</ul>');
  });

  it('writes nothing for null, undefined or false, so optional parts can be left out', () => {
    const none = html`<p>${null}${undefined}${false}</p>`;
    expect(none.text).toBe('<p></p>');
  });

  it('writes numbers, zero included', () => {
    expect(html`<span>${3}</span><span>${0}</span>`.text).toBe('<span>3</span><span>0</span>');
  });

  it('is its markup when turned into a string', () => {
    expect(String(html`<p>${'<'}</p>`)).toBe('<p>&lt;</p>');
  });
});

describe('attributes', () => {
  it('writes name="value" with the value escaped', () => {
    expect(attributes({ id: 'name', value: 'Jo "JJ" <Smith>', maxlength: 100 }).text).toBe(
      'id="name" value="Jo &quot;JJ&quot; &lt;Smith&gt;" maxlength="100"',
    );
  });

  it('writes the name alone for true, and leaves out false, null and undefined', () => {
    expect(attributes({ required: true, hidden: false, title: null, 'aria-describedby': undefined }).text).toBe(
      'required',
    );
  });

  it('goes into a template as markup, not escaped again', () => {
    expect(html`<input ${attributes({ name: 'a&b', checked: true })}>`.text).toBe('<input name="a&amp;b" checked>');
  });
});
