/**
 * The services a person can ask to be referred to, read straight from
 * content/services, for code that runs outside Astro's pages: the intake,
 * which draws the referral form again when an answer needs fixing.
 */
import { globSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { readData } from './guard.ts';
import { contentDirectory } from './content-directory.ts';
import { serviceSchema } from './schemas/service.ts';

export interface ServiceChoice {
  /** The service's file name, as /refer/?service=<value> names it. */
  value: string;
  label: string;
}

/** Referrable services A to Z; a file that is not valid is left out (the build reports it). */
export function readReferrableServices(contentRoot: string = contentDirectory()): ServiceChoice[] {
  const folder = path.join(contentRoot, 'services');
  return globSync('*.md', { cwd: folder })
    .flatMap((file) => {
      const result = serviceSchema.safeParse(readData(readFileSync(path.join(folder, file), 'utf8'), file));
      return result.success && result.data.referrable
        ? [{ value: file.replace(/\.md$/, ''), label: result.data.name }]
        : [];
    })
    .sort((a, b) => a.label.localeCompare(b.label, 'en-GB'));
}
