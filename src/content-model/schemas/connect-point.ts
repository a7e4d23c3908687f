import { oneOf } from './vocabulary-schema.ts';
import { z } from 'astro/zod';
import { accessFeatures, connectOffers, localAreas } from '../vocabularies.ts';
import { openingHours, reviewFields } from './common.ts';

/** A UK postcode with its space, for example "RG1 1QH". */
export const postcode = z
  .string()
  .trim()
  .regex(
    /^[A-Z]{1,2}[0-9][A-Z0-9]? [0-9][A-Z]{2}$/,
    'must be a full postcode in capital letters with a space, for example "RG1 1QH"',
  )
  .meta({ description: 'The full postcode in capital letters, with its space, for example RG1 1QH.' });

/** Where a Connect point is: the lines of its street address, its town and its postcode. */
export const connectAddress = z
  .object({
    lines: z
      .array(
        z
          .string()
          .trim()
          .min(2)
          .meta({ description: 'One line of the address, for example "Abbey Square".', cms: { label: 'Line' } }),
      )
      .min(1, 'needs at least one line, such as the building and the street')
      .max(4, 'must be 4 lines or fewer: the town and postcode have fields of their own')
      .meta({
        description:
          'The building and the street, one line each, for example "Central Library" then "Abbey Square". Put the town and postcode in their own fields below.',
        cms: { label: 'Street address' },
      }),
    town: z.string().trim().min(2).meta({
      description:
        'The town or city, for example "Reading". The list of Connect points is grouped by town, so write each town the same way every time.',
    }),
    postcode,
  })
  .meta({ description: 'Where the Connect point is. People use this to find it, so check it carefully.' });

/**
 * A Victims First Connect point: a place in the community (a library, a GP
 * surgery, a college, a Citizens Advice office, a community centre) where
 * people can get information and advice, report a hate crime without going
 * to the police themselves, and have staff refer them to Victims First.
 */
export const connectPointSchema = z.object({
  name: z
    .string()
    .trim()
    .min(3)
    .meta({
      description: 'The name of the place as people know it, for example "Reading Central Library".',
      cms: { label: 'Name of the place' },
    }),
  host: z
    .string()
    .trim()
    .min(2)
    .meta({
      description: 'The organisation that runs the place, for example "Reading Borough Council" or "Citizens Advice".',
      cms: { label: 'Run by' },
    }),
  address: connectAddress,
  area: oneOf(localAreas).meta({
    description: 'The part of Thames Valley the place is in. People use this to filter the list.',
  }),
  openingHours: openingHours.optional().meta({
    description:
      'When people can come in and talk to someone about Victims First. Used to say whether it is open now. Leave empty only if nobody knows the hours yet.',
  }),
  offers: z
    .array(oneOf(connectOffers))
    .min(1, 'needs at least one thing people can do there')
    .meta({
      description: 'Choose everything people can do at this Connect point. People use this to filter the list.',
      cms: { label: 'What people can do there' },
    }),
  accessibility: z
    .array(oneOf(accessFeatures))
    .default([])
    .meta({
      description: 'Choose every access feature the place has. Leave empty if you do not know.',
      cms: { label: 'Access' },
    }),
  languages: z
    .array(
      z
        .string()
        .trim()
        .min(2)
        .meta({ description: 'The name of a language in English, for example "Polish".', cms: { label: 'Language' } }),
    )
    .default([])
    .meta({
      description:
        'Optional. Languages other than English that staff there speak, in English words, for example "Polish" or "British Sign Language". Leave empty if only English.',
      cms: { label: 'Languages spoken besides English' },
    }),
  gettingThere: z
    .string()
    .trim()
    .min(1)
    .optional()
    .meta({
      description:
        'Optional. How to get there and find the right person, in a sentence or two, for example "Buses 5 and 6 stop outside. Ask at the front desk for the Victims First Connect point."',
      cms: { label: 'How to get there', widget: 'text' },
    }),
  ...reviewFields,
});
export type ConnectPoint = z.infer<typeof connectPointSchema>;
