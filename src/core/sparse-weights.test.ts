import { describe, expect, it } from 'vitest';
import { decodeSparse, encodeSparse } from './sparse-weights';

describe('the shipped weight codec', () => {
  it('gives back every non-zero weight at its index, within one quantization step', () => {
    const weights = new Float32Array(1 << 18);
    const entries: [number, number][] = [
      [0, 1.5],
      [1, -0.25],
      [127, 3],
      [128, -3],
      [20_000, 0.01],
      [(1 << 18) - 1, -2.2],
    ];
    for (const [i, w] of entries) weights[i] = w;
    const encoded = encodeSparse(weights);
    const decoded = decodeSparse(encoded, weights.length);
    for (const [i, w] of entries) expect(decoded[i]).toBeCloseTo(w, 1);
    let nonZero = 0;
    for (const w of decoded) if (w !== 0) nonZero += 1;
    // 0.01 is below one step of a scale set by the largest weight, so it rounds to nothing.
    expect(nonZero).toBe(entries.length - 1);
  });

  it('keeps the encoding small: one byte per weight and about two per gap', () => {
    const weights = new Float32Array(1 << 18);
    for (let i = 0; i < weights.length; i += 97) weights[i] = (i % 5) - 2 || 1;
    const { data } = encodeSparse(weights);
    const count = Math.ceil(weights.length / 97);
    expect(atob(data).length).toBeLessThanOrEqual(count * 2);
  });

  it('decodes an empty table to zeros', () => {
    const decoded = decodeSparse(encodeSparse(new Float32Array(16)), 16);
    expect([...decoded]).toEqual(new Array(16).fill(0));
  });
});
