/**
 * `npm run eval:inbox [-- --no-held-out]`: scores the inbox classifier on the labelled mail in
 * `eval/inbox/` and prints one JSON document:
 * - `crossValidation`: leave-one-file-out over the training files — each file classified by a
 *   model fitted on the others only — with the mistakes listed;
 * - `train`: the shipped model on the training files it was fitted on (an upper bound);
 * - `heldOut`: the shipped model on the held-out file, written by someone else and never tuned
 *   on; only figures, never its messages or mistakes;
 * - `firstSight`: the figures each training file recorded before it joined training.
 *
 * `npm run eval:inbox -- --first-sight FILE [--record]` scores one labelled file with the
 * classifier as committed, a model fitted on the training files without it, and prints kind,
 * rejection precision and recall, employer, role and automated; `--record` writes those figures
 * into the file as its `firstSight`, where they stay.
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
import {
  inboxFirstSightOf,
  recordedInboxFirstSights,
  recordFirstSight,
} from './eval/inbox-first-sight';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const heldOutPath = path.join(root, 'eval', 'inbox', 'held-out.json');
const args = process.argv.slice(2);

async function firstSightCommand(file: string) {
  if (!fs.existsSync(file)) throw new Error(`--first-sight: ${file} does not exist`);
  const record = args.includes('--record');
  if (record && path.resolve(file) === heldOutPath)
    throw new Error('--record: the held-out file is scored, never given a first sight');
  const figures = await inboxFirstSightOf(root, file);
  if (record) await recordFirstSight(file, figures);
  process.stdout.write(
    `${JSON.stringify({ file, recorded: record, firstSight: figures }, null, 2)}\n`,
  );
}

async function report() {
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
  if (args.includes('--no-held-out')) heldOut = { skipped: '--no-held-out' };
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
        firstSight: recordedInboxFirstSights(root),
      },
      null,
      2,
    )}\n`,
  );
}

const firstSightAt = args.indexOf('--first-sight');
if (firstSightAt !== -1) {
  const file = args[firstSightAt + 1];
  if (!file || file.startsWith('--'))
    throw new Error('--first-sight needs the path of a labelled file');
  await firstSightCommand(path.resolve(file));
} else {
  await report();
}
