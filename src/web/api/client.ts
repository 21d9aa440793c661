import createClient from 'openapi-fetch';
import type { components, paths } from './api-types';
import { ApiError } from './api-error';

/** The response and request shapes the server's OpenAPI document names. */
export type Schemas = components['schemas'];

/**
 * The typed API client: a route or field the server no longer has is a compile error here. Every
 * call carries `X-Rebound-Request: 1`, which the server asks of each change and which a form on
 * another site cannot send (see the server's cross-site guard).
 */
export const api = createClient<paths>({
  baseUrl: '/api',
  headers: { 'X-Rebound-Request': '1' },
});

interface Outcome<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/**
 * Waits for a call and returns its data, or throws an {@link ApiError} carrying the server's
 * code, words and field, so a form can put the message next to the input that caused it.
 */
export async function unwrap<T>(pending: Promise<Outcome<T>>): Promise<T> {
  let outcome: Outcome<T>;
  try {
    outcome = await pending;
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw ApiError.unreachable(cause);
  }
  if (!outcome.response.ok) throw ApiError.fromBody(outcome.error, outcome.response.status);
  return outcome.data as T;
}
