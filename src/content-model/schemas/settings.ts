import { z } from 'astro/zod';
import { calendarDate, externalUrl, href, languageTag, openingHours, phoneNumber, reviewFields } from './common.ts';

const navigationLink = z.object({
  label: z
    .string()
    .trim()
    .min(2)
    .meta({
      description: 'The words people see and click: short and clear, for example "Get support".',
      cms: { label: 'Link text' },
    }),
  href,
});

/** A language the essential pages are translated into. */
const siteLanguage = z.object({
  code: languageTag.meta({
    description:
      'The language\'s short code, for example "pl" for Polish or "ur" for Urdu. Its pages are at /pl/..., and its translations are in folders named with this code.',
    cms: { label: 'Code' },
  }),
  name: z
    .string()
    .trim()
    .min(2)
    .meta({
      description:
        'The language\'s name in its own language and script, for example "Polski" or "اردو". This is what readers see.',
      cms: { label: 'Name in the language itself' },
    }),
  englishName: z
    .string()
    .trim()
    .min(2)
    .meta({ description: 'The language\'s name in English, for example "Polish".', cms: { label: 'Name in English' } }),
});

/** Which translations the site publishes. */
const translationSettings = z
  .object({
    languages: z
      .array(siteLanguage)
      .default([])
      .refine((list) => new Set(list.map((language) => language.code)).size === list.length, 'has a language twice')
      .refine(
        (list) => list.every((language) => language.code !== 'en'),
        'must not list English: it is the main language',
      )
      .meta({
        description:
          'The languages the essential pages are translated into, in the order readers see them. Adding one here publishes the translations in its folders.',
      }),
    publishUnreviewed: z
      .boolean()
      .default(true)
      .meta({
        description:
          'Turn off to publish only translations a professional translator has reviewed. When on, translations not yet reviewed are published too.',
        cms: { label: 'Publish translations not yet reviewed' },
      }),
  })
  .default({ languages: [], publishUnreviewed: true });

