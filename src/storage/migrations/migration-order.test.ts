import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from './index';
import { findMigrationOrderProblems } from './migration-order';

describe('findMigrationOrderProblems', () => {
  it.each([
    {
      current: ['20260101000000_a', '20260201000000_b'],
      shipped: ['20260101000000_a'],
      problems: [],
    },
    {
      current: ['20260101000000_a', '20260201000000_b', '20260115000000_c'],
      shipped: ['20260101000000_a', '20260201000000_b'],
      problems: ['20260115000000_c'],
    },
    {
      current: ['20260101000000_a', '20260115000000_c', '20260201000000_b'],
      shipped: ['20260101000000_a', '20260201000000_b'],
      problems: ['20260115000000_c'],
    },
    {
      current: ['20260201000000_b', '20260101000000_a'],
      shipped: [],
      problems: ['20260101000000_a'],
    },
    { current: ['2026_a'], shipped: [], problems: ['2026_a'] },
    {
      current: ['20260101000000_a'],
      shipped: ['20260101000000_a', '20260201000000_b'],
      problems: ['20260201000000_b'],
    },
  ])('$current after $shipped', ({ current, shipped, problems }) => {
    const names = findMigrationOrderProblems(current, shipped).map((p) => p.name);
    expect([...new Set(names)]).toEqual(problems);
  });
});

const MIGRATIONS_DIR = 'src/storage/migrations';
const isMigrationFile = (file: string) =>
  /^\d{14}_.+\.ts$/.test(file) && !file.endsWith('.test.ts');

function git(args: string[]): string | undefined {
  try {
    return execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  } catch {
    return undefined;
  }
}

describe('the migrations of this repository', () => {
  const files = fs.readdirSync(path.resolve(MIGRATIONS_DIR)).filter(isMigrationFile);

  it('are all registered, in order, under their file names', () => {
    expect(MIGRATIONS.map((m) => `${m.name}.ts`)).toEqual([...files].sort());
    expect(findMigrationOrderProblems(MIGRATIONS.map((m) => m.name))).toEqual([]);
  });

  it('never add a migration that sorts before one an earlier commit shipped', () => {
    const log = git(['log', '--reverse', '--format=%H', '--', MIGRATIONS_DIR]);
    if (log === undefined) return; // Not a git checkout (an unpacked release): nothing to compare.
    const names = (listing: string) =>
      listing
        .split('\n')
        .map((f) => path.basename(f))
        .filter(isMigrationFile)
        .map((f) => f.replace(/\.ts$/, ''));
    const at = (commit: string) =>
      names(git(['ls-tree', '--name-only', `${commit}:${MIGRATIONS_DIR}`]) ?? '');
    // What a commit's parents had is what shipped before it: a merge brings in the migrations of
    // both sides, so only a migration that no parent had counts as new.
    const shippedBefore = (parents: string[]) => [...new Set(parents.flatMap(at))];
    for (const commit of log.split('\n').filter(Boolean)) {
      const parents = (git(['rev-parse', `${commit}^@`]) ?? '').split('\n').filter(Boolean);
      expect(
        findMigrationOrderProblems(at(commit), shippedBefore(parents)),
        `at commit ${commit}`,
      ).toEqual([]);
    }
    // The working tree (uncommitted migrations) against the last commit, and a merge under way.
    const heads = ['HEAD', 'MERGE_HEAD'].filter(
      (ref) => git(['rev-parse', '--verify', '-q', ref]) !== undefined,
    );
    expect(findMigrationOrderProblems(names(files.join('\n')), shippedBefore(heads))).toEqual([]);
  });
});
