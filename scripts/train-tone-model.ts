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
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRuleSet, defaultRules } from '../src/core/coach/registry';
import { checkMessage } from '../src/core/coach/check-message';
import { encodeSparse } from '../src/core/coach/tone/codec';
import { toneLexicon } from '../src/core/coach/tone/lexicon';
import type { ShippedToneModel } from '../src/core/coach/tone/model';
import { UNGATED_TONE_RULES } from '../src/core/coach/tone/gate';
import { loadMessages, trainingFiles, type LabelledMessage } from './tone/dataset';
import { DEFAULT_FIT, fit, logit, type Fitted } from './tone/learn';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(root, 'src', 'core', 'coach', 'tone', 'weights.ts');
/** Share of unseen clean messages the chosen thresholds may flag for tone. */
export const ALARM_SHARE = 0.03;

/** The phrase rules alone: no model, no gate. */
const phraseRules = createRuleSet(defaultRules().filter((rule) => rule.id !== 'tone/model'));

interface Scored {
  message: LabelledMessage;
  /** The highest out-of-fold score of its sentences. */
  top: number;
  /** The highest score among sentences a gated phrase rule matched (−∞ when none). */
  topMatched: number;
  /** An ungated tone rule flagged the message. */
  ungated: boolean;
}

function ruleHits(message: LabelledMessage) {
  const { kind, text, context } = message.item;
  const found = checkMessage({ kind, text, context }, { rules: phraseRules }).findings.filter(
    (f) => f.category === 'tone' && f.severity !== 'info',
  );
  return {
    gated: message.examples.map((e) =>
      found.some((f) => !UNGATED_TONE_RULES.has(f.rule) && f.start < e.end && e.start < f.end),
    ),
    ungated: found.some((f) => UNGATED_TONE_RULES.has(f.rule)),
  };
}

function outOfFold(messages: readonly LabelledMessage[]): Scored[] {
  const files = [...new Set(messages.map((m) => m.file))];
  const scored: Scored[] = [];
  for (const file of files) {
    const model = fit(messages.filter((m) => m.file !== file).flatMap((m) => m.examples));
    for (const message of messages.filter((m) => m.file === file)) {
      const hits = ruleHits(message);
      let top = -Infinity;
      let topMatched = -Infinity;
      message.examples.forEach((e, k) => {
        const score = logit(model, e);
        top = Math.max(top, score);
        if (hits.gated[k]) topMatched = Math.max(topMatched, score);
      });
      scored.push({ message, top, topMatched, ungated: hits.ungated });
    }
  }
  return scored;
}

const flagged = (s: Scored, threshold: number, gate: number) =>
  s.ungated || s.top >= threshold || s.topMatched >= gate;

/** The threshold and gate with the best recall at the allowed share of false alarms. */
function chooseThresholds(all: readonly Scored[]) {
  const scored = all.filter((s) => s.message.quotes === 'writer');
  const tone = scored.filter((s) => s.message.tone);
  const clean = scored.filter((s) => s.message.clean);
  const scores = scored.map((s) => s.top).sort((a, b) => a - b);
  const step = Math.max(1, Math.floor(scores.length / 300));
  const candidates = scores.filter((_, i) => i % step === 0);
  let best = { threshold: Infinity, gate: Infinity, recall: 0, alarms: 0 };
  for (const threshold of candidates) {
    for (const gate of candidates) {
      if (gate > threshold) break;
      const alarms = clean.filter((s) => flagged(s, threshold, gate)).length / clean.length;
      if (alarms > ALARM_SHARE) continue;
      const recall = tone.filter((s) => flagged(s, threshold, gate)).length / tone.length;
      if (recall > best.recall) best = { threshold, gate, recall, alarms };
    }
  }
  return best;
}

function render(
  model: Fitted,
  chosen: { threshold: number; gate: number },
  trainedOn: ShippedToneModel['trainedOn'],
): ShippedToneModel {
  const round = (n: number) => Math.round(n * 1e4) / 1e4;
  return {
    trainedOn,
    bias: round(model.bias),
    threshold: round(chosen.threshold),
    gate: round(chosen.gate),
    dense: [...model.dense].map(round),
    sparse: encodeSparse(model.sparse),
  };
}

function main() {
  const messages = loadMessages(trainingFiles(root), toneLexicon());
  const examples = messages.flatMap((m) => m.examples);
  const scored = outOfFold(messages);
  const chosen = chooseThresholds(scored);
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
  fs.writeFileSync(OUT, source);
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
        bytes: shipped.sparse.data.length,
      },
      null,
      2,
    )}\n`,
  );
}

main();
