import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { resolveConfig } from '../../src/runtime/config';
import { openWorkspace } from '../../src/runtime/open-workspace';
import { seedDemoWorkspace } from '../../src/use-cases/demo';

/** The heavy benchmark workspace: `demo --scale 500` (10k applications, 50k contacts, 500k interactions). */
export const BENCH_SCALE = 500;

/**
 * A data folder holding the benchmark workspace on SQLite, built once per machine and reused by
 * every section (set REBOUND_BENCH_DATA to choose where; delete it to rebuild).
 */
export async function benchDataDir(): Promise<{ dataDir: string; seedSeconds: number | null }> {
  const dataDir =
    process.env.REBOUND_BENCH_DATA ?? path.join(os.tmpdir(), `rebound-bench-${BENCH_SCALE}`);
  const marker = path.join(dataDir, '.seeded');
  if (fs.existsSync(marker)) return { dataDir, seedSeconds: null };
  fs.rmSync(dataDir, { recursive: true, force: true });
  const workspace = await openWorkspace(resolveConfig({ dataDir }, {}));
  const started = performance.now();
  await seedDemoWorkspace(workspace.deps, { scale: BENCH_SCALE });
  const seedSeconds = (performance.now() - started) / 1000;
  await workspace.close();
  fs.writeFileSync(marker, new Date().toISOString());
  return { dataDir, seedSeconds };
}