/** Site-wide settings: one file, content/settings/site.yaml. */
export const settingsSchema = z.object({
  serviceName: z
    .string()
    .trim()
    .min(2)
    .meta({
      description: 'The name of the service, shown at the top of every page, for example "Victims First".',
      cms: { label: 'Service name' },
    }),
  /** Who runs the site, named in the footer and the privacy notice. */
  organisation: z.string().trim().min(2).meta({
    description:
      'Who runs the site, named in the footer and the privacy notice, for example "Office of the Police and Crime Commissioner for Thames Valley".',
  }),
  /** The public address of the site, used in the sitemap and share links. */
  siteUrl: externalUrl.meta({
    description:
      'The public address of the whole site, used in the sitemap and share links, for example https://www.victims-first.org.uk. Only change it if the site moves.',
    cms: { label: 'Site address' },
  }),
  hub: z
    .object({
      name: z
        .string()
        .trim()
        .min(2)
        .meta({ description: 'The hub\'s name as people see it, for example "Victims First Hub".' }),
      phone: phoneNumber.meta({
        description: 'The number people call to reach the hub, for example 0300 1234 148.',
        cms: { label: 'Phone number' },
      }),
      /** The number the hub calls people from, so they know it is safe to answer. */
      callsFrom: phoneNumber.meta({
        description:
          'The number the hub calls people from, so they know it is safe to answer, for example 0300 1234 148.',
        cms: { label: 'Number the hub calls from' },
      }),
      email: z
        .email('must be an email address')
        .optional()
        .meta({
          description: "Optional. The hub's email address, for people who would rather write.",
          cms: { label: 'Email address' },
        }),
      openingHours: openingHours.meta({
        description:
          "When the hub's phone lines are open. Shown on every page, and used to say whether the hub is open now.",
      }),
      /** Lines open all day and night, offered when the hub is closed. */
      whenClosed: z
        .array(
          z.object({
            name: z.string().trim().min(2).meta({ description: 'The name of the helpline, for example "Samaritans".' }),
            phone: phoneNumber.meta({
              description: "The helpline's number, for example 116 123.",
              cms: { label: 'Phone number' },
            }),
          }),
        )
        .default([])
        .meta({
          description:
            'Helplines open all day and night that people are offered when the hub is closed, for example Samaritans.',
          cms: { label: 'Lines to call when the hub is closed' },
        }),
    })
    .meta({
      description: 'How to reach the Victims First Hub. Shown on every page.',
      cms: { label: 'Victims First Hub' },
    }),
  referral: z
    .object({
      /** Where the online referral form sends its answers: a path on this site or a secure web address. */
      endpoint: href.meta({
        description:
          "Where the online referral form sends people's answers: a path on this site or a secure web address. Only change it if the web developers ask you to.",
        cms: { label: 'Where answers are sent' },
      }),
      /** How soon the hub tries to make contact, promised on the confirmation page. */
      contactWithinWorkingDays: z
        .number()
        .int()
        .min(1)
        .max(10)
        .default(2)
        .meta({
          description:
            'How many working days after a referral the hub tries to make contact. It is promised to people on the confirmation page, so keep it true.',
          cms: { label: 'Working days to first contact' },
        }),
      /** How long the intake remembers a collected referral's reference (what people wrote is erased on collection). */
      retentionDays: z
        .number()
        .int()
        .min(1)
        .max(365)
        .default(30)
        .meta({
          description:
            "How many days the intake remembers a collected referral's reference number, so a form sent again late gets the same number. What the person wrote is deleted as soon as hub staff collect it. Agree any change with the data protection officer.",
          cms: { label: 'Days to keep collected referrals' },
        }),
    })
    .meta({ description: 'Settings for the online referral form.', cms: { label: 'Referral form' } }),
  emergency: z
    .object({
      emergency: phoneNumber.meta({ description: 'The emergency number: 999.', cms: { label: 'Emergency number' } }),
      nonEmergency: phoneNumber.meta({
        description: 'The police non-emergency number: 101.',
        cms: { label: 'Non-emergency number' },
      }),
      /** Relay UK's number for emergencies (deaf, hard of hearing or speech-impaired callers). */
      textRelay: phoneNumber.meta({
        description: "Relay UK's emergency number for deaf, hard of hearing or speech-impaired callers: 18000.",
        cms: { label: 'Relay UK emergency number' },
      }),
      /** Relay UK's prefix for any other number: 18001 then the number. */
      relayPrefix: phoneNumber.meta({
        description: 'The number to dial before any other number to call through Relay UK: 18001.',
        cms: { label: 'Relay UK prefix' },
      }),
      /** The number to press after dialling 999 when you cannot speak. */
      silentSolutionCode: z
        .string()
        .regex(/^[0-9]{2}$/, 'must be two digits, for example "55"')
        .meta({
          description: 'The number to press after dialling 999 from a mobile when you cannot speak: two digits, 55.',
          cms: { label: 'Silent Solution code' },
        }),
      reportOnline: externalUrl.meta({
        description: 'The Thames Valley Police page for reporting a crime online: a full address starting https://.',
        cms: { label: 'Report a crime online' },
      }),
      /** 999 BSL: the free emergency video relay service for Deaf people who use British Sign Language. */
      bslVideoRelay: externalUrl.default('https://www.999bsl.co.uk/').meta({
        description:
          'The website of 999 BSL, the free service open all day and night that connects Deaf people who use British Sign Language to 999 through a BSL interpreter, by its app or website: https://www.999bsl.co.uk/.',
        cms: { label: '999 BSL website' },
      }),
      /** The number people text in an emergency once their phone is registered for emergency SMS. */
      emergencySms: phoneNumber.default('999').meta({
        description:
          'The number people text in an emergency if they cannot make a voice call, once they have registered their phone: 999.',
        cms: { label: 'Emergency text number' },
      }),
      /** The word people text to the emergency SMS number to register their phone. */
      emergencySmsRegisterWord: z
        .string()
        .trim()
        .regex(/^[A-Za-z]+$/, 'must be one word, with letters only, for example "register"')
        .default('register')
        .meta({
          description:
            'The word people text to the emergency text number to register their phone, which they must do before they can text in an emergency: register.',
          cms: { label: 'Word to text to register for emergency texts' },
        }),
      /** Relay UK's own website, where people find its app. */
      relayUkWebsite: externalUrl.default('https://www.relayuk.bt.com/').meta({
        description:
          "Relay UK's website, where people find out how to use it and get its app: https://www.relayuk.bt.com/.",
        cms: { label: 'Relay UK website' },
      }),
      /** The page of this site that explains every way to reach help without hearing or speaking on a phone. */
      withoutSpeakingPage: href.optional().meta({
        description:
          'Optional. The page on this site that explains every way to get help for people who are Deaf, hard of hearing or cannot speak on the phone, linked from the emergency advice: /deaf-or-cannot-speak/. Only change it if the web team ask you to.',
        cms: { label: 'Page about help without speaking on the phone' },
      }),
    })
    .meta({
      description: 'The numbers and links given in emergency advice across the site. Check them carefully.',
      cms: { label: 'Emergency numbers' },
    }),
  exitPage: z
    .object({
      /** A neutral site that "Exit this page" goes to. Must not be a site about crime or abuse. */
      url: externalUrl.meta({
        description:
          'A harmless website the button opens, such as a weather page. It must not be a site about crime or abuse.',
        cms: { label: 'Web address' },
      }),
    })
    .meta({
      description: 'Where the "Exit this page" button takes people who need to leave the site quickly.',
      cms: { label: '"Exit this page" button' },
    }),
  navigation: z
    .array(navigationLink)
    .min(1)
    .max(8, 'has too many links: 8 at most fit on a phone')
    .meta({
      description: 'The links in the menu at the top of every page, in order. No more than 8, so they fit on a phone.',
      cms: { label: 'Main menu' },
    }),
  footerLinks: z.array(navigationLink).default([]).meta({
    description: 'Links at the bottom of every page, for example the privacy notice and accessibility statement.',
  }),
  /** Dates when services that close on bank holidays are closed. */
  bankHolidays: z
    .array(calendarDate.meta({ description: 'A bank holiday date.', cms: { label: 'Bank holiday' } }))
    .default([])
    .meta({
      description:
        "The bank holidays when services that close on bank holidays are shown as closed. Add the next year's dates before it starts.",
    }),
  /** Old addresses of renamed pages, and where they lead now. */
  redirects: z
    .array(
      z.object({
        from: z
          .string()
          .regex(
            /^\/(?:[a-z0-9-]+\/)+$/,
            'must be an address on this site such as /old-page/: lower case, starting and ending with /',
          )
          .meta({ description: 'The old address, for example /help-after-crime/.', cms: { label: 'Old address' } }),
        to: z
          .string()
          .regex(/^\/(?:[a-z0-9-]+\/)*(?:#[a-z0-9-]+)?$/, 'must be an address on this site such as /services/')
          .meta({ description: 'Where it leads now, for example /services/.', cms: { label: 'New address' } }),
      }),
    )
    .default([])
    .meta({
      description:
        "When a page is renamed or removed, add its old address here with where it should lead, so printed links keep working. Never remove a line: old leaflets stay in people's homes for years.",
      cms: { label: 'Redirects from old addresses' },
    }),
  victimsCode: z
    .object({
      /** The edition's name as the Code gives it. */
      edition: z
        .string()
        .trim()
        .min(3)
        .meta({ description: 'The full name of the current edition, written as the Code gives it.' }),
      inForce: calendarDate.meta({
        description: 'The date this edition of the Code came into force.',
        cms: { label: 'In force from' },
      }),
      url: externalUrl.meta({
        description: 'Where the Code is published on GOV.UK: a full address starting https://.',
        cms: { label: 'Web address' },
      }),
    })
    .meta({
      description: "The current edition of the Victims' Code, linked from the rights pages.",
      cms: { label: "Victims' Code" },
    }),
  /** What the site learns about how it is used, kept so that no visitor can be identified (docs/comms-team.md). */
  insight: z
    .object({
      countPageReads: z
        .boolean()
        .default(true)
        .meta({
          description:
            'Turn on to count how many times each page is read each day. Only the page and the day are kept: no cookie, no IP address, nothing about the device, nothing that links one visit to another. Browsers that ask not to be tracked are not counted. The privacy notice and the cover your tracks page say whether it is on.',
          cms: { label: 'Count how often each page is read' },
        }),
    })
    .default({ countPageReads: true })
    .meta({
      description: 'What the site counts about how it is used. Nothing here can tell you who anyone is.',
      cms: { label: 'Counting page reads' },
    }),
  translations: translationSettings.meta({
    description: 'Translations of the essential pages: which languages, and whether to publish them before review.',
  }),
  ...reviewFields,
});
export type Settings = z.infer<typeof settingsSchema>;
