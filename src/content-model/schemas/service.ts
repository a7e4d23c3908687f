import { oneOf } from './vocabulary-schema.ts';
import { z } from 'astro/zod';
import { accessRoutes, ageGroups, areas, contactMethods, crimeTypes, supportKinds } from '../vocabularies.ts';
import { externalUrl, languageTag, sitePath, openingHours, phoneNumber, reviewFields, slug } from './common.ts';

/** One way to contact a service. The value's form depends on the method. */
export const serviceContact = z
  .object({
    method: oneOf(contactMethods).meta({
      description: 'How people get in touch this way: phone, text message, email, website, web chat or in person.',
      cms: { label: 'Type of contact', options: contactMethods.entries },
    }),
    /** A phone number, an email address, a web address or a street address. */
    value: z
      .string()
      .trim()
      .min(3)
      .meta({
        description:
          'The phone number, email address, web address (starting https://, or starting / for a page on this website, such as /refer/) or street address, to match the type of contact. For example 0808 2000 247.',
        cms: { label: 'Number or address' },
      }),
    /** Optional words shown before the value, for example "Freephone". */
    label: z
      .string()
      .trim()
      .min(1)
      .optional()
      .meta({
        description: 'Optional. A few words shown with the contact, for example "Freephone, 24 hours".',
        cms: { label: 'Short description' },
      }),
  })
  .superRefine((contact, ctx) => {
    const check = (ok: boolean, message: string) => {
      if (!ok) ctx.addIssue({ code: 'custom', message, path: ['value'] });
    };
    if (contact.method === 'phone' || contact.method === 'text') {
      check(phoneNumber.safeParse(contact.value).success, 'must be a phone number using digits and spaces only');
    } else if (contact.method === 'email') {
      check(z.email().safeParse(contact.value).success, 'must be an email address');
    } else if (contact.method === 'web' || contact.method === 'webchat') {
      check(
        externalUrl.safeParse(contact.value).success || sitePath.safeParse(contact.value).success,
        'must be a full web address starting with "https://", or a page on this website starting with "/" (such as /refer/)',
      );
    }
  });

/** A support service in the directory. */
export const serviceSchema = z.object({
  name: z
    .string()
    .trim()
    .min(3)
    .meta({
      description: 'The name of the service as people know it, for example "Young Victims Service".',
      cms: { label: 'Service name' },
    }),
  /** The organisation that runs it. */
  provider: z
    .string()
    .trim()
    .min(2)
    .meta({
      description: 'The organisation that runs the service, for example "Refuge" or "Victims First".',
      cms: { label: 'Run by' },
    }),
  summary: z
    .string()
    .trim()
    .min(20)
    .max(300)
    .meta({
      description:
        'One or two sentences, 20 to 300 characters, saying who the service helps and how. Shown in the directory and in search results.',
      cms: { widget: 'text' },
    }),
  audience: z
    .object({
      ageGroups: z
        .array(oneOf(ageGroups))
        .min(1, 'needs at least one age group')
        .meta({ description: 'Choose every age group the service supports.' }),
      minimumAge: z
        .number()
        .int()
        .min(0)
        .max(120)
        .optional()
        .meta({
          description:
            'Optional. The youngest age, in years, the service accepts. Leave empty if there is no lower limit.',
          cms: { label: 'Youngest age' },
        }),
      maximumAge: z
        .number()
        .int()
        .min(0)
        .max(120)
        .optional()
        .meta({
          description:
            'Optional. The oldest age, in years, the service accepts. Leave empty if there is no upper limit.',
          cms: { label: 'Oldest age' },
        }),
      /** For example "Women and girls" or "Men". Leave out if the service is for everyone. */
      genderFocus: z.string().trim().min(1).optional().meta({
        description:
          'Optional. Only if the service is for a particular gender, for example "Women and girls" or "Men". Leave empty if it is for everyone.',
      }),
      /** For example "Black and minoritised women" or "LGBTQ+ people". */
      communityFocus: z.string().trim().min(1).optional().meta({
        description:
          'Optional. Only if the service is for a particular community, for example "Black and minoritised women" or "LGBTQ+ people".',
      }),
      /** Run by and for the community it serves. */
      byAndFor: z
        .boolean()
        .default(false)
        .meta({
          description:
            'Turn on if the service is led by people from the community it supports, for example an LGBTQ+ service run by LGBTQ+ people.',
          cms: { label: 'Run by and for the community it serves' },
        }),
    })
    .refine((a) => a.minimumAge === undefined || a.maximumAge === undefined || a.minimumAge <= a.maximumAge, {
      message: 'minimum age must not be more than maximum age',
      path: ['maximumAge'],
    })
    .meta({
      description:
        'Who the service is for. Leave the optional parts empty if it is open to everyone in those age groups.',
      cms: { label: 'Who it is for' },
    }),
  crimeTypes: z.array(oneOf(crimeTypes)).min(1, 'needs at least one crime type').meta({
    description: 'Choose every kind of crime the service helps with. People use these to filter the directory.',
  }),
  areas: z.array(oneOf(areas)).min(1, 'needs at least one area').meta({
    description:
      'Where the service works. Choose "All of Thames Valley" if it covers everywhere, or "Anywhere in England and Wales" for a national service.',
  }),
  supportKinds: z
    .array(oneOf(supportKinds))
    .min(1, 'needs at least one kind of support')
    .meta({ description: 'Choose every kind of help the service gives.', cms: { label: 'Kinds of support' } }),
  access: z
    .array(oneOf(accessRoutes))
    .min(1, 'needs at least one way in')
    .meta({
      description:
        'How people get the service: by contacting it themselves, through the Victims First Hub, or through a professional. Choose all that apply.',
      cms: { label: 'How to get it' },
    }),
  contacts: z
    .array(serviceContact)
    .min(1, 'needs at least one way to get in touch')
    .meta({
      description: 'Every way people can get in touch, the most useful first. Add at least one.',
      cms: { label: 'Ways to get in touch' },
    }),
  openingHours: openingHours.optional().meta({
    description:
      'When people can get in touch. Leave empty if the service has no set hours, for example a website or a book.',
  }),
  languages: z
    .array(languageTag.meta({ description: 'A short language code, for example "en" for English or "pl" for Polish.' }))
    .default(['en'])
    .meta({
      description:
        'The languages the service is offered in, as short codes: "en" English, "pl" Polish, "ur" Urdu, "pa" Punjabi. English is already filled in.',
    }),
  /** Step-free access, BSL, large print and so on. */
  accessibility: z
    .string()
    .trim()
    .min(1)
    .optional()
    .meta({
      description:
        'Optional. How the service meets access needs, for example "Step-free access, BSL interpreters and large print on request".',
      cms: { widget: 'text' },
    }),
  cost: z
    .string()
    .trim()
    .min(1)
    .default('Free')
    .meta({ description: 'What it costs to use. "Free" is already filled in; change it only if people have to pay.' }),
  /** Can be pre-selected on the referral form. */
  referrable: z
    .boolean()
    .default(false)
    .meta({
      description:
        'Turn on if people can ask to be referred to this service on the online referral form. It is then offered as a choice there.',
      cms: { label: 'Can be chosen on the referral form' },
    }),
  relatedSlugs: z
    .array(
      slug.meta({
        description: 'The file name of another service, without ".md", for example "samaritans".',
        cms: { label: 'Service' },
      }),
    )
    .default([])
    .meta({
      description:
        'Other services to suggest alongside this one. Add each one\'s file name without ".md", for example "victims-first-hub".',
      cms: { label: 'Related services' },
    }),
  ...reviewFields,
});
export type Service = z.infer<typeof serviceSchema>;
