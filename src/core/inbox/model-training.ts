import { MAIL_KINDS, type MailKind } from './kinds';
import { softmax, sparseValue, type InboxModel, type ShippedInboxModel } from './model';
import { encodeSparse } from '../sparse-weights';
import { HASH_BITS, WORD_BASE } from './sparse-features';

/** One labelled message's features. */
export interface TrainingExample {
  dense: ArrayLike<number>;
  sparse: ArrayLike<number>;
  kind: MailKind;
}

export interface TrainingOptions {
  /** Passes of full-batch Adam. */
  epochs?: number;
  rate?: number;
  /** L2 penalty on the dense weights. */
  l2?: number;
  /** L2 penalty on the hashed word weights: words are many, so they are held back harder. */
  l2Sparse?: number;
  /** A hashed feature seen in fewer messages than this gets no weight: it would only memorise. */
  minCount?: number;
  /**
   * Each message is also learnt without its words, from concepts, cues and sender alone, with
   * this weight: mail in a language the training mail lacks has only those to go on.
   */
  wordless?: number;
}

interface Compact {
  /** Hashed id of each kept sparse feature. */
  ids: number[];
  /** Each example's kept features, as indexes into `ids`. */
  rows: Int32Array[];
}

/** Keeps the hashed features seen in at least `minCount` examples and renumbers them. */
function compact(examples: readonly TrainingExample[], minCount: number): Compact {
  const counts = new Map<number, number>();
  for (const e of examples) {
    for (let j = 0; j < e.sparse.length; j += 1) {
      const id = e.sparse[j] as number;
      counts.set(id, (counts.get(id) ?? 0) + 1);
    }
  }
  const ids = [...counts].filter(([, n]) => n >= minCount).map(([id]) => id);
  ids.sort((a, b) => a - b);
  const index = new Map(ids.map((id, i) => [id, i]));
  const rows = examples.map((e) => {
    const row: number[] = [];
    for (let j = 0; j < e.sparse.length; j += 1) {
      const i = index.get(e.sparse[j] as number);
      if (i !== undefined) row.push(i);
    }
    return Int32Array.from(row);
  });
  return { ids, rows };
}

/** Adam's running moments for one weight array. */
function adam(size: number) {
  const m = new Float64Array(size);
  const v = new Float64Array(size);
  return (weights: Float64Array, grad: Float64Array, rate: number, step: number) => {
    const b1 = 0.9;
    const b2 = 0.999;
    const c1 = 1 - b1 ** step;
    const c2 = 1 - b2 ** step;
    for (let i = 0; i < size; i += 1) {
      const g = grad[i] as number;
      m[i] = b1 * (m[i] as number) + (1 - b1) * g;
      v[i] = b2 * (v[i] as number) + (1 - b2) * g * g;
      weights[i] =
        (weights[i] as number) -
        (rate * ((m[i] as number) / c1)) / (Math.sqrt((v[i] as number) / c2) + 1e-8);
    }
  };
}

/**
 * Fits the inbox model: multinomial logistic regression by full-batch Adam with an L2 penalty,
 * over the dense features and the hashed words seen often enough. Deterministic: the same
 * examples always give the same weights.
 */
export function trainInboxModel(
  featureNames: readonly string[],
  examples: readonly TrainingExample[],
  options: TrainingOptions = {},
): InboxModel {
  const { wordless = 0.5 } = options;
  if (wordless <= 0) return fit(featureNames, examples, options);
  const copies = examples.map((e) => ({
    ...e,
    sparse: Array.from(e.sparse).filter((id) => id < WORD_BASE),
    weight: wordless,
  }));
  return fit(featureNames, [...examples, ...copies], options);
}

function fit(
  featureNames: readonly string[],
  examples: readonly (TrainingExample & { weight?: number })[],
  { epochs = 300, rate = 0.05, l2 = 0.001, l2Sparse = 0.001, minCount = 2 }: TrainingOptions,
): InboxModel {
  const classes = MAIL_KINDS;
  const k = classes.length;
  const d = featureNames.length;
  const { ids, rows } = compact(examples, minCount);
  const v = ids.length;
  const dense = new Float64Array(k * d);
  const sparse = new Float64Array(k * v);
  const bias = new Float64Array(k);
  const step = { dense: adam(k * d), sparse: adam(k * v), bias: adam(k) };
  const n = examples.reduce((sum, e) => sum + (e.weight ?? 1), 0);
  const gDense = new Float64Array(k * d);
  const gSparse = new Float64Array(k * v);
  const gBias = new Float64Array(k);
  const scores = new Float64Array(k);
  for (let epoch = 1; epoch <= epochs; epoch += 1) {
    gDense.fill(0);
    gSparse.fill(0);
    gBias.fill(0);
    examples.forEach((e, x) => {
      const row = rows[x] as Int32Array;
      const value = sparseValue(e.sparse.length);
      for (let c = 0; c < k; c += 1) {
        let s = bias[c] as number;
        for (let i = 0; i < d; i += 1)
          s += (dense[c * d + i] as number) * ((e.dense[i] as number) ?? 0);
        for (let j = 0; j < row.length; j += 1)
          s += value * (sparse[(row[j] as number) * k + c] as number);
        scores[c] = s;
      }
      const probs = softmax(scores);
      for (let c = 0; c < k; c += 1) {
        const err =
          (((probs[c] as number) - (classes[c] === e.kind ? 1 : 0)) * (e.weight ?? 1)) / n;
        gBias[c] = (gBias[c] as number) + err;
        for (let i = 0; i < d; i += 1)
          gDense[c * d + i] = (gDense[c * d + i] as number) + err * ((e.dense[i] as number) ?? 0);
        for (let j = 0; j < row.length; j += 1) {
          const at = (row[j] as number) * k + c;
          gSparse[at] = (gSparse[at] as number) + err * value;
        }
      }
    });
    for (let i = 0; i < k * d; i += 1)
      gDense[i] = (gDense[i] as number) + l2 * (dense[i] as number);
    for (let i = 0; i < k * v; i += 1)
      gSparse[i] = (gSparse[i] as number) + l2Sparse * (sparse[i] as number);
    step.dense(dense, gDense, rate, epoch);
    step.sparse(sparse, gSparse, rate, epoch);
    step.bias(bias, gBias, rate, epoch);
  }
  const hashed = new Float32Array((1 << HASH_BITS) * k);
  ids.forEach((id, i) => {
    for (let c = 0; c < k; c += 1) hashed[id * k + c] = sparse[i * k + c] as number;
  });
  return {
    classes,
    features: featureNames,
    bias: Array.from(bias),
    dense: classes.map((_, c) => Array.from(dense.subarray(c * d, (c + 1) * d))),
    sparse: hashed,
  };
}

const round = (x: number) => Math.round(x * 10000) / 10000;

/** The form a trained model ships in: dense weights rounded, hashed weights encoded. */
export function shipInboxModel(
  model: InboxModel,
  trainedOn: ShippedInboxModel['trainedOn'],
): ShippedInboxModel {
  const k = model.classes.length;
  const size = 1 << HASH_BITS;
  return {
    trainedOn,
    classes: model.classes,
    features: model.features,
    bias: model.bias.map(round),
    dense: model.dense.map((row) => row.map(round)),
    sparse: model.classes.map((_, c) => {
      const row = new Float32Array(size);
      for (let id = 0; id < size; id += 1) row[id] = model.sparse[id * k + c] as number;
      return encodeSparse(row);
    }),
  };
}
