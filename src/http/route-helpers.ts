import type { z } from '@hono/zod-openapi';
import { ErrorSchema } from './schemas';

/** A required JSON request body. */
export function jsonBody<T extends z.ZodType>(schema: T, description?: string) {
  return {
    required: true,
    ...(description !== undefined && { description }),
    content: { 'application/json': { schema } },
  };
}

export function jsonResponse<T extends z.ZodType>(schema: T, description: string) {
  return { description, content: { 'application/json': { schema } } };
}

const ERROR_DESCRIPTIONS = {
  400: 'The input is not valid; `error.field` names what to fix',
  401: 'Not signed in, or the session has ended; `error.message` says which',
  403: 'Signed in, but not allowed to do this; `error.message` says why',
  404: 'No record with that id',
  409: 'The request conflicts with what is stored',
  413: 'The request body is too large',
  429: 'Too many attempts; `error.message` says when to try again',
  502: "The user's mail server refused the email or could not be reached; `error.message` says why",
} as const;

/** The error responses a route can give, all in the one error shape. */
export function errorResponses<S extends keyof typeof ERROR_DESCRIPTIONS>(...statuses: S[]) {
  return Object.fromEntries(
    statuses.map((status) => [status, jsonResponse(ErrorSchema, ERROR_DESCRIPTIONS[status])]),
  ) as Record<S, ReturnType<typeof jsonResponse<typeof ErrorSchema>>>;
}

/**
 * Shapes a record for the API from its response schema: only the schema's fields go out, so a
 * field added to a domain type never reaches clients by accident.
 */
export function presenter<S extends z.ZodObject>(schema: S) {
  const keys = Object.keys(schema.shape);
  return (value: z.output<S>): z.output<S> => {
    const out: Record<string, unknown> = {};
    for (const key of keys) out[key] = (value as Record<string, unknown>)[key];
    return out as z.output<S>;
  };
}
