import { z } from 'astro/zod';
import { accessRoutes, ageGroups, areas, contactMethods, crimeTypes, supportKinds } from '../vocabularies.ts';
import { externalUrl, languageTag, openingHours, phoneNumber, reviewFields, slug } from './common.ts';

/** One way to contact a service. The value's form depends on the method. */
export const serviceContact = z
  .object({
    method: z.enum(contactMethods.values),
    /** A phone number, an email address, a web address or a street address. */
    value: z.string().trim().min(3),
    /** Optional words shown before the value, for example "Freephone". */
    label: z.string().trim().min(1).optional(),
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
      check(externalUrl.safeParse(contact.value).success, 'must be a full web address starting with "https://"');
    }
  });

/** A support service in the directory. */
export const serviceSchema = z.object({
  name: z.string().trim().min(3),
  /** The organisation that runs it. */
  provider: z.string().trim().min(2),
  summary: z.string().trim().min(20).max(300),
  audience: z
    .object({
      ageGroups: z.array(z.enum(ageGroups.values)).min(1, 'needs at least one age group'),
      minimumAge: z.number().int().min(0).max(120).optional(),
      maximumAge: z.number().int().min(0).max(120).optional(),
      /** For example "Women and girls" or "Men". Leave out if the service is for everyone. */
      genderFocus: z.string().trim().min(1).optional(),
      /** For example "Black and minoritised women" or "LGBTQ+ people". */
      communityFocus: z.string().trim().min(1).optional(),
      /** Run by and for the community it serves. */
      byAndFor: z.boolean().default(false),
    })
    .refine((a) => a.minimumAge === undefined || a.maximumAge === undefined || a.minimumAge <= a.maximumAge, {
      message: 'minimum age must not be more than maximum age',
      path: ['maximumAge'],
    }),
  crimeTypes: z.array(z.enum(crimeTypes.values)).min(1, 'needs at least one crime type'),
  areas: z.array(z.enum(areas.values)).min(1, 'needs at least one area'),
  supportKinds: z.array(z.enum(supportKinds.values)).min(1, 'needs at least one kind of support'),
  access: z.array(z.enum(accessRoutes.values)).min(1, 'needs at least one way in'),
  contacts: z.array(serviceContact).min(1, 'needs at least one way to get in touch'),
  openingHours: openingHours.optional(),
  languages: z.array(languageTag).default(['en']),
  /** Step-free access, BSL, large print and so on. */
  accessibility: z.string().trim().min(1).optional(),
  cost: z.string().trim().min(1).default('Free'),
  /** Can be pre-selected on the referral form. */
  referrable: z.boolean().default(false),
  relatedSlugs: z.array(slug).default([]),
  ...reviewFields,
});
export type Service = z.infer<typeof serviceSchema>;
