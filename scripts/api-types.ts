/**
 * `npm run api:types`: writes the TypeScript description of the API that the web app's client
 * is typed with, generated from the OpenAPI document the server itself serves. The document is
 * built by `createApi` in memory; no server is started and no database is opened.
 * `scripts/api-types.test.ts` fails when the committed file no longer matches the routes.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';
import prettier from 'prettier';
import { API_INFO, createApi } from '../src/http/api';
import type { Db } from '../src/storage/database';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const API_TYPES_FILE = path.join(root, 'src/web/api/api-types.ts');

const BANNER = `/**
 * The API's paths, requests and responses, generated from its OpenAPI document by
 * \`npm run api:types\` (scripts/api-types.ts). Do not edit by hand: change the route and
 * regenerate. A test fails when this file no longer matches the routes.
 */
`;

/**
 * The OpenAPI document exactly as `GET /api/openapi.json` serves it in a team installation:
 * every local route plus the team's, since the one web app serves both modes.
 */
export async function buildApiDocument(): Promise<OpenAPI3> {
  // Describing the routes never reaches the database, so none is opened.
  const api = createApi({
    db: {} as Db,
    clock: { now: () => new Date(0) },
    workspaceId: 'describe',
    team: { sessions: { idleMinutes: 30, maxHours: 12 } },
  });
  // Read as the route builds it: in a team installation the route itself needs a session.
  return JSON.parse(
    JSON.stringify(
      api.getOpenAPI31Document({ openapi: '3.1.0', info: API_INFO, servers: [{ url: '/api' }] }),
    ),
  ) as OpenAPI3;
}

/** The generated module's text, formatted the way the rest of the code is. */
export async function renderApiTypes(): Promise<string> {
  const ast = await openapiTS(await buildApiDocument(), {
    alphabetize: true,
    defaultNonNullable: false,
  });
  const config = (await prettier.resolveConfig(API_TYPES_FILE)) ?? {};
  return prettier.format(BANNER + astToString(ast), { ...config, parser: 'typescript' });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  fs.writeFileSync(API_TYPES_FILE, await renderApiTypes());
  console.log(`Wrote ${path.relative(process.cwd(), API_TYPES_FILE)}`);
}
