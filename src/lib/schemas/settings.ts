import { z } from 'astro/zod';
import { calendarDate, externalUrl, href, openingHours, phoneNumber, reviewFields } from './common.ts';

const navigationLink = z.object({ label: z.string().trim().min(2), href });

/** Site-wide settings: one file, content/settings/site.yaml. */
export const settingsSchema = z.object({
  serviceName: z.string().trim().min(2),
  /** Who runs the site, named in the footer and the privacy notice. */
  organisation: z.string().trim().min(2),
  /** The public address of the site, used in the sitemap and share links. */
  siteUrl: externalUrl,
  hub: z.object({
    name: z.string().trim().min(2),
    phone: phoneNumber,
    /** The number the hub calls people from, so they know it is safe to answer. */
    callsFrom: phoneNumber,
    email: z.email('must be an email address').optional(),
    openingHours,
    /** Lines open all day and night, offered when the hub is closed. */
    whenClosed: z.array(z.object({ name: z.string().trim().min(2), phone: phoneNumber })).default([]),
  }),
  referral: z.object({
    /** Where the online referral form sends its answers: a path on this site or a secure web address. */
    endpoint: href,
  }),
  emergency: z.object({
    emergency: phoneNumber,
    nonEmergency: phoneNumber,
    /** Relay UK's number for emergencies (deaf, hard of hearing or speech-impaired callers). */
    textRelay: phoneNumber,
    /** Relay UK's prefix for any other number: 18001 then the number. */
    relayPrefix: phoneNumber,
    /** The number to press after dialling 999 when you cannot speak. */
    silentSolutionCode: z.string().regex(/^[0-9]{2}$/, 'must be two digits, for example "55"'),
    reportOnline: externalUrl,
  }),
  exitPage: z.object({
    /** A neutral site that "Exit this page" goes to. Must not be a site about crime or abuse. */
    url: externalUrl,
  }),
  navigation: z.array(navigationLink).min(1).max(8, 'has too many links: 8 at most fit on a phone'),
  footerLinks: z.array(navigationLink).default([]),
  /** Dates when services that close on bank holidays are closed. */
  bankHolidays: z.array(calendarDate).default([]),
  victimsCode: z.object({
    /** The edition's name as the Code gives it. */
    edition: z.string().trim().min(3),
    inForce: calendarDate,
    url: externalUrl,
  }),
  ...reviewFields,
});
export type Settings = z.infer<typeof settingsSchema>;
