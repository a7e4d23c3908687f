import { describe, expect, it } from 'vitest';
import { textDirection } from '../../src/i18n/languages.ts';
import { shellLanguage, uiFor, uiStrings } from '../../src/i18n/ui.ts';
import { earliestDate, formatDate, isoDay } from '../../src/shared/dates.ts';
import { createShiftCounter } from '../../src/features/exit-this-page/exit-this-page.ts';
import { describeOpeningHours, formatDays, formatTime } from '../../src/shared/opening-hours.ts';
import { smsHref, telHref } from '../../src/shared/phone.ts';
import {
  adminContentSecurityPolicy,
  contentSecurityPolicy,
  headersFile,
  headersForPath,
  securityHeaders,
} from '../../src/hosting/security-headers.ts';
import { vocabularies } from '../../src/content-model/vocabularies.ts';

describe('shared vocabularies', () => {
  for (const [name, vocabulary] of Object.entries(vocabularies)) {
    it(`${name}: unique values, each with a label`, () => {
      const values = vocabulary.entries.map((entry) => entry.value);
      expect(new Set(values).size).toBe(values.length);
      for (const entry of vocabulary.entries) {
        expect(entry.value).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
        expect(entry.label.length).toBeGreaterThan(2);
      }
    });
  }

  it('gives the label for a stored value', () => {
    expect(vocabularies.areas.label('milton-keynes')).toBe('Milton Keynes');
  });

  it('covers all four parts of Thames Valley', () => {
    expect(vocabularies.areas.values).toEqual(
      expect.arrayContaining(['berkshire', 'buckinghamshire', 'oxfordshire', 'milton-keynes']),
    );
  });
});

