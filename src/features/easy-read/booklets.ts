/** The Easy Read pages in content/easy-read/, each with the address it is published at. */
import { getCollection } from 'astro:content';
import type { EasyRead } from '../../content-model/schemas/easy-read.ts';

export interface EasyReadEntry {
  /** The file name without .md: the end of the page's address, /easy-read/<id>/. */
  id: string;
  data: EasyRead;
}

/** Where an Easy Read page is published. */
export const easyReadAddress = (id: string): string => `/easy-read/${id}/`;

export async function easyReadPages(): Promise<EasyReadEntry[]> {
  const pages = (await getCollection('easyRead')) as unknown as EasyReadEntry[];
  return pages.sort((a, b) => a.id.localeCompare(b.id));
}
