/**
 * The content editor is generated from the content schemas. These tests fail
 * on any drift between the two: a field, a required flag, an option list, a
 * pattern; and they check the editor would accept all of today's content and
 * refuse the common mistakes before saving.
 */
import { globSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fieldsFor, labelFromName, type CmsField } from './fields.ts';
import { readData } from '../src/content-model/guard.ts';
import { contentTypes, type ContentTypeName } from '../src/content-model/schemas/index.ts';

const names = Object.keys(contentTypes) as ContentTypeName[];
type ZodLike = {
  _zod: {
    optin?: string;
    def: {
      type: string;
      shape?: Record<string, ZodLike>;
      innerType?: ZodLike;
      in?: ZodLike;
      element?: ZodLike;
      entries?: Record<string, string>;
    };
  };
};

/** The object schema inside any wrappers. */
function objectShape(schema: ZodLike): Record<string, ZodLike> {
  let current = schema;
  while (!current._zod.def.shape) current = (current._zod.def.innerType ?? current._zod.def.in)!;
  return current._zod.def.shape;
}

/** Every field, nested ones included, with a path for messages. */
function allFields(fields: CmsField[], prefix = ''): [string, CmsField][] {
  return fields.flatMap((field) => {
    const here = `${prefix}${field.name}`;
    return [
      [here, field] as [string, CmsField],
      ...(field.fields ? allFields(field.fields, `${here}.`) : []),
      ...(field.field ? [[`${here}[]`, field.field] as [string, CmsField]] : []),
    ];
  });
}

/** What Decap checks before saving: required values, patterns, select options, number limits. */
function editorProblems(fields: CmsField[], data: Record<string, unknown>, prefix = ''): string[] {
  const problems: string[] = [];
  const check = (field: CmsField, value: unknown, where: string) => {
    if (value === undefined || value === null || value === '') {
      if (field.required !== false) problems.push(`${where} is required`);
      return;
    }
    if (field.pattern && typeof value === 'string' && !new RegExp(field.pattern[0]).test(value))
      problems.push(`${where}: ${field.pattern[1]}`);
    if (field.widget === 'select') {
      const allowed = new Set(field.options!.map((option) => option.value));
      for (const item of field.multiple ? (value as unknown[]) : [value])
        if (!allowed.has(String(item))) problems.push(`${where}: "${String(item)}" is not an option`);
    }
    if (field.widget === 'number' && typeof value === 'number') {
      if (field.min !== undefined && value < field.min) problems.push(`${where} is below ${field.min}`);
      if (field.max !== undefined && value > field.max) problems.push(`${where} is above ${field.max}`);
    }
    if (field.widget === 'object')
      problems.push(...editorProblems(field.fields!, value as Record<string, unknown>, `${where}.`));
    if (field.widget === 'list' && Array.isArray(value)) {
      value.forEach((item, index) => {
        if (field.fields)
          problems.push(...editorProblems(field.fields, item as Record<string, unknown>, `${where}[${index}].`));
        if (field.field) check(field.field, item, `${where}[${index}]`);
      });
    }
  };
  for (const field of fields) check(field, data[field.name], `${prefix}${field.name}`);
  return problems;
}

