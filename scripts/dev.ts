/**
 * `npm run dev`: the API server (restarted on change, data in ./data) and Vite's dev server,
 * which reloads the web app as it is edited and passes /api through to the API server.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const apiPort = process.env.REBOUND_PORT ?? '4177';
process.env.REBOUND_API_URL = `http://127.0.0.1:${apiPort}`;

const api = spawn(
  process.execPath,
  ['--import', 'tsx', '--watch', 'src/cli/bin.ts', 'serve', '--port', apiPort],
  { cwd: root, stdio: 'inherit' },
);
const web = await createServer({ configFile: path.join(root, 'vite.config.ts') });
await web.listen();
web.printUrls();

const stop = () => {
  api.kill('SIGTERM');
  void web.close().then(() => process.exit(0));
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
