/**
 * `npm run eval:inbox`: scores the inbox classifier on the labelled mail in `eval/inbox/` — the
 * training files and, when present, the held-out file written by someone else and never tuned
 * on — and prints one JSON document. Mistakes are listed for the training files only.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { INBOX_GOALS, loadLabelledFile, scoreItems, trainingFiles } from './eval/inbox-eval';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const heldOutPath = path.join(root, 'eval', 'inbox', 'held-out.json');
const files = trainingFiles(root);
const train = files.flatMap(loadLabelledFile);
const heldOut = fs.existsSync(heldOutPath)
  ? await scoreItems(loadLabelledFile(heldOutPath), false)
  : { skipped: `${path.relative(root, heldOutPath)} not found` };

process.stdout.write(
  `${JSON.stringify(
    {
      goals: INBOX_GOALS,
      files: files.map((f) => path.basename(f)),
      heldOut,
      train: await scoreItems(train, true),
    },
    null,
    2,
  )}\n`,
);
