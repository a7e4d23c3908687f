/**
 * Site settings read straight from content/settings/site.yaml, for code that
 * runs outside Astro's pages: the Astro config, the local server, the tests.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { contentDirectory } from './content-directory.ts';
import { settingsSchema, type Settings } from './schemas/settings.ts';

/**
 * The last settings read from each file, with the text they were read from. Every page asks for them many times
 * (its languages, the words of its shell), and parsing and checking the YAML each time took half the build with
 * a thousand pages; reading the small file is cheap, so a changed file (in `astro dev`) is still seen at once.
 */
const lastRead = new Map<string, { source: string; settings: Settings }>();

export function readSettingsFile(contentRoot: string = contentDirectory()): Settings {
  const file = path.join(contentRoot, 'settings', 'site.yaml');
  const source = readFileSync(file, 'utf8');
  const last = lastRead.get(file);
  if (last?.source === source) return last.settings;
  const result = settingsSchema.safeParse(parseYaml(source));
  if (!result.success) throw new Error(`${file} is not valid: run "npm run content:check" to see why.`);
  lastRead.set(file, { source, settings: result.data });
  return result.data;
}
