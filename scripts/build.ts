import { buildServer } from './build-server';
import { buildWeb } from './build-web';

/** Everything `npm start` and `bin/rebound` need, built into dist/: the server, then the web app. */
await buildServer();
await buildWeb();
