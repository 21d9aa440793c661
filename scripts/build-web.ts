import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { build, type InlineConfig } from 'vite';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const WEB_OUT_DIR = path.join(root, 'dist/web');

/** Files worth sending compressed; the server picks the `.gz` twin when the browser accepts it. */
const COMPRESSIBLE = /\.(js|css|html|svg|json|txt)$/;

function* filesUnder(dir: string): Generator<string> {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* filesUnder(full);
    else yield full;
  }
}

/**
 * Builds the React app into dist/web with a gzip twin of each text file. `overrides` add to the
 * configuration (the benchmark asks for a manifest and chunk statistics).
 */
export async function buildWeb(overrides: InlineConfig = {}): Promise<void> {
  // React and its JSX transform pick their development builds from NODE_ENV, which test
  // runners set to `test`; what is served must be the production build whoever builds it.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({
      ...overrides,
      configFile: path.join(root, 'vite.config.ts'),
      mode: 'production',
      logLevel: 'warn',
    });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
  for (const file of filesUnder(WEB_OUT_DIR)) {
    if (!COMPRESSIBLE.test(file)) continue;
    fs.writeFileSync(`${file}.gz`, zlib.gzipSync(fs.readFileSync(file), { level: 9 }));
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await buildWeb();
}
