/**
 * Checking a form's answers with its zod schema, shared by the referral and the hate crime report: the schema made
 * once a day, and the errors put one per field, in the order the fields appear on the form.
 */
import type { z } from '../../shared/validation-without-eval.ts';
import type { FieldError } from './answers.ts';

/** What checking gives: the answers as the schema outputs them, or the errors to show. */
export type Checked<Output> = { ok: true; answers: Output } | { ok: false; errors: FieldError[] };

/**
 * A checker for a form whose rules depend on the day (ages, dates in the past). Building a zod schema is far slower
 * than using one (zod compiles each new schema on its first use), and the intake checks every submission, so one
 * schema serves a whole day. `fieldOrder` lists the form's fields as they appear on it.
 */
export function dailyChecker<Schema extends z.ZodType>(
  schemaFor: (day: Date) => Schema,
  fieldOrder: readonly string[],
): (input: unknown, today?: Date) => Checked<z.output<Schema>> {
  let ofTheDay: { day: number; schema: Schema } | undefined;
  return (input, today = new Date()) => {
    const day = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
    if (ofTheDay?.day !== day) ofTheDay = { day, schema: schemaFor(new Date(day)) };
    const result = ofTheDay.schema.safeParse(input);
    if (result.success) return { ok: true, answers: result.data };
    const errors = new Map<string, string>();
    for (const issue of result.error.issues) {
      const field = String(issue.path[0] ?? 'form');
      if (!errors.has(field)) errors.set(field, issue.message);
    }
    return {
      ok: false,
      errors: [...errors]
        .map(([field, message]) => ({ field, message }))
        .sort((a, b) => fieldOrder.indexOf(a.field) - fieldOrder.indexOf(b.field)),
    };
  };
}
