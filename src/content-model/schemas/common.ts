/**
 * Building blocks shared by every content schema. Error messages are written
 * for the comms team, who see them when the build rejects a file.
 */
import { oneOf } from './vocabulary-schema.ts';
import { z } from 'astro/zod';
import { weekdays } from '../vocabularies.ts';
import './messages.ts';

const notADate = 'is not a date: write it YYYY-MM-DD, for example 2026-11-23';

/** A calendar date written YYYY-MM-DD. YAML may already have made it a Date. */
export const calendarDate = z
  .union([z.date(), z.iso.date({ error: notADate })], {
    error: (issue) =>
      issue.input === undefined ? 'is missing: add a date written YYYY-MM-DD, for example 2026-11-23' : notADate,
  })
  .transform((value) => (typeof value === 'string' ? new Date(`${value}T00:00:00Z`) : value));

/** Fields every content item carries so that nothing goes stale unnoticed. */
export const reviewFields = {
  /** When someone last checked this item was still accurate. */
  lastReviewed: calendarDate.meta({
    description:
      'The date someone last checked this was still accurate. Change it every time you check, even if nothing needed changing.',
  }),
  /** Something the comms team must check before relying on the item (a number, a name, a date). */
  toCheck: z
    .string()
    .trim()
    .min(1)
    .optional()
    .meta({
      description:
        'Optional. Anything that must be checked before this can be relied on, such as a phone number, a name or a date. Delete it once it has been checked.',
      cms: { label: 'Something to check', widget: 'text' },
    }),
};

/** A URL-safe name: lower case letters, numbers and single hyphens. */
export const slug = z
  .string()
  .regex(
    /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
    'must use only lower case letters, numbers and hyphens, for example "hate-crime"',
  )
  .meta({
    description:
      'A short name for use in web addresses: lower case letters, numbers and hyphens only, for example "hate-crime".',
  });

/** A slug that must not take an address a page of the site already has, such as /your-rights/young-people/. */
export function slugOtherThan(taken: string, takenBy: string) {
  return slug.refine((value) => value !== taken, `must not be "${taken}": that address is ${takenBy}`);
}

/** A phone number as people read it, for example "0300 1234 148" or "116 123". */
export const phoneNumber = z
  .string()
  .trim()
  .regex(
    /^\+?[0-9][0-9 ]{1,18}[0-9]$/,
    'must be a phone number using digits and spaces only, for example "0300 1234 148"',
  )
  .meta({
    description: 'A phone number written as people read it, with digits and spaces only, for example 0300 1234 148.',
  });

/** A link: a path on this site, a secure web address, a phone number or an email address. */
export const href = z
  .string()
  .trim()
  .regex(
    /^(?:\/(?!\/)\S*|https:\/\/\S+|(?:tel|mailto|sms):\S+)$/,
    'must be a path on this site starting with "/", a web address starting with "https://", or a tel:, sms: or mailto: link',
  )
  .meta({
    description:
      'Where the link goes: a page on this site such as /services/, or a full https:// address. For a phone number or email address, start with tel: or mailto:, for example tel:03001234148.',
    cms: { label: 'Link' },
  });

