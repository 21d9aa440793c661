/**
 * `npm run train:inbox`: fits the inbox classifier's weights on the training mail in
 * `eval/inbox/train-*.json` (never the held-out file) and writes them to
 * `src/core/inbox/model-weights.ts`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readMail } from '../src/core/inbox/classify';
import { FEATURE_NAMES } from '../src/core/inbox/features';
import { parseMail } from '../src/core/inbox/mail';
import { trainModel, type TrainingExample } from '../src/core/inbox/model';
import { loadLabelledFile, trainingFiles } from './eval/inbox-eval';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const examples: TrainingExample[] = [];
for (const item of trainingFiles(root).flatMap(loadLabelledFile)) {
  const { features } = readMail(await parseMail(item.raw));
  examples.push({ values: features.values, kind: item.expect.kind });
}
const model = trainModel(FEATURE_NAMES, examples);
const out = path.join(root, 'src', 'core', 'inbox', 'model-weights.ts');
fs.writeFileSync(
  out,
  `import type { InboxModel } from './model';\n\n// Written by \`npm run train:inbox\` from ${examples.length} labelled messages; do not edit by hand.\nexport const INBOX_MODEL: InboxModel = ${JSON.stringify(model)};\n`,
);
process.stdout.write(`Trained on ${examples.length} messages; wrote ${path.relative(root, out)}\n`);
