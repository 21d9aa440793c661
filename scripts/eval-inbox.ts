/**
 * `npm run eval:inbox [-- --no-held-out]`: scores the inbox classifier on the labelled mail in
 * `eval/inbox/` and prints one JSON document:
 * - `crossValidation`: leave-one-file-out over the training files — each file classified by a
 *   model fitted on the others only — with the mistakes listed;
 * - `train`: the shipped model on the training files it was fitted on (an upper bound);
 * - `heldOut`: the shipped model on the held-out file, written by someone else and never tuned
 *   on; only figures, never its messages or mistakes.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  classifyAll,
  crossValidate,
  INBOX_GOALS,
  prepareFiles,
  scoreResults,
  trainingFiles,
} from './eval/inbox-eval';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const heldOutPath = path.join(root, 'eval', 'inbox', 'held-out.json');
const files = trainingFiles(root);
const prepared = await prepareFiles(files);
const cross = crossValidate(prepared);
const perFile = Object.fromEntries(
  files.map((file) => {
    const name = path.basename(file);
    const {
      mistakes: _,
      perKind: __,
      confusion: ___,
      ...summary
    } = scoreResults(
      cross.filter((r) => r.file === name),
      false,
    );
    return [name, summary];
  }),
);
let heldOut: unknown = { skipped: `${path.relative(root, heldOutPath)} not found` };
if (process.argv.includes('--no-held-out')) heldOut = { skipped: '--no-held-out' };
else if (fs.existsSync(heldOutPath))
  heldOut = scoreResults(classifyAll(await prepareFiles([heldOutPath])), false);

process.stdout.write(
  `${JSON.stringify(
    {
      goals: INBOX_GOALS,
      files: files.map((f) => path.basename(f)),
      heldOut,
      crossValidation: { ...scoreResults(cross, true), perFile },
      train: scoreResults(classifyAll(prepared), false),
    },
    null,
    2,
  )}\n`,
);
