import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { API_TYPES_FILE, buildApiDocument, renderApiTypes } from './api-types';

describe('the web app’s API types', () => {
  it('match the routes the server describes (run `npm run api:types` after changing a route)', async () => {
    const committed = fs.readFileSync(API_TYPES_FILE, 'utf8');
    expect(committed === (await renderApiTypes()), 'src/web/api/api-types.ts is stale').toBe(true);
  });

  it('are built from the same document the server serves', async () => {
    const document = await buildApiDocument();
    expect(JSON.stringify(document.paths?.['/applications'])).toContain('"get"');
    expect(document.servers?.[0]?.url).toBe('/api');
  });
});
