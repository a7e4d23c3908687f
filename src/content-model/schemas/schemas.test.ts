import { describe, expect, it } from 'vitest';
import { contentTypes } from './index.ts';
import { openingHours } from './common.ts';
import { campaignSchema } from './campaign.ts';
import { serviceSchema } from './service.ts';
import { vipEntrySchema } from './vip-entry.ts';
import { settingsSchema } from './settings.ts';
import { pageSchema } from './page.ts';
import { readSettingsFile } from '../settings-file.ts';

function messages(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) {
  return (result.error?.issues ?? []).map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

const validService = {
  name: 'Victims First Hub',
  provider: 'Thames Valley PCC',
  summary: 'The front door to support for victims of crime in Thames Valley.',
  audience: { ageGroups: ['adults'] },
  crimeTypes: ['burglary'],
  areas: ['thames-valley'],
  supportKinds: ['emotional'],
  access: ['self-referral'],
  contacts: [{ method: 'phone', value: '0300 1234 148' }],
  lastReviewed: '2026-11-23',
};

describe('content types', () => {
  it('covers every type of content the site has', () => {
    expect(Object.keys(contentTypes).sort()).toEqual([
      'campaigns',
      'glossary',
      'journeySteps',
      'news',
      'pages',
      'resources',
      'rights',
      'services',
      'settings',
      'vip',
    ]);
  });

  it('gives each type its own folder', () => {
    const folders = Object.values(contentTypes).map((type) => type.folder);
    expect(new Set(folders).size).toBe(folders.length);
  });
});

describe('review fields', () => {
  it('turns a YYYY-MM-DD date into a Date, and accepts a Date YAML already made', () => {
    const fromString = pageSchema.parse({
      title: 'About us',
      description: 'About the Victims First service in Thames Valley.',
      lastReviewed: '2026-11-23',
    });
    expect(fromString.lastReviewed.toISOString()).toBe('2026-11-23T00:00:00.000Z');
    const fromDate = pageSchema.parse({
      title: 'About us',
      description: 'About the Victims First service in Thames Valley.',
      lastReviewed: new Date('2026-11-23'),
    });
    expect(fromDate.lastReviewed).toBeInstanceOf(Date);
    expect(fromDate.lang).toBe('en');
  });

  it('rejects a missing or impossible date with words the comms team can act on', () => {
    expect(
      messages(
        pageSchema.safeParse({ title: 'About us', description: 'About the Victims First service in Thames Valley.' }),
      ),
    ).toEqual(['lastReviewed: is missing: add a date written YYYY-MM-DD, for example 2026-11-23']);
    expect(
      messages(
        pageSchema.safeParse({
          title: 'About us',
          description: 'About the Victims First service.',
          lastReviewed: '2026-13-45',
        }),
      ),
    ).toEqual(['lastReviewed: is not a date: write it YYYY-MM-DD, for example 2026-11-23']);
  });
});

describe('pages', () => {
  const page = {
    title: 'About us',
    description: 'About the Victims First service in Thames Valley.',
    lastReviewed: '2026-11-23',
  };

  it('takes signposts: cards linking on to other pages', () => {
    const parsed = pageSchema.parse({
      ...page,
      signposts: [{ title: 'Know your rights', href: '/your-rights/', text: 'The 12 rights in the Victims’ Code.' }],
    });
    expect(parsed.signposts).toHaveLength(1);
    expect(pageSchema.parse(page).signposts).toEqual([]);
  });

  it('rejects a signpost that leads off the site insecurely', () => {
    const result = pageSchema.safeParse({
      ...page,
      signposts: [{ title: 'Elsewhere', href: 'http://example.org', text: 'A page somewhere else.' }],
    });
    expect(messages(result)[0]).toMatch(/^signposts\.0\.href: must be a path on this site/);
  });
});

describe('the service schema', () => {
  it('accepts a complete service', () => {
    expect(serviceSchema.safeParse(validService).success).toBe(true);
  });

  it('checks each contact against its method', () => {
    const result = serviceSchema.safeParse({
      ...validService,
      contacts: [
        { method: 'email', value: 'not an email' },
        { method: 'web', value: 'http://insecure.example.org' },
        { method: 'text', value: '85258' },
      ],
    });
    expect(messages(result)).toEqual([
      'contacts.0.value: must be an email address',
      'contacts.1.value: must be a full web address starting with "https://"',
    ]);
  });

  it('only accepts values from the shared vocabularies', () => {
    const result = serviceSchema.safeParse({ ...validService, crimeTypes: ['shoplifting'] });
    expect(messages(result)[0]).toMatch(/^crimeTypes\.0: must be one of: "antisocial-behaviour", "burglary"/);
  });

  it('rejects an age range that runs backwards', () => {
    const result = serviceSchema.safeParse({
      ...validService,
      audience: { ageGroups: ['young-people'], minimumAge: 18, maximumAge: 5 },
    });
    expect(messages(result)).toEqual(['audience.maximumAge: minimum age must not be more than maximum age']);
  });
});

describe('opening hours', () => {
  it('needs either always open or some weekly times', () => {
    expect(messages(openingHours.safeParse({}))).toEqual([
      'weekly: needs either "alwaysOpen: true" or at least one block of weekly opening times',
    ]);
    expect(openingHours.safeParse({ alwaysOpen: true }).success).toBe(true);
  });

  it('rejects times that are not HH:MM and closing before opening', () => {
    expect(messages(openingHours.safeParse({ weekly: [{ days: ['monday'], opens: '9am', closes: '17:00' }] }))).toEqual(
      ['weekly.0.opens: must be a 24-hour time written HH:MM, for example "09:00" or "17:30"'],
    );
    expect(
      messages(openingHours.safeParse({ weekly: [{ days: ['monday'], opens: '17:00', closes: '09:00' }] })),
    ).toEqual(['weekly.0.closes: closing time must be later than opening time']);
  });

  it('allows a day that runs to midnight', () => {
    expect(openingHours.safeParse({ weekly: [{ days: ['saturday'], opens: '18:00', closes: '24:00' }] }).success).toBe(
      true,
    );
  });
});

describe('campaigns and pack entries', () => {
  const campaign = {
    title: 'Know This Isn’t Love',
    slug: 'know-this-isnt-love',
    hashtag: '#KnowThisIsntLove',
    summary: 'The early warning signs of coercive control, in every kind of relationship.',
    start: '2026-02-01',
    lastReviewed: '2026-11-23',
  };

  it('accepts a campaign with no end date', () => {
    expect(campaignSchema.safeParse(campaign).success).toBe(true);
  });

  it('rejects a campaign that ends before it starts, and a hero image without alt text', () => {
    const result = campaignSchema.safeParse({
      ...campaign,
      end: '2026-01-01',
      hero: { src: '/images/a.png', alt: '' },
    });
    expect(messages(result)).toContain('hero.alt: needs alternative text that says what the image shows');
    const backwards = campaignSchema.safeParse({ ...campaign, end: '2026-01-01' });
    expect(messages(backwards)).toEqual(['end: must not be before the start date']);
  });

  it('keeps pack codes short and URL-safe, since they are printed on leaflets', () => {
    const entry = {
      code: 'burglary',
      title: 'Burglary',
      summary: 'What happens after a burglary and who can help.',
      kind: 'crime-specific',
      order: 10,
      lastReviewed: '2026-11-23',
    };
    expect(vipEntrySchema.safeParse(entry).success).toBe(true);
    expect(messages(vipEntrySchema.safeParse({ ...entry, code: 'Burglary Help' }))).toEqual([
      'code: must use only lower case letters, numbers and hyphens, for example "hate-crime"',
    ]);
  });
});

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