/** A secure web address on another site. */
/** A page on this website, such as /refer/: relative, so it works on every copy of the site. */
export const sitePath = z
  .string()
  .trim()
  .regex(/^\/(?:[a-z0-9-]+\/)*(?:#[a-z0-9-]+)?$/, 'must be an address on this site such as /refer/');

export const externalUrl = z
  .string()
  .trim()
  .regex(/^https:\/\/[^\s/]+\.[^\s]+$/, 'must be a full web address starting with "https://"')
  .meta({
    description: 'A full web address on another site, starting with https://, for example https://www.samaritans.org/.',
    cms: { label: 'Web address' },
  });

/** A 24-hour clock time, for example "09:00" or "17:30". "24:00" means midnight at the end of the day. */
export const clockTime = z
  .string()
  .regex(
    /^(?:[01][0-9]|2[0-3]):[0-5][0-9]$|^24:00$/,
    'must be a 24-hour time written HH:MM, for example "09:00" or "17:30"',
  )
  .meta({ description: 'A time on the 24-hour clock, written HH:MM, for example 09:00 or 17:30.' });

const minutes = (time: string): number => {
  const [hours, mins] = time.split(':').map(Number);
  return (hours ?? 0) * 60 + (mins ?? 0);
};

const bothValid = (...times: string[]) => times.every((time) => clockTime.safeParse(time).success);

/** One block of opening times, such as Monday to Friday 09:00 to 17:00. */
export const openingPeriod = z
  .object({
    days: z.array(oneOf(weekdays)).min(1, 'needs at least one day').meta({
      description: 'The days these times apply to. Choose every day with the same hours, for example Monday to Friday.',
    }),
    opens: clockTime.meta({
      description: 'The time it opens, on the 24-hour clock, for example 09:00.',
      cms: { label: 'Opens at' },
    }),
    closes: clockTime.meta({
      description:
        'The time it closes, on the 24-hour clock, for example 17:00. It must be later than the opening time; write 24:00 for midnight.',
      cms: { label: 'Closes at' },
    }),
  })
  // Only compare times that are themselves valid; a badly written time has its own message.
  .refine((period) => !bothValid(period.opens, period.closes) || minutes(period.closes) > minutes(period.opens), {
    message: 'closing time must be later than opening time',
    path: ['closes'],
  });

/** When a service can be reached. Structured so "open now" can be worked out, and edited without a syntax. */
export const openingHours = z
  .object({
    /** Open all day, every day, including bank holidays. */
    alwaysOpen: z
      .boolean()
      .default(false)
      .meta({
        description:
          'Turn on if it is open all day and night, every day, including bank holidays. Then you do not need weekly opening times.',
        cms: { label: 'Open 24 hours, every day' },
      }),
    weekly: z
      .array(openingPeriod)
      .default([])
      .meta({
        description:
          'Add one block for each set of days with the same hours, for example Monday to Friday 09:00 to 17:00, then Saturday 10:00 to 13:00. Needed unless it is open 24 hours.',
        cms: { label: 'Weekly opening times' },
      }),
    closedOnBankHolidays: z.boolean().default(true).meta({
      description:
        'Turn on if it is closed on bank holidays. The bank holiday dates themselves are listed in Site settings.',
    }),
    /** Anything else people need to know, for example "Answerphone out of hours". */
    note: z
      .string()
      .trim()
      .min(1)
      .optional()
      .meta({
        description:
          'Optional. Anything else people need to know about when to get in touch, for example "Answerphone out of hours".',
        cms: { widget: 'text' },
      }),
  })
  .refine((hours) => hours.alwaysOpen || hours.weekly.length > 0, {
    message: 'needs either "alwaysOpen: true" or at least one block of weekly opening times',
    path: ['weekly'],
  });
export type OpeningHours = z.infer<typeof openingHours>;
export type OpeningPeriod = z.infer<typeof openingPeriod>;

/** A language tag such as "en", "pl" or "ur" (BCP 47). */
export const languageTag = z
  .string()
  .regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, 'must be a language code such as "en", "pl" or "ur"')
  .meta({
    description: 'A short language code, for example "en" for English, "pl" for Polish or "ur" for Urdu.',
    cms: { label: 'Language' },
  });

/** An image with the words a screen reader reads in its place. */
export const imageWithAlt = z.object({
  src: z
    .string()
    .regex(
      /^\/[^\s]+\.(?:png|jpe?g|webp|svg|avif)$/i,
      'must be a path to an image in public/, for example "/images/campaigns/lets-hate-hate.png"',
    )
    .meta({
      description: 'Upload the picture, or choose one already uploaded. Use a PNG, JPG, WebP, SVG or AVIF file.',
      cms: { label: 'Image', widget: 'image' },
    }),
  alt: z
    .string()
    .trim()
    .min(1, 'needs alternative text that says what the image shows')
    .meta({
      description:
        'Say what the picture shows, for people who cannot see it: screen readers read this out instead. For example "Two people talking over a cup of tea".',
      cms: { label: 'Description of the image (alt text)' },
    }),
});

/** A call to action: a button-like link. */
export const callToAction = z.object({
  label: z
    .string()
    .trim()
    .min(2)
    .meta({
      description:
        'The words on the button. Say what happens when it is pressed, for example "Find a support service".',
      cms: { label: 'Button text' },
    }),
  href: href.meta({
    description: 'Where the button goes: a page on this site such as /refer/, or a full https:// address.',
  }),
});

/** A page's summary for search results and link previews: one or two sentences, 20 to 200 characters. */
export const pageSummary = z
  .string()
  .trim()
  .min(20, 'must be at least 20 characters')
  .max(200, 'must be 200 characters or fewer')
  .meta({
    description:
      'One or two sentences, 20 to 200 characters, summing up the page. Shown in search results and when the page is shared.',
    cms: { widget: 'text' },
  });
