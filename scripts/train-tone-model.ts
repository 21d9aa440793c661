/**
 * `npm run train:tone`: fits the coach's tone model on the training messages
 * (`eval/coach/train*.json`, never the held-out split) and writes its weights to
 * `src/core/coach/rules/tone-model-weights.ts`. Run it again after changing the tone rules or
 * their cues, since both shape what it learns.
 *
 * Examples are sentences. In a message labelled with a tone problem, the sentences the tone rules
 * flag are positive and the rest are left out (they may or may not carry the problem); every
 * sentence of a clean message is negative. Logistic regression with class-balanced loss and an
 * L2 penalty, fitted by full-batch gradient descent, so the same messages give the same table.
 * The strongest features are kept and refitted to keep the table small. The threshold comes from
 * out-of-fold scores, one fold per fixture file: the score that at most {@link CLEAN_ALARM_SHARE}
 * of clean messages reach in any sentence when the model has not seen them.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkMessage } from '../src/core/coach/check-message';
import { createDocument } from '../src/core/coach/document';
import { createRuleSet, defaultRules } from '../src/core/coach/registry';
import { sentenceFeatures, toneScore, type ToneModel } from '../src/core/coach/tone-model';
import { loadItems } from './eval/coach-eval';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(root, 'src', 'core', 'coach', 'rules', 'tone-model-weights.ts');

/** A feature must appear in at least this many training sentences. */
const MIN_SENTENCES = 3;
/** Features kept in the shipped table. */
const KEEP = 600;
const L2 = 0.01;
const EPOCHS = 400;
const RATE = 0.5;
/** Share of unseen clean messages the threshold may flag. */
const CLEAN_ALARM_SHARE = 0.015;

interface Sentence {
  tone: boolean;
  features: Set<string>;
}
interface Message {
  file: string;
  tone: boolean;
  /** Training examples: flagged sentences of a problem message, or every sentence of a clean one. */
  examples: Sentence[];
  /** Every sentence, for choosing the threshold. */
  sentences: Set<string>[];
}

const rulesWithoutModel = createRuleSet(
  defaultRules().filter((rule) => rule.id !== 'tone/overall-impression'),
);

function messages(): Message[] {
  const dir = path.join(root, 'eval', 'coach');
  return fs
    .readdirSync(dir)
    .filter((f) => f.startsWith('train') && f.endsWith('.json'))
    .sort()
    .flatMap((file) =>
      loadItems(path.join(dir, file)).map((item) => {
        const input = { kind: item.kind, text: item.text, context: item.context };
        const doc = createDocument(input);
        const tone = item.expect.includes('tone') || item.expect_any.includes('tone');
        const flagged = tone
          ? checkMessage(input, { rules: rulesWithoutModel }).findings.filter(
              (f) => f.category === 'tone' && f.severity !== 'info',
            )
          : [];
        const examples: Sentence[] = [];
        const bySentence = sentenceFeatures(doc);
        for (const [index, features] of bySentence) {
          const sentence = doc.sentences[index];
          if (!sentence) continue;
          const hit = flagged.some((f) => f.start < sentence.end && sentence.start < f.end);
          if (tone && !hit) continue;
          examples.push({ tone: hit, features });
        }
        return { file, tone, examples, sentences: [...bySentence.values()] };
      }),
    );
}

function fitOn(data: readonly Sentence[], vocabulary: readonly string[]): ToneModel {
  const index = new Map(vocabulary.map((f, i) => [f, i]));
  const rows = data.map((e) =>
    [...e.features].map((f) => index.get(f)).filter((i): i is number => i !== undefined),
  );
  const positives = data.filter((e) => e.tone).length;
  const negatives = data.length - positives;
  const w = new Float64Array(vocabulary.length);
  let bias = 0;
  for (let epoch = 0; epoch < EPOCHS; epoch += 1) {
    const gradient = new Float64Array(vocabulary.length);
    let gradientBias = 0;
    data.forEach((e, k) => {
      const row = rows[k] ?? [];
      let z = bias;
      for (const i of row) z += w[i] ?? 0;
      const p = 1 / (1 + Math.exp(-z));
      const d = (p - (e.tone ? 1 : 0)) * (e.tone ? 0.5 / positives : 0.5 / negatives);
      for (const i of row) gradient[i] = (gradient[i] ?? 0) + d;
      gradientBias += d;
    });
    for (let i = 0; i < w.length; i += 1) {
      w[i] = (w[i] ?? 0) - RATE * ((gradient[i] ?? 0) + L2 * (w[i] ?? 0));
    }
    bias -= RATE * gradientBias;
  }
  const weights: Record<string, number> = {};
  vocabulary.forEach((f, i) => (weights[f] = w[i] ?? 0));
  return { bias, threshold: 0, weights };
}

/** Fits, keeps the strongest features, and fits again on those alone. */
function fit(data: readonly Sentence[]): ToneModel {
  const counts = new Map<string, number>();
  for (const e of data) for (const f of e.features) counts.set(f, (counts.get(f) ?? 0) + 1);
  const vocabulary = [...counts]
    .filter(([, n]) => n >= MIN_SENTENCES)
    .map(([f]) => f)
    .sort();
  const first = fitOn(data, vocabulary);
  const kept = Object.entries(first.weights)
    .sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]) || a[0].localeCompare(b[0]))
    .slice(0, KEEP)
    .map(([f]) => f)
    .sort();
  return fitOn(data, kept);
}

const strongest = (model: ToneModel, m: Message) =>
  Math.max(...m.sentences.map((features) => toneScore(model, features)));

function threshold(data: readonly Message[]): number {
  const clean: number[] = [];
  for (const file of new Set(data.map((m) => m.file))) {
    const model = fit(data.filter((m) => m.file !== file).flatMap((m) => m.examples));
    for (const m of data) if (m.file === file && !m.tone) clean.push(strongest(model, m));
  }
  clean.sort((a, b) => b - a);
  return clean[Math.floor(CLEAN_ALARM_SHARE * clean.length)] ?? 0;
}

const round = (n: number) => Math.round(n * 1000) / 1000;

const data = messages();
const examples = data.flatMap((m) => m.examples);
const model = fit(examples);
model.threshold = threshold(data);
const entries = Object.entries(model.weights)
  .filter(([, w]) => round(w) !== 0)
  .sort((a, b) => a[0].localeCompare(b[0]));
const body = entries.map(([f, w]) => `    ${JSON.stringify(f)}: ${round(w)},`).join('\n');
fs.writeFileSync(
  OUT,
  `import type { ToneModel } from '../tone-model';

/**
 * Weights of the tone model, written by \`npm run train:tone\` from ${examples.length} sentences of
 * ${data.length} training messages (${examples.filter((e) => e.tone).length} sentences flagged by the
 * tone rules). Do not edit by hand: add labelled messages and train again.
 */
export const TONE_MODEL: ToneModel = {
  bias: ${round(model.bias)},
  threshold: ${round(model.threshold)},
  weights: {
${body}
  },
};
`,
);
process.stdout.write(
  `${JSON.stringify({ messages: data.length, sentences: examples.length, features: entries.length, bias: round(model.bias), threshold: round(model.threshold) })}\n`,
);
