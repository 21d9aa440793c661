import { buildServer } from '../../scripts/build-server';
import { buildWeb } from '../../scripts/build-web';

/**
 * Builds what `npm start` serves, once for the whole run, so the browser tests exercise the
 * same bundle a user gets. E2E_SKIP_BUILD=1 reuses an existing build while iterating.
 */
export default async function setup() {
  if (process.env.E2E_SKIP_BUILD === '1') return;
  await buildServer();
  await buildWeb();
}
