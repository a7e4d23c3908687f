/**
 * Plain-English messages for content that breaks a schema. The comms team
 * reads these when the build stops, so they say what to write, not how zod
 * works. Schemas that give their own message keep it.
 */
import { z } from 'astro/zod';

type Issue = Parameters<z.core.$ZodErrorMap>[0];

const typeNames: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a group of fields',
  date: 'a date written YYYY-MM-DD',
};

function quantity(count: number | bigint, one: string): string {
  return `${count} ${one}${Number(count) === 1 ? '' : 's'}`;
}

export function contentErrorMessage(issue: Issue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'is missing: this field is required';
      return `must be ${typeNames[issue.expected] ?? issue.expected}`;
    case 'invalid_value':
      return `must be one of: ${issue.values.map((value) => JSON.stringify(value)).join(', ')}`;
    case 'too_small':
      if (issue.origin === 'string') return `must be at least ${quantity(issue.minimum, 'character')}`;
      if (issue.origin === 'array') return `needs at least ${quantity(issue.minimum, 'item')}`;
      return `must be ${issue.minimum} or more`;
    case 'too_big':
      if (issue.origin === 'string') return `must be ${quantity(issue.maximum, 'character')} or fewer`;
      if (issue.origin === 'array') return `has too many items: ${issue.maximum} at most`;
      return `must be ${issue.maximum} or less`;
    case 'unrecognized_keys':
      return `has fields this content type does not use: ${issue.keys.join(', ')}`;
    default:
      return undefined;
  }
}

z.config({ customError: contentErrorMessage });
