/** The glossary of terms of art, from content/glossary. */
import { getCollection } from 'astro:content';
import { alphabetically } from '../../shared/sequence.ts';
import type { GlossaryTerm } from '../schemas/glossary-term.ts';

export interface GlossaryEntry {
  id: string;
  data: GlossaryTerm;
  rendered?: { html: string };
}

/** Every term, A to Z, as the glossary page lists them. */
export async function glossaryAtoZ(): Promise<GlossaryEntry[]> {
  const terms = (await getCollection('glossary')) as unknown as GlossaryEntry[];
  return terms.sort(alphabetically((term) => term.data.term));
}

/** The terms a step lists, in the order it lists them. A slug with no term stops the build, naming both. */
export async function glossaryTermsFor(slugs: readonly string[], usedBy: string): Promise<GlossaryEntry[]> {
  const bySlug = new Map((await glossaryAtoZ()).map((entry) => [entry.data.slug, entry]));
  return slugs.map((slug) => {
    const entry = bySlug.get(slug);
    if (!entry)
      throw new Error(
        `${usedBy} lists the glossary term "${slug}", but content/glossary has no term with that web address name.`,
      );
    return entry;
  });
}
