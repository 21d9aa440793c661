import type { z } from 'zod';
import { AppError } from './app-error';

/** Formats a zod issue path the way a person reads it: `contacts[3].email`. */
export function formatIssuePath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out;
}

/** Turns the first problem zod found into a validation error naming the field. */
export function validationErrorFrom(error: z.ZodError, prefix = ''): AppError {
  const issue = error.issues[0];
  let path: readonly PropertyKey[] = issue?.path ?? [];
  let message = issue?.message ?? 'is not valid';
  if (issue?.code === 'unrecognized_keys') {
    // Name the unexpected field itself: a typo such as `compnay` is then plain to see.
    path = [...path, issue.keys[0] ?? ''];
    message = 'is not a known field';
  }
  const inner = formatIssuePath(path);
  const field = prefix && inner ? `${prefix}.${inner}` : prefix || inner || 'body';
  return new AppError('validation', `${field}: ${message}`, { field });
}

/** Parses with a schema or throws a validation error naming the field. */
export function parseInput<S extends z.ZodType>(
  schema: S,
  input: unknown,
  prefix = '',
): z.output<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw validationErrorFrom(result.error, prefix);
  return result.data;
}
