/**
 * Turns a content schema into Decap CMS fields, so the editor the comms team
 * uses is generated from the same zod schema the build validates with: a new
 * field, a required flag or an option list reaches both, with nothing to keep
 * in step by hand.
 *
 * What a schema can't say on its own (the hint for the comms team, a widget
 * such as "date" or "image", labels for options) travels as metadata:
 * `.meta({ description, cms })` on the field, and the `options` of the shared
 * vocabularies.
 */
import { z } from 'astro/zod';
import { vocabularies } from '../src/content-model/vocabularies.ts';

/** Extra facts for the CMS that a field carries in its metadata. */
export interface CmsFieldMeta {
  /** The label the comms team sees; by default made from the field's name. */
  label?: string;
  /** Force a widget: "date", "image", "text" (several lines), "markdown", "hidden". */
  widget?: 'date' | 'image' | 'text' | 'markdown' | 'hidden';
  /** Labels for the values of a select list, from a shared vocabulary. */
  options?: readonly { value: string; label: string }[];
}

export interface FieldMeta {
  description?: string;
  cms?: CmsFieldMeta;
}

/** A Decap CMS field, as Decap's config takes it. */
export interface CmsField {
  name: string;
  label: string;
  widget: string;
  hint?: string;
  required?: boolean;
  default?: unknown;
  pattern?: [string, string];
  options?: { value: string; label: string }[];
  multiple?: boolean;
  min?: number;
  max?: number;
  value_type?: 'int' | 'float';
  fields?: CmsField[];
  field?: CmsField;
  collapsed?: boolean;
  summary?: string;
  date_format?: string;
  time_format?: boolean;
  format?: string;
  picker_utc?: boolean;
  choose_url?: boolean;
}

type AnySchema = z.ZodType;
// zod keeps each schema's definition under _zod.def; these are the parts read here.
interface Definition {
  type: string;
  checks?: { _zod: { def: Record<string, unknown> } }[];
  innerType?: AnySchema;
  in?: AnySchema;
  options?: AnySchema[];
  element?: AnySchema;
  entries?: Record<string, string>;
  shape?: Record<string, AnySchema>;
  defaultValue?: unknown;
  format?: string;
}

const definition = (schema: AnySchema): Definition => (schema as unknown as { _zod: { def: Definition } })._zod.def;
const metaOf = (schema: AnySchema): FieldMeta => (z.globalRegistry.get(schema) as FieldMeta | undefined) ?? {};

