import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import { sentencesIn } from '../../content-model/interface-words.ts';
import PageFeedback from './PageFeedback.astro';

const props = {
  lang: 'en',
  page: '/about/',
  endpoint: '/api/feedback',
  hub: { name: 'Victims First Hub', phone: '0300 1234 148' },
  emergency: '999',
  askForSupportHref: '/refer/',
};

async function render(overrides: Partial<typeof props> = {}): Promise<string> {
  const container = await AstroContainer.create();
  return container.renderToString(PageFeedback, { props: { ...props, ...overrides } });
}

/** An element's words as a reader hears them, tags taken out and spaces joined. */
const words = (markup: string) =>
  markup
    .replace(/<[^>]+>/g, '')
    .replace(/\s+/g, ' ')
    .trim();

/** The opening tag of the element with this id. */
const tagWithId = (html: string, id: string) => new RegExp(`<[a-z]+[^>]*\\bid="${id}"[^>]*>`).exec(html)?.[0] ?? '';

describe('"Was this page useful?" as the page draws it', () => {
  it('is a form that posts to the intake without JavaScript, saying which page and language', async () => {
    const html = await render({ page: '/pl/about/', lang: 'pl', askForSupportHref: '/pl/refer/' });
    expect(html).toMatch(/<form class="page-feedback__form" action="\/api\/feedback" method="post"/);
    expect(html).toContain('<input type="hidden" name="page" value="/pl/about/">');
    expect(html).toContain('<input type="hidden" name="formLanguage" value="pl">');
  });

  it('hides a trap field from people, as the referral form does, which only scripts fill in', async () => {
    const html = await render();
    expect(html).toMatch(/<div class="page-feedback__trap" aria-hidden="true">/);
    expect(html).toMatch(/<input id="page-feedback-website" name="website" type="text" value="" tabindex="-1"/);
  });

  it('asks the question with Yes and No buttons that send the answer, and a Send button for the box', async () => {
    const html = await render();
    expect(html).toMatch(/<h2 id="page-feedback-heading"[^>]*>Was this page useful\?<\/h2>/);
    const buttons = [...html.matchAll(/<button type="submit" name="useful" value="(yes|no)"[^>]*>([^<]*)<\/button>/g)];
    expect(buttons.map((button) => [button[1], words(button[2] ?? '')])).toEqual([
      ['yes', 'Yes'],
      ['no', 'No'],
      ['no', 'Send'],
    ]);
  });

  it('puts the box in a "Tell us" section, with the warning about personal details above it', async () => {
    const html = await render();
    expect(html).toMatch(/<details[^>]*>\s*<summary[^>]*>Tell us what was missing or wrong<\/summary>/);
    const warning = html.indexOf('id="page-feedback-warning"');
    const box = html.indexOf('<textarea');
    expect(warning).toBeGreaterThan(0);
    expect(warning).toBeLessThan(box);
    expect(words(/<p id="page-feedback-warning"[^>]*>([\s\S]*?)<\/p>/.exec(html)?.[1] ?? '')).toBe(
      'Do not write your name, email address or phone number. Nobody can reply to you here.',
    );
    const textarea = tagWithId(html, 'page-feedback-what');
    expect(textarea).toContain('name="whatWasWrong"');
    expect(textarea).toContain('maxlength="1000"');
    expect(textarea).toContain('aria-describedby="page-feedback-warning page-feedback-limit"');
    expect(html).toMatch(/<label for="page-feedback-what"[^>]*>What was missing or wrong\?<\/label>/);
  });

  it('says where to get help instead: the hub’s number, asking online in the page’s language, and 999', async () => {
    const html = await render({ askForSupportHref: '/ur/refer/' });
    const help = /<p class="page-feedback__help"[^>]*>([\s\S]*?)<\/p>/.exec(html)?.[1] ?? '';
    expect(words(help)).toBe(
      'If you need help, call the Victims First Hub on 0300 1234 148 or ask for support online. In an emergency, call 999.',
    );
    expect(help).toContain('<a href="tel:03001234148">0300 1234 148</a>');
    expect(help).toContain('<a href="/ur/refer/">ask for support online</a>');
    expect(help).toContain('<a href="tel:999">999</a>');
  });

  it('has the thank-you and the "not sent" message at the ids the intake sends people back to', async () => {
    const html = await render();
    expect(tagWithId(html, 'page-feedback-sent')).toContain('tabindex="-1"');
    expect(tagWithId(html, 'page-feedback-not-sent')).toContain('tabindex="-1"');
    expect(html).toContain('Thank you for your feedback.');
    expect(html).toMatch(/<p class="page-feedback__stripped">We removed what looked like contact details.<\/p>/);
    expect(html).toContain('Your feedback was not sent. You can try again later.');
  });

  it('is a named region kept out of the site search and off paper', async () => {
    const html = await render();
    const section = /^<section[^>]*>/.exec(html)?.[0] ?? '';
    expect(section).toContain('aria-labelledby="page-feedback-heading"');
    expect(section).toContain('data-pagefind-ignore');
    expect(section).toContain('no-print');
  });

  it('speaks the page’s language', async () => {
    const html = await render({ lang: 'pl' });
    const say = sentencesIn('pl');
    expect(html).toContain(`>${say('Yes')}</button>`);
    expect(say('Yes')).not.toBe('Yes');
  });
});
