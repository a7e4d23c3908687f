/**
 * "What happened to you?": a way in by kind of crime, from the home page's
 * first screen. Each crime section of the Victims Information Pack (kind
 * "crime-specific") is one link, in the pack's own order, named in a few
 * words by the first crime it is about. The first few show at once and the
 * rest sit under "More kinds of crime". Linking to the pack, not to the
 * service directory, because the directory filters only with JavaScript
 * (`/services/?crime=…` shows every service without it); each pack section
 * lists the services for its crime.
 */
import type { CrimeType } from '../../content-model/vocabularies.ts';
import { translatable } from '../../shared/sentences.ts';

/**
 * A short name for a pack section, by the first crime it is about: the
 * sections' titles ("If your home has been burgled") are too long for a list
 * someone scans on a phone. A section whose crime has no name here shows its
 * title.
 */
export const crimeNames: Partial<Record<CrimeType, string>> = {
  'antisocial-behaviour': translatable('Antisocial behaviour'),
  burglary: translatable('Burglary'),
  'domestic-abuse': translatable('Domestic abuse'),
  exploitation: translatable('Exploitation or modern slavery'),
  fraud: translatable('Fraud or online crime'),
  'hate-crime': translatable('Hate crime'),
  homicide: translatable('Someone close to you was killed'),
  'road-traffic': translatable('Road collision'),
  'sexual-violence': translatable('Rape or sexual assault'),
  'stalking-harassment': translatable('Stalking or harassment'),
};

/** What the list needs of a pack section, in the page's language where it is translated. */
export interface CrimeSection {
  data: { code: string; title: string; kind: 'general' | 'crime-specific'; crimeTypes: readonly CrimeType[] };
  /** The language the section is in: 'en' on a translated page means it is only in English. */
  lang?: string;
}

export interface CrimeLink {
  /** The English name, for the page to say in its language; or the section's own title, already in its language. */
  name: string;
  /** Whether `name` is an English sentence to translate (a short name) rather than the section's title. */
  translate: boolean;
  /** The pack address, /vip/<code>/. */
  href: string;
  /** The section is only in English (on a translated page). */
  inEnglish: boolean;
}

/** How many links show before "More kinds of crime": three rows of two on a phone. */
export const SHOWN_FIRST = 6;

/**
 * The links, in the order given (the pack's), split into those shown at once and the rest. General sections are
 * left out: they are not about a kind of crime.
 */
export function crimeLinks(
  sections: readonly CrimeSection[],
  pageLang = 'en',
  shownFirst = SHOWN_FIRST,
): { first: CrimeLink[]; more: CrimeLink[] } {
  const links = sections
    .filter((section) => section.data.kind === 'crime-specific')
    .map((section): CrimeLink => {
      const [crime] = section.data.crimeTypes;
      const short = crime ? crimeNames[crime] : undefined;
      return {
        name: short ?? section.data.title,
        translate: short !== undefined,
        href: `/vip/${section.data.code}/`,
        inEnglish: pageLang !== 'en' && (section.lang ?? 'en') === 'en',
      };
    });
  // Never hide a single link behind "More": show it with the rest.
  const cut = links.length <= shownFirst + 1 ? links.length : shownFirst;
  return { first: links.slice(0, cut), more: links.slice(cut) };
}
