/**
 * The sections of the Victims Information Pack: general ones first, then those about one kind of crime, each in its
 * order.
 */
import { getCollection } from 'astro:content';
import type { VipEntry } from '../schemas/vip-entry.ts';

export interface PackSection {
  id: string;
  data: VipEntry;
  rendered?: { html: string };
  /** The file it came from, which is how its translations find it. */
  filePath?: string | undefined;
  /** The language it is in, on a page that shows some sections translated and some in English. */
  lang?: string;
}

export async function packSections(): Promise<PackSection[]> {
  const sections = (await getCollection('vip')) as unknown as PackSection[];
  const kindOrder = { general: 0, 'crime-specific': 1 } as const;
  return sections.sort(
    (a, b) =>
      kindOrder[a.data.kind] - kindOrder[b.data.kind] ||
      a.data.order - b.data.order ||
      a.data.title.localeCompare(b.data.title),
  );
}
