import { buildServer } from './build-server';

/** Everything `npm start` and `bin/rebound` need, built into dist/. */
await buildServer();
