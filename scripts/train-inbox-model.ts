/**
 * `npm run train:inbox`: fits the inbox classifier on the training mail in
 * `eval/inbox/train-*.json` (never the held-out file) and writes it to
 * `src/core/inbox/model-weights.ts`.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { shipInboxModel } from '../src/core/inbox/model-training';
import { prepareFiles, trainingFiles, trainOn } from './eval/inbox-eval';
import { writeSource } from './write-source';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const files = trainingFiles(root);
const prepared = await prepareFiles(files);
const model = shipInboxModel(trainOn(prepared), {
  messages: prepared.length,
  files: files.length,
});
const out = path.join(root, 'src', 'core', 'inbox', 'model-weights.ts');
await writeSource(
  out,
  `import type { ShippedInboxModel } from './model';

/**
 * The inbox model, written by \`npm run train:inbox\` from ${prepared.length} labelled messages in
 * ${files.length} files. Do not edit by hand: add labelled mail and train again.
 */
export const INBOX_MODEL: ShippedInboxModel = ${JSON.stringify(model, null, 2)};
`,
);
process.stdout.write(`Trained on ${prepared.length} messages; wrote ${path.relative(root, out)}\n`);
