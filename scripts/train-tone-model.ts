/**
 * `npm run train:tone`: fits the coach's tone model on the training messages
 * (`eval/coach/train*.json`, never a held-out file) and writes it to
 * `src/core/coach/tone/weights.ts`.
 *
 * Examples are body sentences (see `scripts/tone/dataset.ts`). Two thresholds are chosen from
 * leave-one-file-out scores — each file scored by a model that never saw it, which is what a
 * new register looks like to the coach: `threshold`, above which the model reports a sentence
 * itself, and `gate`, below which a phrase rule's match is dropped. They are the pair with the
 * highest tone recall while at most {@link ALARM_SHARE} of clean messages are flagged.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { encodeSparse } from '../src/core/sparse-weights';
import { toneLexicon } from '../src/core/coach/tone/lexicon';
import type { ShippedToneModel } from '../src/core/coach/tone/model';
import { loadMessages, trainingFiles } from './tone/dataset';
import { chooseThresholds, outOfFold, type Thresholds } from './tone/calibrate';
import { DEFAULT_FIT, fit, type Fitted } from './tone/learn';
import { writeSource } from './write-source';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(root, 'src', 'core', 'coach', 'tone', 'weights.ts');
/** Share of unseen clean messages the chosen thresholds may flag for tone. */
export const ALARM_SHARE = 0.04;

function render(
  model: Fitted,
  chosen: Thresholds,
  trainedOn: ShippedToneModel['trainedOn'],
): ShippedToneModel {
  const round = (n: number) => Math.round(n * 1e4) / 1e4;
  return {
    trainedOn,
    bias: round(model.bias),
    threshold: round(chosen.threshold),
    gate: round(chosen.gate),
    strongGate: round(chosen.strongGate),
    ruleGates: Object.fromEntries(
      Object.entries(chosen.ruleGates).map(([key, value]) => [
        key,
        Number.isFinite(value) ? round(value) : value > 0 ? 1e6 : -1e6,
      ]),
    ),
    dense: [...model.dense].map(round),
    sparse: encodeSparse(model.sparse),
  };
}

async function main() {
  const messages = loadMessages(trainingFiles(root), toneLexicon());
  const examples = messages.flatMap((m) => m.examples);
  const scored = outOfFold(messages);
  const chosen = chooseThresholds(scored, ALARM_SHARE);
  const model = fit(examples, DEFAULT_FIT);
  const shipped = render(model, chosen, {
    messages: messages.length,
    sentences: examples.length,
    files: trainingFiles(root).length,
  });
  const source = `import type { ShippedToneModel } from './model';

/**
 * The tone model, written by \`npm run train:tone\` from ${examples.length} sentences of
 * ${messages.length} training messages in ${shipped.trainedOn.files} files. Do not edit by hand:
 * add labelled messages and train again.
 */
export const TONE_MODEL: ShippedToneModel = ${JSON.stringify(shipped, null, 2)};
`;
  await writeSource(OUT, source);
  process.stdout.write(
    `${JSON.stringify(
      {
        wrote: path.relative(root, OUT),
        messages: messages.length,
        sentences: examples.length,
        outOfFold: {
          toneRecall: Math.round(chosen.recall * 1000) / 1000,
          falseAlarmRate: Math.round(chosen.alarms * 1000) / 1000,
        },
        threshold: shipped.threshold,
        gate: shipped.gate,
        strongGate: shipped.strongGate,
        ruleGates: shipped.ruleGates,
        bytes: shipped.sparse.data.length,
      },
      null,
      2,
    )}\n`,
  );
}

await main();
