import { MAIL_KINDS, type MailKind } from './kinds';
import { decodeSparse, type EncodedWeights } from '../sparse-weights';
import { HASH_BITS } from './sparse-features';

/**
 * The inbox model as `npm run train:inbox` writes it: a multinomial logistic regression over
 * the dense cue features (named) and the hashed words (encoded), one row of weights per kind.
 */
export interface ShippedInboxModel {
  /** What it was trained on, for the record. */
  trainedOn: { messages: number; files: number };
  classes: readonly MailKind[];
  /** Names of the dense features, in the order of each class's `dense` weights. */
  features: readonly string[];
  bias: readonly number[];
  dense: readonly (readonly number[])[];
  /** Each class's weights over the hashed space. */
  sparse: readonly EncodedWeights[];
}

/** The model ready to score: the hashed weights decoded, class after class for each id. */
export interface InboxModel {
  classes: readonly MailKind[];
  features: readonly string[];
  bias: readonly number[];
  dense: readonly (readonly number[])[];
  /** `sparse[id * classes.length + k]` is class k's weight of feature id. */
  sparse: Float32Array;
}

const loaded = new WeakMap<ShippedInboxModel, InboxModel>();

/** Decodes a shipped model once; later calls return the same object. */
export function loadInboxModel(shipped: ShippedInboxModel): InboxModel {
  const cached = loaded.get(shipped);
  if (cached) return cached;
  const size = 1 << HASH_BITS;
  const k = shipped.classes.length;
  const sparse = new Float32Array(size * k);
  shipped.sparse.forEach((encoded, c) => {
    const row = decodeSparse(encoded, size);
    for (let id = 0; id < size; id += 1) sparse[id * k + c] = row[id] as number;
  });
  const model = { ...shipped, sparse };
  loaded.set(shipped, model);
  return model;
}

/**
 * The value each hashed feature of a message has: long mail names many words, so each counts a
 * little less, and a short note is not left to the prior alone.
 */
/** A message with this many hashed features gives each the value 1. */
const SPARSE_REFERENCE = 300;

export function sparseValue(count: number): number {
  return count === 0 ? 0 : Math.min(2, Math.sqrt(SPARSE_REFERENCE / count));
}

/** The model's raw score (log-odds up to a constant) of each class. */
export function logits(
  model: InboxModel,
  dense: ArrayLike<number>,
  sparse: ArrayLike<number>,
): Float64Array {
  const k = model.classes.length;
  const out = Float64Array.from(model.bias);
  for (let c = 0; c < k; c += 1) {
    const row = model.dense[c] ?? [];
    let sum = 0;
    for (let i = 0; i < dense.length; i += 1) sum += (row[i] ?? 0) * (dense[i] ?? 0);
    out[c] = (out[c] ?? 0) + sum;
  }
  const value = sparseValue(sparse.length);
  for (let j = 0; j < sparse.length; j += 1) {
    const base = (sparse[j] as number) * k;
    for (let c = 0; c < k; c += 1) out[c] = (out[c] ?? 0) + value * (model.sparse[base + c] ?? 0);
  }
  return out;
}

/** Turns raw scores into probabilities that add up to one. */
export function softmax(scores: ArrayLike<number>): Float64Array {
  let max = -Infinity;
  for (let i = 0; i < scores.length; i += 1) max = Math.max(max, scores[i] as number);
  const out = new Float64Array(scores.length);
  let total = 0;
  for (let i = 0; i < scores.length; i += 1) {
    out[i] = Math.exp((scores[i] as number) - max);
    total += out[i] as number;
  }
  for (let i = 0; i < out.length; i += 1) out[i] = (out[i] as number) / total;
  return out;
}

/** The probability of each kind for one message's features. */
export function predict(
  model: InboxModel,
  dense: ArrayLike<number>,
  sparse: ArrayLike<number>,
): Record<MailKind, number> {
  const probs = softmax(logits(model, dense, sparse));
  const out = Object.fromEntries(MAIL_KINDS.map((kind) => [kind, 0])) as Record<MailKind, number>;
  model.classes.forEach((kind, c) => {
    out[kind] = probs[c] as number;
  });
  return out;
}
