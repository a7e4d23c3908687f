/**
 * Site settings read straight from content/settings/site.yaml, for code that
 * runs outside Astro's pages: the Astro config, the local server, the tests.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { contentDirectory } from './content-directory.ts';
import { settingsSchema, type Settings } from './schemas/settings.ts';

export function readSettingsFile(contentRoot: string = contentDirectory()): Settings {
  const file = path.join(contentRoot, 'settings', 'site.yaml');
  const result = settingsSchema.safeParse(parseYaml(readFileSync(file, 'utf8')));
  if (!result.success) throw new Error(`${file} is not valid: run "npm run content:check" to see why.`);
  return result.data;
}
