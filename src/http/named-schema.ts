import { z } from '@hono/zod-openapi';

type Openapi = (this: z.ZodType, refId: string) => z.ZodType;

/**
 * Names a schema from the core as a component of the OpenAPI document.
 *
 * The OpenAPI layer adds `.openapi()` to zod's prototype, and zod copies prototype members onto
 * each schema when it is built. A core schema built before this module loaded would lack the
 * method, so it is called from the prototype; it returns a fresh, named copy either way.
 */
export function named<T extends z.ZodType>(schema: T, refId: string): T {
  const openapi = (z.ZodType.prototype as unknown as { openapi: Openapi }).openapi;
  return openapi.call(schema, refId) as T;
}
