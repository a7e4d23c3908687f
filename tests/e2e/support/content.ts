/** The site's own content, read and checked the way the build reads it, for tests to compare the pages with. */
import { globSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { readData } from '../../../src/content-model/guard.ts';
import { resourceSchema, type Resource } from '../../../src/content-model/schemas/resource.ts';
import { serviceSchema, type Service } from '../../../src/content-model/schemas/service.ts';

function entries<T>(folder: string, parse: (data: unknown) => T): { id: string; data: T }[] {
  return globSync(`content/${folder}/*.md`)
    .sort()
    .map((file) => ({ id: path.basename(file, '.md'), data: parse(readData(readFileSync(file, 'utf8'), file)) }));
}

export const services = (): { id: string; data: Service }[] => entries('services', (data) => serviceSchema.parse(data));
export const resources = (): { id: string; data: Resource }[] =>
  entries('resources/en', (data) => resourceSchema.parse(data));
