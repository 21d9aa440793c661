import { build } from 'esbuild';

/**
 * Bundles the CLI (which also serves the app) and the coach entry into dist/. Packages stay
 * external: they are installed next to the bundle, and native ones cannot be bundled.
 */
export async function buildServer(): Promise<void> {
  await build({
    entryPoints: { cli: 'src/cli/bin.ts' },
    outdir: 'dist',
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    sourcemap: true,
    logLevel: 'warning',
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await buildServer();
}