describe('opening hours in words', () => {
  it('writes times the way people say them', () => {
    expect(formatTime('09:00')).toBe('9am');
    expect(formatTime('17:30')).toBe('5:30pm');
    expect(formatTime('12:00')).toBe('midday');
    expect(formatTime('00:00')).toBe('midnight');
    expect(formatTime('24:00')).toBe('midnight');
    expect(formatTime('12:15')).toBe('12:15pm');
    expect(formatTime('00:30')).toBe('12:30am');
  });

  it('joins days in a row, and lists days that are not', () => {
    expect(formatDays(['monday', 'tuesday', 'wednesday', 'thursday', 'friday'])).toBe('Monday to Friday');
    expect(formatDays(['friday', 'monday', 'wednesday'])).toBe('Monday, Wednesday and Friday');
    expect(formatDays(['saturday', 'sunday'])).toBe('Saturday and Sunday');
    expect(formatDays(['sunday'])).toBe('Sunday');
    expect(formatDays(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'])).toBe(
      'Every day',
    );
  });

  it('describes a week, and bank holidays', () => {
    expect(
      describeOpeningHours({
        alwaysOpen: false,
        closedOnBankHolidays: true,
        weekly: [
          { days: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'], opens: '08:00', closes: '20:00' },
          { days: ['saturday'], opens: '09:00', closes: '17:00' },
        ],
      }),
    ).toEqual(['Monday to Friday, 8am to 8pm', 'Saturday, 9am to 5pm', 'Closed on bank holidays']);
    expect(describeOpeningHours({ alwaysOpen: true, closedOnBankHolidays: false, weekly: [] })).toEqual([
      'Open 24 hours a day, every day',
    ]);
  });
});

describe('phone links', () => {
  it('makes tel: and sms: links without spaces', () => {
    expect(telHref('0300 1234 148')).toBe('tel:03001234148');
    expect(telHref('+44 300 1234 148')).toBe('tel:+443001234148');
    expect(smsHref('85258')).toBe('sms:85258');
  });
});

describe('dates', () => {
  it('writes dates in UK style', () => {
    expect(formatDate(new Date('2026-11-23T00:00:00Z'))).toBe('23 November 2026');
    expect(isoDay(new Date('2026-04-01T00:00:00Z'))).toBe('2026-04-01');
    expect(isoDay(earliestDate([new Date('2026-11-23'), new Date('2025-02-01'), new Date('2026-01-01')]))).toBe(
      '2025-02-01',
    );
  });
});

describe('Exit this page: Shift three times', () => {
  /** Press and release Shift on its own at a given time. */
  const tapShift = (counter: ReturnType<typeof createShiftCounter>, at: number) => {
    counter.keyDown('Shift');
    return counter.keyUp('Shift', at);
  };

  it('exits on the third lone Shift within 5 seconds', () => {
    const counter = createShiftCounter();
    expect(tapShift(counter, 0)).toBe(1);
    expect(tapShift(counter, 1000)).toBe(2);
    expect(tapShift(counter, 2000)).toBe(3);
  });

  it('does not count Shift held for another key, so Shift+Tab and capitals never exit', () => {
    const counter = createShiftCounter();
    for (const key of ['Tab', 'B', 'Tab']) {
      counter.keyDown('Shift');
      counter.keyDown(key);
      expect(counter.keyUp(key, 0)).toBe(0);
      expect(counter.keyUp('Shift', 10)).toBe(0);
    }
  });

  it('starts again after another key', () => {
    const counter = createShiftCounter();
    tapShift(counter, 0);
    tapShift(counter, 100);
    counter.keyDown('a');
    counter.keyUp('a', 200);
    expect(tapShift(counter, 300)).toBe(1);
  });

  it('starts again when the presses are too far apart', () => {
    const counter = createShiftCounter();
    tapShift(counter, 0);
    tapShift(counter, 1000);
    expect(tapShift(counter, 6000)).toBe(1);
  });

  it('counts afresh after exiting', () => {
    const counter = createShiftCounter();
    tapShift(counter, 0);
    tapShift(counter, 10);
    tapShift(counter, 20);
    expect(tapShift(counter, 30)).toBe(1);
  });
});

const withCms = {
  referralEndpoint: '/api/referrals',
  cmsOrigins: ['https://api.github.com'],
  cmsLocalBackend: 'http://localhost:8081',
};

describe('security headers', () => {
  const headers = securityHeaders({ referralEndpoint: '/api/referrals' });

  it('sends a strict policy with no inline code and no other hosts', () => {
    const csp = headers['Content-Security-Policy'];
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("form-action 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toMatch(/https?:/);
  });

  it('sends no referrer and the other protective headers', () => {
    expect(headers['Referrer-Policy']).toBe('no-referrer');
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
    expect(headers['Permissions-Policy']).toContain('geolocation=()');
  });

  it('lets the form post to the intake when it lives on another host', () => {
    const external = contentSecurityPolicy({ referralEndpoint: 'https://intake.example.org/referrals' });
    expect(external).toContain("form-action 'self' https://intake.example.org;");
    expect(external).toContain("connect-src 'self' https://intake.example.org;");
    expect(headersForPath('/api/referrals', withCms)['Cache-Control']).toBe('no-store');
  });

  it('gives the content editor its own policy, and public pages never get it', () => {
    expect(headersForPath('/admin/', withCms)['Content-Security-Policy']).toBe(adminContentSecurityPolicy(withCms));
    expect(headersForPath('/admin', withCms)['Content-Security-Policy']).toBe(adminContentSecurityPolicy(withCms));
    expect(headersForPath('/administration-of-justice/', withCms)['Content-Security-Policy']).toBe(
      contentSecurityPolicy(withCms),
    );
    expect(headersForPath('/', withCms)['Content-Security-Policy']).toBe(contentSecurityPolicy(withCms));
    const admin = adminContentSecurityPolicy(withCms);
    expect(admin).toContain("connect-src 'self' http://localhost:8081 https://api.github.com");
    expect(admin).toContain("frame-ancestors 'none'");
    expect(admin).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(headersForPath('/admin/', withCms)['X-Robots-Tag']).toBe('noindex, nofollow');
  });

  it('writes headers for static hosts so that no path gets two policies', () => {
    const file = headersFile(withCms, ['index.html', 'about', 'admin', '_astro', 'robots.txt', '_headers']);
    const rules = new Map<string, string[]>();
    let current = '';
    for (const line of file.split('\n')) {
      if (line.startsWith('/')) rules.set((current = line), []);
      else if (line.startsWith('  ')) rules.get(current)!.push(line.trim());
    }
    const policyFor = (path: string) => rules.get(path)?.find((line) => line.startsWith('Content-Security-Policy:'));
    expect(policyFor('/')).toBe(`Content-Security-Policy: ${contentSecurityPolicy(withCms)}`);
    expect(policyFor('/about/*')).toBe(`Content-Security-Policy: ${contentSecurityPolicy(withCms)}`);
    expect(policyFor('/_astro/*')).toBeDefined();
    expect(policyFor('/robots.txt')).toBeDefined();
    expect(policyFor('/admin/*')).toBe(`Content-Security-Policy: ${adminContentSecurityPolicy(withCms)}`);
    expect(policyFor('/admin')).toBeDefined();
    expect(policyFor('/*')).toBeUndefined();
    expect([...rules.keys()].filter((path) => path.startsWith('/admin'))).toEqual(['/admin', '/admin/*']);
    expect(rules.get('/*')).toContain('Referrer-Policy: no-referrer');
    expect(file).not.toContain('/_headers');
  });
});

describe('languages and words of the page shell', () => {
  it('sets right-to-left for right-to-left scripts only', () => {
    expect(textDirection('en')).toBe('ltr');
    expect(textDirection('pl')).toBe('ltr');
    expect(textDirection('ur')).toBe('rtl');
    expect(textDirection('ar-EG')).toBe('rtl');
  });

  it('falls back to English for a language the shell does not have yet', () => {
    expect(shellLanguage('en')).toBe('en');
    expect(shellLanguage('en-GB')).toBe('en');
    expect(shellLanguage('ur')).toBe('en');
    expect(uiFor('ur')('skipLink')).toBe('Skip to main content');
  });

  it('fills in values', () => {
    const t = uiFor('en');
    expect(t('footer.emergency', { number: '999' })).toBe('Call 999 if you are in danger now or a crime is happening.');
  });

  it('has every key in every language', () => {
    const keys = Object.keys(uiStrings.en ?? {}).sort();
    for (const strings of Object.values(uiStrings)) expect(Object.keys(strings).sort()).toEqual(keys);
  });
});

describe('page addresses', () => {
  it('publishes a page at its file name, unless a route of its own shows it elsewhere', async () => {
    const { isPlainPage, pageAddress } = await import('../../src/content-model/page-addresses.ts');
    expect(pageAddress('about')).toBe('/about/');
    expect(pageAddress('index')).toBe('/');
    expect(pageAddress('glossary')).toBe('/criminal-justice/glossary/');
    expect(pageAddress('your-rights-for-young-people')).toBe('/your-rights/young-people/');
    expect(isPlainPage('about')).toBe(true);
    expect(isPlainPage('glossary')).toBe(false);
  });
});

describe('the published-URL register', () => {
  it('adds new addresses in order and never removes one', async () => {
    const { mergeIntoRegister, readRegister } = await import('../../src/hosting/published-urls.ts');
    const first = mergeIntoRegister('', ['/vip/', '/about/', '/about/']);
    expect(first.added).toEqual(['/about/', '/vip/']);
    expect(readRegister(first.text)).toEqual(['/about/', '/vip/']);
    const second = mergeIntoRegister(first.text, ['/services/']);
    expect(second.added).toEqual(['/services/']);
    expect(readRegister(second.text)).toEqual(['/about/', '/services/', '/vip/']);
    expect(mergeIntoRegister(second.text, []).added).toEqual([]);
  });
});
