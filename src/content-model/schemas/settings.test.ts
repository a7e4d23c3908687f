import { describe, expect, it } from 'vitest';
import { readSettingsFile } from '../settings-file.ts';
import { settingsSchema } from './settings.ts';
import { messages } from './test-messages.ts';

describe('settings', () => {
  it('limits the navigation to what fits on a phone', () => {
    const settings = readSettingsFile('tests/fixtures/content-valid');
    const nine = Array.from({ length: 9 }, (_, index) => ({ label: `Link ${index}`, href: `/page-${index}/` }));
    expect(messages(settingsSchema.safeParse({ ...settings, navigation: nine }))).toEqual([
      'navigation: has too many links: 8 at most fit on a phone',
    ]);
  });

  it('only accepts links that are site paths or secure addresses', () => {
    const settings = readSettingsFile('tests/fixtures/content-valid');
    const result = settingsSchema.safeParse({
      ...settings,
      navigation: [{ label: 'Bad', href: 'javascript:alert(1)' }],
    });
    expect(messages(result)[0]).toMatch(/^navigation\.0\.href: must be a path on this site/);
  });
});

describe('settings: emergency help for people who are Deaf or cannot speak', () => {
  const withEmergency = (changes: Record<string, unknown>) => {
    const settings = readSettingsFile('tests/fixtures/content-valid');
    return settingsSchema.safeParse({ ...settings, emergency: { ...settings.emergency, ...changes } });
  };

  it('reads 999 BSL, emergency texts, Relay UK and the page about them from the site’s settings', () => {
    expect(readSettingsFile('content').emergency).toMatchObject({
      bslVideoRelay: 'https://www.999bsl.co.uk/',
      emergencySms: '999',
      emergencySmsRegisterWord: 'register',
      relayUkWebsite: 'https://www.relayuk.bt.com/',
      withoutSpeakingPage: '/deaf-or-cannot-speak/',
    });
  });

  it('fills in the national numbers and addresses for settings written before they existed, with no page', () => {
    const { emergency } = readSettingsFile('tests/fixtures/content-valid');
    expect(emergency).toMatchObject({
      bslVideoRelay: 'https://www.999bsl.co.uk/',
      emergencySms: '999',
      emergencySmsRegisterWord: 'register',
      relayUkWebsite: 'https://www.relayuk.bt.com/',
    });
    expect(emergency.withoutSpeakingPage).toBeUndefined();
  });

  it('refuses a register word that is not one word of letters', () => {
    expect(messages(withEmergency({ emergencySmsRegisterWord: 'register now' }))).toEqual([
      'emergency.emergencySmsRegisterWord: must be one word, with letters only, for example "register"',
    ]);
  });

  it('refuses an emergency text number with letters, and web addresses that are not secure', () => {
    expect(
      messages(
        withEmergency({
          emergencySms: 'nine nine nine',
          bslVideoRelay: 'http://www.999bsl.co.uk/',
          relayUkWebsite: 'www.relayuk.bt.com',
        }),
      ),
    ).toEqual([
      'emergency.bslVideoRelay: must be a full web address starting with "https://"',
      'emergency.emergencySms: must be a phone number using digits and spaces only, for example "0300 1234 148"',
      'emergency.relayUkWebsite: must be a full web address starting with "https://"',
    ]);
  });

  it('only links to the page about help without speaking by a site path or secure address', () => {
    expect(messages(withEmergency({ withoutSpeakingPage: 'javascript:alert(1)' }))[0]).toMatch(
      /^emergency\.withoutSpeakingPage: must be a path on this site/,
    );
  });
});
