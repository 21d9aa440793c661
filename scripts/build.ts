import { buildCoach, buildCoachTypes, buildServer } from './build-server';
import { buildWeb } from './build-web';

/**
 * Everything `npm start` and `bin/rebound` need, the `rebound/coach` entry and the web app,
 * built into dist/. `npm install` runs it too, so it says what it is doing: on a small machine
 * the web app takes a minute or more, and silence reads as a hang.
 */
const started = performance.now();
const step = async (what: string, work: () => Promise<unknown>) => {
  const at = performance.now();
  process.stdout.write(`rebound: building ${what}…\n`);
  await work();
  process.stdout.write(
    `rebound: built ${what} in ${((performance.now() - at) / 1000).toFixed(1)} s\n`,
  );
};

await step('the server and the command line', buildServer);
await step('the message coach package', async () => {
  await buildCoach();
  await buildCoachTypes();
});
await step('the web app', buildWeb);
process.stdout.write(
  `rebound: ready in ${((performance.now() - started) / 1000).toFixed(0)} s; start it with npm start\n`,
);
