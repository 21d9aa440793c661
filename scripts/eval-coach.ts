/**
 * `npm run eval:coach`: scores the coach on the project's labelled messages and prints one JSON
 * document: each held-out file (never trained on, never tuned on) and all of them together, the
 * training files, the first-sight figures each training batch recorded before it joined training
 * (the last three first), and the shared calibration set when it is beside the checkout — with
 * VADER and AFINN used as tone detectors on the same messages.
 *
 * `npm run eval:coach -- --first-sight FILE [--record]` scores a new batch before it joins
 * training; `--record` writes the figures into the file as its `firstSight`, where they stay.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  afinnDetector,
  coachDetector,
  GOALS,
  loadItems,
  meetsGoals,
  score,
  splitItems,
  vaderDetector,
  type LabelledItem,
} from './eval/coach-eval';
import { firstSightOf, recordedFirstSights } from './eval/first-sight';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const dir = path.join(root, 'eval', 'coach');

function split(items: LabelledItem[]) {
  const coach = score(items, coachDetector);
  const summary = verbose ? coach : { ...coach, offTarget: coach.offTarget.length };
  const baseline = (detect: typeof vaderDetector) => {
    const s = score(items, detect, ['tone']);
    return { toneRecall: s.recall.tone?.rate ?? null, falseAlarmRate: s.falseAlarmRate };
  };
  return {
    coach: summary,
    meetsGoals: meetsGoals(coach),
    sentimentAsToneDetector: { vader: baseline(vaderDetector), afinn: baseline(afinnDetector) },
  };
}

function firstSightCommand(file: string) {
  const figures = firstSightOf(loadItems(file));
  if (args.includes('--record')) {
    const raw = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
    const withFigures = { ...raw, firstSight: figures };
    fs.writeFileSync(file, `${JSON.stringify(withFigures, null, 2)}\n`);
  }
  process.stdout.write(`${JSON.stringify({ file, firstSight: figures }, null, 2)}\n`);
}

function report() {
  const files = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort();
  const heldOutFiles = files.filter((f) => f.startsWith('held-out'));
  const devPath = path.resolve(root, '..', 'shared', 'coach-eval', 'dev.json');
  const firstSights = recordedFirstSights(dir);
  const document = {
    goals: GOALS,
    heldOut: {
      all: split(splitItems(root, 'held-out')),
      ...Object.fromEntries(heldOutFiles.map((f) => [f, split(loadItems(path.join(dir, f)))])),
    },
    firstSight: { lastThree: firstSights.slice(-3), all: firstSights },
    train: split(splitItems(root, 'train')),
    dev: fs.existsSync(devPath) ? split(loadItems(devPath)) : { skipped: `${devPath} not found` },
    fixtures: Object.fromEntries(
      files.map((f) => {
        const file = JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8'));
        return [f, { items: file.items?.length ?? 0, description: file.description ?? '' }];
      }),
    ),
  };
  process.stdout.write(`${JSON.stringify(document, null, 2)}\n`);
}

const firstSightAt = args.indexOf('--first-sight');
if (firstSightAt !== -1) {
  const file = args[firstSightAt + 1];
  if (!file) throw new Error('--first-sight needs the path of a labelled batch');
  firstSightCommand(path.resolve(file));
} else {
  report();
}
