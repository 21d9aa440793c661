import { describe, expect, it } from 'vitest';
import { importSizeProblem } from './import-size';

describe('importSizeProblem', () => {
  it('lets a file up to the limit through and names the limit above it', () => {
    expect(importSizeProblem({ name: 'a.json', size: 50 * 1024 * 1024 })).toBeNull();
    expect(importSizeProblem({ name: 'big.json', size: 190 * 1024 * 1024 })).toBe(
      'big.json is 190 MB; one import takes at most 50 MB. Nothing was imported: split it into smaller files.',
    );
  });
});
