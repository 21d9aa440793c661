import { buildCoach, buildCoachTypes, buildServer } from './build-server';

/** Everything `npm start` and `bin/rebound` need, and the `rebound/coach` entry, built into dist/. */
await buildServer();
await buildCoach();
await buildCoachTypes();
