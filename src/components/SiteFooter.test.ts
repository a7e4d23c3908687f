import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import { readSettingsFile } from '../content-model/settings-file.ts';
import type { Settings } from '../content-model/schemas/settings.ts';
import SiteFooter from './SiteFooter.astro';

const settings = readSettingsFile('content');

async function render(footerSettings: Settings = settings): Promise<string> {
  const container = await AstroContainer.create();
  return container.renderToString(SiteFooter, { props: { settings: footerSettings, lang: 'en' } });
}

/** One emergency route's words as a reader hears them, tags taken out and spaces joined. */
function route(html: string, name: string): string {
  const item = new RegExp(`<li data-emergency-route="${name}"[^>]*>([\\s\\S]*?)</li>`).exec(html)?.[1] ?? '';
  return item
    .replace(/<[^>]+>/g, '')
    .replace(/&quot;/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The address of the link whose words are exactly these. */
function hrefOf(html: string, words: string): string | undefined {
  for (const match of html.matchAll(/<a href="([^"]*)"[^>]*>([\s\S]*?)<\/a>/g)) {
    if (
      (match[2] ?? '')
        .replace(/&quot;/g, '"')
        .replace(/\s+/g, ' ')
        .trim() === words
    )
      return match[1];
  }
  return undefined;
}

describe('the footer’s emergency help', () => {
  it('lists every way to reach 999, in order, as one short list', async () => {
    const html = await render();
    const emergency = html.slice(html.indexOf('id="footer-emergency"'));
    expect([...emergency.matchAll(/data-emergency-route="([a-z-]+)"/g)].map((match) => match[1])).toEqual([
      'call',
      'cannot-speak',
      'bsl',
      'text',
      'relay',
    ]);
    expect(html.match(/<ul class="emergency-routes"/g)).toHaveLength(1);
  });

  it('says to call 999, with a link that calls it', async () => {
    const html = await render();
    expect(route(html, 'call')).toBe('Call 999 if you are in danger now or a crime is happening.');
    expect(hrefOf(html, '999')).toBe('tel:999');
  });

  it('says what to do if you cannot speak: 999, then 55 on a mobile', async () => {
    expect(route(await render(), 'cannot-speak')).toBe(
      'If you cannot speak, call 999 and listen. Cough or tap the phone if you can. On a mobile, press 55 when asked.',
    );
  });

  it('leads people who sign to 999 BSL, from settings', async () => {
    const html = await render();
    expect(route(html, 'bsl')).toBe(
      'If you use British Sign Language (BSL), use 999 BSL on its app or website. A BSL interpreter connects you to 999.',
    );
    expect(hrefOf(html, '999 BSL')).toBe('https://www.999bsl.co.uk/');
  });

  it('says emergency texts need registering first, now, with a link that starts the text', async () => {
    const html = await render();
    expect(route(html, 'text')).toBe(
      'If you cannot make a call, text 999. You must register your phone first: text "register" to 999. Do it now, before you need it.',
    );
    expect(hrefOf(html, 'text "register" to 999')).toBe('sms:999');
  });

  it('gives Relay UK’s number for emergencies and its prefix for other numbers', async () => {
    const html = await render();
    expect(route(html, 'relay')).toBe(
      'If you are deaf, hard of hearing or find it hard to speak, you can use Relay UK. In an emergency, call 18000. For any other number, dial 18001 first, for example 18001 101.',
    );
    expect(hrefOf(html, 'Relay UK')).toBe('https://www.relayuk.bt.com/');
  });

  it('links to the page that explains each way in full, when settings name it', async () => {
    const html = await render();
    expect(hrefOf(html, 'More about help if you are Deaf, hard of hearing or cannot speak on the phone')).toBe(
      '/deaf-or-cannot-speak/',
    );
    const withoutPage = { ...settings, emergency: { ...settings.emergency, withoutSpeakingPage: undefined } };
    expect(await render(withoutPage)).not.toContain('More about help if you are Deaf');
  });

  it('takes every number and address from settings', async () => {
    const changed: Settings = {
      ...settings,
      emergency: {
        ...settings.emergency,
        emergency: '112',
        silentSolutionCode: '66',
        bslVideoRelay: 'https://bsl.example.org/',
        emergencySms: '112',
        emergencySmsRegisterWord: 'join',
        relayUkWebsite: 'https://relay.example.org/',
      },
    };
    const html = await render(changed);
    expect(hrefOf(html, '112')).toBe('tel:112');
    expect(route(html, 'cannot-speak')).toContain('call 112 and listen');
    expect(route(html, 'cannot-speak')).toContain('press 66 when asked');
    expect(hrefOf(html, '999 BSL')).toBe('https://bsl.example.org/');
    expect(route(html, 'text')).toContain('text 112. You must register your phone first: text "join" to 112.');
    expect(hrefOf(html, 'text "join" to 112')).toBe('sms:112');
    expect(hrefOf(html, 'Relay UK')).toBe('https://relay.example.org/');
  });

  it('still gives the non-emergency number and online reporting', async () => {
    const html = await render();
    expect(html).toContain('Call 101 to report a crime that is not an emergency, or report it online.');
    expect(hrefOf(html, 'Report a crime online to Thames Valley Police')).toBe(settings.emergency.reportOnline);
  });
});
