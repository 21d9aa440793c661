import { buildCoach, buildCoachTypes, buildServer } from './build-server';
import { buildWeb } from './build-web';

/**
 * Everything `npm start` and `bin/rebound` need, the `rebound/coach` entry and the web app,
 * built into dist/.
 */
await buildServer();
await buildCoach();
await buildCoachTypes();
await buildWeb();
