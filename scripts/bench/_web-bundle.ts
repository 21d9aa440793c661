import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import type { Plugin } from 'vite';

export interface ChunkModules {
  /** Rendered (minified) bytes per source module in each output chunk. */
  [chunkFile: string]: Record<string, number>;
}

/** A build plugin that records which modules ended up in which chunk, and how big they are. */
export function chunkStatsPlugin(into: ChunkModules): Plugin {
  return {
    name: 'rebound-chunk-stats',
    generateBundle(_options, bundle) {
      for (const output of Object.values(bundle)) {
        if (output.type !== 'chunk') continue;
        into[output.fileName] = Object.fromEntries(
          Object.entries(output.modules).map(([id, info]) => [id, info.renderedLength]),
        );
      }
    },
  };
}

interface ManifestEntry {
  file: string;
  src?: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}

/** The package a module belongs to (`react-dom`, `@mantine/core`), or `app` for Rebound's own. */
export function packageOf(moduleId: string): string {
  const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(moduleId.replace(/\\/g, '/'));
  if (match?.[1]) return match[1];
  if (moduleId.includes('/src/core/')) return 'rebound core';
  return 'rebound web app';
}

/**
 * The JavaScript the first page (Today) loads: the entry, what it imports, and Today's chunk
 * with its imports, each with its size raw and gzipped (level 9, as served).
 */
export function firstRouteFiles(webDir: string, firstPageSource: string) {
  const manifest = JSON.parse(
    fs.readFileSync(path.join(webDir, '.vite/manifest.json'), 'utf8'),
  ) as Record<string, ManifestEntry>;
  const wanted = new Set<string>();
  const visit = (key: string) => {
    const entry = manifest[key];
    if (!entry || wanted.has(entry.file)) return;
    wanted.add(entry.file);
    for (const imported of entry.imports ?? []) visit(imported);
  };
  for (const [key, entry] of Object.entries(manifest)) if (entry.isEntry) visit(key);
  visit(firstPageSource);
  return [...wanted].map((file) => {
    const content = fs.readFileSync(path.join(webDir, file));
    return { file, bytes: content.length, gzipBytes: zlib.gzipSync(content, { level: 9 }).length };
  });
}