describe('the editor is generated from the schemas', () => {
  for (const name of names) {
    const schema = contentTypes[name].schema as unknown as ZodLike;
    const fields = fieldsFor(contentTypes[name].schema as Parameters<typeof fieldsFor>[0]);

    it(`${name}: one field per schema field, in order, required exactly when the schema requires it`, () => {
      const shape = objectShape(schema);
      expect(fields.map((field) => field.name)).toEqual(Object.keys(shape));
      for (const field of fields) {
        // A field the schema lets content leave out (optional, or with a default) is optional in the editor too.
        const optional = shape[field.name]!._zod.optin !== undefined;
        expect(field.required === false, `${name}.${field.name} required flag`).toBe(optional);
      }
    });

    it(`${name}: every field has a hint for the comms team`, () => {
      const missing = allFields(fields)
        .filter(([, field]) => !field.hint)
        .map(([where]) => where);
      expect(missing).toEqual([]);
    });

    it(`${name}: every pattern is a valid regular expression`, () => {
      for (const [where, field] of allFields(fields))
        if (field.pattern) expect(() => new RegExp(field.pattern![0]), where).not.toThrow();
    });
  }

  it('offers the shared vocabularies as select lists, with their labels', () => {
    const service = fieldsFor(contentTypes.services.schema);
    const crimeTypes = service.find((field) => field.name === 'crimeTypes')!;
    expect(crimeTypes.widget).toBe('select');
    expect(crimeTypes.multiple).toBe(true);
    expect(crimeTypes.options).toContainEqual({ value: 'hate-crime', label: 'Hate crime' });
    const areas = service.find((field) => field.name === 'areas')!;
    expect(areas.options!.map((option) => option.value)).toEqual([
      'thames-valley',
      'berkshire',
      'buckinghamshire',
      'milton-keynes',
      'oxfordshire',
      'national',
    ]);
  });

  it('shows dates as dates, opening hours as a form, and images with required alternative text', () => {
    const page = fieldsFor(contentTypes.pages.schema);
    expect(page.find((field) => field.name === 'lastReviewed')).toMatchObject({
      widget: 'datetime',
      format: 'YYYY-MM-DD',
      time_format: false,
    });
    const hub = fieldsFor(contentTypes.settings.schema).find((field) => field.name === 'hub')!;
    const hours = hub.fields!.find((field) => field.name === 'openingHours')!;
    const weekly = hours.fields!.find((field) => field.name === 'weekly')!;
    expect(weekly.widget).toBe('list');
    expect(weekly.fields!.map((field) => [field.name, field.widget])).toEqual([
      ['days', 'select'],
      ['opens', 'string'],
      ['closes', 'string'],
    ]);
    const hero = fieldsFor(contentTypes.campaigns.schema).find((field) => field.name === 'hero')!;
    expect(hero.fields!.find((field) => field.name === 'src')!.widget).toBe('image');
    expect(hero.fields!.find((field) => field.name === 'alt')!.required).not.toBe(false);
  });

  it('makes labels people can read from field names', () => {
    expect(labelFromName('lastReviewed')).toBe('Last reviewed');
    expect(labelFromName('callsToAction')).toBe('Calls to action');
  });
});

describe('the editor accepts today’s content and refuses common mistakes', () => {
  for (const name of names) {
    it(`${name}: every file in content/ passes the editor's own checks`, () => {
      const type = contentTypes[name];
      const fields = fieldsFor(type.schema as Parameters<typeof fieldsFor>[0]);
      const folder = path.join('content', type.folder);
      for (const file of globSync(type.pattern, { cwd: folder })) {
        const data = readData(readFileSync(path.join(folder, file), 'utf8'), file) as Record<string, unknown>;
        // YAML reads dates as Date objects; the editor stores them as YYYY-MM-DD text.
        const asText = JSON.parse(
          JSON.stringify(data, (_key, value: unknown) =>
            typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(value) ? value.slice(0, 10) : value,
          ),
        ) as Record<string, unknown>;
        expect(editorProblems(fields, asText), `${folder}/${file}`).toEqual([]);
      }
    });
  }

  it('refuses a missing title, a bad phone number, an unknown area and a bad time before saving', () => {
    const service = fieldsFor(contentTypes.services.schema);
    const problems = editorProblems(service, {
      provider: 'Test',
      summary: 'A service entry with several common mistakes in it.',
      audience: { ageGroups: ['adults'] },
      crimeTypes: ['burglary'],
      areas: ['narnia'],
      supportKinds: ['emotional'],
      access: ['self-referral'],
      contacts: [{ method: 'phone', value: 'ring us' }],
      openingHours: { weekly: [{ days: ['monday'], opens: '9am', closes: '17:00' }] },
      lastReviewed: '2026-11-23',
    });
    expect(problems).toContain('name is required');
    expect(problems).toContain('areas: "narnia" is not an option');
    expect(problems).toContain(
      'openingHours.weekly[0].opens: must be a 24-hour time written HH:MM, for example "09:00" or "17:30"',
    );
    const settings = fieldsFor(contentTypes.settings.schema);
    const hub = settings.find((field) => field.name === 'hub')!;
    expect(
      editorProblems(hub.fields!, {
        name: 'Hub',
        phone: 'call us',
        callsFrom: '0300 1234 148',
        openingHours: { alwaysOpen: true },
      }),
    ).toContain('phone: must be a phone number using digits and spaces only, for example "0300 1234 148"');
  });

  it('limits lengths the schema limits', () => {
    const page = fieldsFor(contentTypes.pages.schema);
    expect(editorProblems(page, { title: 'About', description: 'Too short', lastReviewed: '2026-11-23' })).toEqual([
      'description: must be between 20 and 200 characters',
    ]);
  });
});
