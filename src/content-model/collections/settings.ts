/** The site settings entry (content/settings/site.yaml), for pages and components. */
import { getEntry } from 'astro:content';
import type { Settings } from '../schemas/settings.ts';

export async function siteSettings(): Promise<Settings> {
  const entry = await getEntry('settings', 'site');
  if (!entry) throw new Error('content/settings/site.yaml is missing: the site cannot be built without its settings.');
  return entry.data as Settings;
}
