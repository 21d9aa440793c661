/**
 * `npm run bench [-- SECTION ...]`: runs every benchmark section in scripts/bench/ (or the named
 * ones) and prints one JSON document. Progress goes to stderr so stdout stays parseable.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export interface BenchSection {
  /** Key in the output document. */
  name: string;
  run(): Promise<Record<string, unknown>>;
}

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'bench');
const wanted = process.argv.slice(2);
const files = fs
  .readdirSync(dir)
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !f.startsWith('_'))
  .sort();

const sections: Record<string, unknown> = {};
for (const file of files) {
  const section = (await import(pathToFileURL(path.join(dir, file)).href)).default as BenchSection;
  if (wanted.length > 0 && !wanted.includes(section.name)) continue;
  process.stderr.write(`bench: ${section.name}…\n`);
  const started = performance.now();
  sections[section.name] = await section.run();
  process.stderr.write(
    `bench: ${section.name} done in ${((performance.now() - started) / 1000).toFixed(1)} s\n`,
  );
}

process.stdout.write(
  `${JSON.stringify(
    {
      ranAt: new Date().toISOString(),
      machine: {
        node: process.version,
        cpus: os.cpus().length,
        cpuModel: os.cpus()[0]?.model ?? null,
      },
      sections,
    },
    null,
    2,
  )}\n`,
);
