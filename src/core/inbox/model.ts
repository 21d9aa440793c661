import { MAIL_KINDS, type MailKind } from './kinds';

/** A multinomial logistic regression over the inbox features, learnt by `npm run train:inbox`. */
export interface InboxModel {
  features: readonly string[];
  classes: readonly MailKind[];
  /** One row per class, one weight per feature. */
  weights: readonly (readonly number[])[];
  bias: readonly number[];
}

/** The probability of each kind for one feature vector. */
export function predict(model: InboxModel, values: ArrayLike<number>): Record<MailKind, number> {
  const logits = model.classes.map((_, k) => {
    const row = model.weights[k] ?? [];
    let sum = model.bias[k] ?? 0;
    for (let i = 0; i < values.length; i += 1) sum += (row[i] ?? 0) * (values[i] ?? 0);
    return sum;
  });
  const max = Math.max(...logits);
  const exps = logits.map((l) => Math.exp(l - max));
  const total = exps.reduce((a, b) => a + b, 0);
  const out = Object.fromEntries(MAIL_KINDS.map((kind) => [kind, 0])) as Record<MailKind, number>;
  model.classes.forEach((kind, k) => {
    out[kind] = (exps[k] ?? 0) / total;
  });
  return out;
}

export interface TrainingExample {
  values: ArrayLike<number>;
  kind: MailKind;
}

/**
 * Fits the model by full-batch gradient descent with L2 regularisation: small, deterministic
 * and fast enough for a few thousand examples.
 */
export function trainModel(
  features: readonly string[],
  examples: readonly TrainingExample[],
  { epochs = 3000, rate = 0.5, l2 = 0.002 } = {},
): InboxModel {
  const classes = MAIL_KINDS;
  const n = features.length;
  const weights = classes.map(() => new Array<number>(n).fill(0));
  const bias = classes.map(() => 0);
  for (let epoch = 0; epoch < epochs; epoch += 1) {
    const gradW = classes.map(() => new Array<number>(n).fill(0));
    const gradB = classes.map(() => 0);
    for (const example of examples) {
      const probs = predict({ features, classes, weights, bias }, example.values);
      classes.forEach((kind, k) => {
        const error = probs[kind] - (example.kind === kind ? 1 : 0);
        gradB[k] = (gradB[k] ?? 0) + error;
        const row = gradW[k] as number[];
        for (let i = 0; i < n; i += 1) row[i] = (row[i] ?? 0) + error * (example.values[i] ?? 0);
      });
    }
    classes.forEach((_, k) => {
      const row = weights[k] as number[];
      const grad = gradW[k] as number[];
      for (let i = 0; i < n; i += 1) {
        row[i] = (row[i] ?? 0) - rate * ((grad[i] ?? 0) / examples.length + l2 * (row[i] ?? 0));
      }
      bias[k] = (bias[k] ?? 0) - (rate * (gradB[k] ?? 0)) / examples.length;
    });
  }
  const round = (x: number) => Math.round(x * 1000) / 1000;
  return {
    features,
    classes,
    weights: weights.map((row) => row.map(round)),
    bias: bias.map(round),
  };
}
