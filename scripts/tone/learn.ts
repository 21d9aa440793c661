/**
 * Logistic regression for the tone model, fitted with FTRL-Proximal (McMahan et al., 2013):
 * per-coordinate learning rates suit features as uneven as words and character n-grams, and its
 * L1 term sets most weights exactly to zero, which keeps the shipped table small. Deterministic:
 * the same examples and options give the same weights.
 */
import { CHAR_GRAM_BASE, HASH_BITS } from '../../src/core/coach/tone/features';
import type { Example } from './dataset';

export interface FitOptions {
  alpha: number;
  beta: number;
  /** L1 on the sparse features (words, n-grams). */
  l1: number;
  /** L1 on the dense features. */
  l1Dense: number;
  l2: number;
  epochs: number;
  seed: number;
  /** The value of a character n-gram feature (a word's is 1): a word has a dozen n-grams. */
  charGramValue: number;
  /** Sparse values are divided by (number of sparse features) to this power: 0 leaves them. */
  normPower: number;
}

export const DEFAULT_FIT: FitOptions = {
  alpha: 0.1,
  beta: 1,
  l1: 1,
  l1Dense: 0,
  l2: 1,
  epochs: 12,
  seed: 7,
  charGramValue: 0.3,
  normPower: 0,
};

export interface Fitted {
  bias: number;
  sparse: Float32Array;
  dense: Float64Array;
}

const SIZE = 1 << HASH_BITS;

/** A small seeded generator (mulberry32), so shuffles repeat exactly. */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** What a sentence's sparse sum is divided by: its length matters less than its words. */
export function sparseNorm(count: number, options: Pick<FitOptions, 'normPower'>): number {
  return Math.max(1, count) ** options.normPower;
}

export function logit(
  model: Fitted,
  example: Pick<Example, 'sparse' | 'dense'>,
  options: Pick<FitOptions, 'normPower'> = DEFAULT_FIT,
): number {
  let sparse = 0;
  for (const i of example.sparse) sparse += model.sparse[i] ?? 0;
  let z = model.bias + sparse / sparseNorm(example.sparse.length, options);
  for (let d = 0; d < example.dense.length; d += 1) {
    z += (model.dense[d] ?? 0) * (example.dense[d] ?? 0);
  }
  return z;
}

/** Fits the model; positives and negatives carry equal total weight. */
export function fit(examples: readonly Example[], options: FitOptions = DEFAULT_FIT): Fitted {
  const denseSize = examples[0]?.dense.length ?? 0;
  // Coordinates: bias, then dense, then sparse.
  const total = 1 + denseSize + SIZE;
  const z = new Float64Array(total);
  const n = new Float64Array(total);
  const positive = examples.reduce((s, e) => s + (e.label === 1 ? e.weight : 0), 0);
  const negative = examples.reduce((s, e) => s + (e.label === 0 ? e.weight : 0), 0);
  const scale = {
    1: positive > 0 ? (0.5 * examples.length) / positive : 0,
    0: negative > 0 ? (0.5 * examples.length) / negative : 0,
  };
  const { alpha, beta, l1, l1Dense, l2 } = options;
  const weight = (i: number) => {
    const zi = z[i] ?? 0;
    const lambda = i === 0 ? 0 : i <= denseSize ? l1Dense : l1;
    if (Math.abs(zi) <= lambda) return 0;
    return -(zi - Math.sign(zi) * lambda) / ((beta + Math.sqrt(n[i] ?? 0)) / alpha + l2);
  };
  const rand = random(options.seed);
  const order = examples.map((_, i) => i);
  for (let epoch = 0; epoch < options.epochs; epoch += 1) {
    for (let i = order.length - 1; i > 0; i -= 1) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j] ?? 0, order[i] ?? 0];
    }
    for (const k of order) {
      const e = examples[k];
      if (!e) continue;
      const coords: number[] = [0];
      const values: number[] = [1];
      for (let d = 0; d < denseSize; d += 1) {
        const v = e.dense[d] ?? 0;
        if (v !== 0) {
          coords.push(1 + d);
          values.push(v);
        }
      }
      const norm = sparseNorm(e.sparse.length, options);
      for (const s of e.sparse) {
        coords.push(1 + denseSize + s);
        values.push((s >= CHAR_GRAM_BASE ? options.charGramValue : 1) / norm);
      }
      const w = coords.map(weight);
      let zSum = 0;
      coords.forEach((_, c) => (zSum += (w[c] ?? 0) * (values[c] ?? 0)));
      const p = 1 / (1 + Math.exp(-Math.max(-35, Math.min(35, zSum))));
      const g0 = (p - e.label) * e.weight * scale[e.label];
      coords.forEach((i, c) => {
        const g = g0 * (values[c] ?? 0);
        const ni = n[i] ?? 0;
        const sigma = (Math.sqrt(ni + g * g) - Math.sqrt(ni)) / alpha;
        z[i] = (z[i] ?? 0) + g - sigma * (w[c] ?? 0);
        n[i] = ni + g * g;
      });
    }
  }
  const dense = new Float64Array(denseSize);
  for (let d = 0; d < denseSize; d += 1) dense[d] = weight(1 + d);
  const sparse = new Float32Array(SIZE);
  // The n-grams' value is folded into their weights: the coach adds weights, never multiplies.
  for (let s = 0; s < SIZE; s += 1) {
    if (z[1 + denseSize + s] === 0) continue;
    sparse[s] = weight(1 + denseSize + s) * (s >= CHAR_GRAM_BASE ? options.charGramValue : 1);
  }
  return { bias: weight(0), sparse, dense };
}