/** "lastReviewed" → "Last reviewed"; "callsToAction" → "Calls to action". */
export function labelFromName(name: string): string {
  const words = name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

interface Unwrapped {
  schema: AnySchema;
  required: boolean;
  defaultValue?: unknown;
  meta: FieldMeta;
}

/** Look through optional, default and transform wrappers, gathering what they say. */
function unwrap(schema: AnySchema): Unwrapped {
  let current = schema;
  let required = true;
  let defaultValue: unknown;
  let meta: FieldMeta = { ...metaOf(schema) };
  for (;;) {
    const def = definition(current);
    if (def.type === 'optional' || def.type === 'nullable') {
      required = false;
      current = def.innerType!;
    } else if (def.type === 'default' || def.type === 'prefault') {
      required = false;
      defaultValue = typeof def.defaultValue === 'function' ? (def.defaultValue as () => unknown)() : def.defaultValue;
      current = def.innerType!;
    } else if (def.type === 'pipe') {
      current = def.in!;
    } else {
      break;
    }
    const inner = metaOf(current);
    meta = { ...inner, ...meta, cms: { ...inner.cms, ...meta.cms } };
  }
  return { schema: current, required, defaultValue, meta };
}

function checksOf(schema: AnySchema): Record<string, unknown>[] {
  return (definition(schema).checks ?? []).map((check) => check._zod.def);
}

/** The message a check gives when it fails, if the schema set one. */
function checkMessage(check: Record<string, unknown>): string | undefined {
  const error = check.error as ((issue: unknown) => unknown) | undefined;
  const message = error?.({ code: 'custom', input: '' });
  return typeof message === 'string' ? message : (message as { message?: string } | undefined)?.message;
}

/** A regular expression Decap can check before saving: the schema's own pattern, or its length limits. */
function patternFor(schema: AnySchema): [string, string] | undefined {
  const checks = checksOf(schema);
  const regex = checks.find((check) => check.check === 'string_format' && check.format === 'regex');
  if (regex) return [(regex.pattern as RegExp).source, checkMessage(regex) ?? 'is not in the right form'];
  const format = definition(schema).format;
  if (format === 'email') return ['^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$', 'must be an email address'];
  const min = checks.find((check) => check.check === 'min_length')?.minimum as number | undefined;
  const max = checks.find((check) => check.check === 'max_length')?.maximum as number | undefined;
  if (min === undefined && max === undefined) return undefined;
  const characters = (count: number) => `${count} character${count === 1 ? '' : 's'}`;
  const message =
    min !== undefined && max !== undefined
      ? `must be between ${min} and ${max} characters`
      : min !== undefined
        ? `must be at least ${characters(min)}`
        : `must be ${characters(max!)} or fewer`;
  return [`^[\\s\\S]{${min ?? 0},${max ?? ''}}$`, message];
}

function limits(schema: AnySchema): { min?: number; max?: number } {
  const result: { min?: number; max?: number } = {};
  for (const check of checksOf(schema)) {
    if (check.check === 'min_length') result.min = check.minimum as number;
    if (check.check === 'max_length') result.max = check.maximum as number;
    if (check.check === 'greater_than') result.min = check.value as number;
    if (check.check === 'less_than') result.max = check.value as number;
  }
  return result;
}

/** The shared vocabulary with exactly these values, if there is one: its labels are the ones people know. */
function vocabularyOptions(values: string[]): readonly { value: string; label: string }[] | undefined {
  const key = [...values].sort().join('|');
  return Object.values(vocabularies).find((vocabulary) => [...vocabulary.values].sort().join('|') === key)?.entries;
}

function selectOptions(schema: AnySchema, meta: FieldMeta): { value: string; label: string }[] {
  const values = Object.values(definition(schema).entries ?? {});
  const known = meta.cms?.options ?? metaOf(schema).cms?.options ?? vocabularyOptions(values) ?? [];
  const labels = new Map(known.map((option) => [option.value, option.label]));
  return values.map((value) => ({ value, label: labels.get(value) ?? labelFromName(value.replace(/-/g, ' ')) }));
}

const dateWidget = {
  widget: 'datetime',
  date_format: 'D MMMM YYYY',
  time_format: false,
  format: 'YYYY-MM-DD',
  picker_utc: true,
} as const;

/** The Decap field for one schema field. */
export function fieldFor(name: string, schema: AnySchema): CmsField {
  const { schema: inner, required, defaultValue, meta } = unwrap(schema);
  const def = definition(inner);
  const base: CmsField = { name, label: meta.cms?.label ?? labelFromName(name), widget: 'string' };
  if (meta.description) base.hint = meta.description;
  if (!required) base.required = false;
  if (defaultValue !== undefined && !(Array.isArray(defaultValue) && defaultValue.length === 0))
    base.default = defaultValue;

  const widget = meta.cms?.widget;
  if (widget === 'date') return { ...base, ...dateWidget };
  if (widget === 'image') return { ...base, widget: 'image', choose_url: false };
  if (widget === 'hidden' || widget === 'markdown') return { ...base, widget };

  switch (def.type) {
    case 'string': {
      const pattern = patternFor(inner);
      return { ...base, widget: widget === 'text' ? 'text' : 'string', ...(pattern ? { pattern } : {}) };
    }
    case 'number': {
      const isInteger = checksOf(inner).some((check) => check.format === 'safeint' || check.format === 'int32');
      return { ...base, widget: 'number', value_type: isInteger ? 'int' : 'float', ...limits(inner) };
    }
    case 'boolean':
      return { ...base, widget: 'boolean' };
    case 'union':
      // A calendar date is written as text or read by YAML as a date: either way, a date picker.
      if ((def.options ?? []).some((option) => definition(option).type === 'date')) return { ...base, ...dateWidget };
      break;
    case 'enum':
      return { ...base, widget: 'select', options: selectOptions(inner, meta) };
    case 'object':
      return { ...base, widget: 'object', fields: fieldsFor(inner as z.ZodObject), collapsed: false };
    case 'array': {
      const element = unwrap(def.element!);
      const elementDef = definition(element.schema);
      const { min, max } = limits(inner);
      const counts = { ...(min ? { min } : {}), ...(max ? { max } : {}) };
      if (elementDef.type === 'enum') {
        return {
          ...base,
          widget: 'select',
          multiple: true,
          options: selectOptions(element.schema, element.meta),
          ...counts,
        };
      }
      if (elementDef.type === 'object') {
        return {
          ...base,
          widget: 'list',
          fields: fieldsFor(element.schema as z.ZodObject),
          collapsed: false,
          ...counts,
        };
      }
      const { name: _name, label: _label, ...single } = fieldFor(name, def.element!);
      return { ...base, widget: 'list', field: { ...single, name: 'item', label: base.label }, ...counts };
    }
  }
  throw new Error(
    `The CMS cannot show the field "${name}": its schema type "${def.type}" has no widget. Add one in admin/fields.ts.`,
  );
}

/** Decap fields for every field of an object schema, in the schema's order. */
export function fieldsFor(schema: z.ZodObject): CmsField[] {
  const inner = unwrap(schema).schema as z.ZodObject;
  return Object.entries(definition(inner).shape ?? {}).map(([name, field]) => fieldFor(name, field));
}
