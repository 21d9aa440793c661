/**
 * `npm run eval:coach`: scores the coach on the project's labelled messages (train and held-out)
 * and on the shared calibration set when it is beside the checkout, next to VADER and AFINN used
 * as tone detectors on the same messages. Prints one JSON document.
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
  vaderDetector,
  splitItems,
  type LabelledItem,
} from './eval/coach-eval';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const verbose = process.argv.includes('--verbose');

function split(items: LabelledItem[]) {
  const coach = score(items, coachDetector);
  const summary = verbose
    ? coach
    : { ...coach, falseAlarms: coach.falseAlarms, missed: coach.missed };
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

const devPath = path.resolve(root, '..', 'shared', 'coach-eval', 'dev.json');
const dev = fs.existsSync(devPath)
  ? split(loadItems(devPath))
  : { skipped: `${devPath} not found` };

process.stdout.write(
  `${JSON.stringify(
    {
      goals: GOALS,
      fixtures: Object.fromEntries(
        fs
          .readdirSync(path.join(root, 'eval', 'coach'))
          .filter((f) => f.endsWith('.json'))
          .sort()
          .map((f) => {
            const file = JSON.parse(fs.readFileSync(path.join(root, 'eval', 'coach', f), 'utf8'));
            return [f, { items: file.items?.length ?? 0, description: file.description ?? '' }];
          }),
      ),
      heldOut: split(splitItems(root, 'held-out')),
      train: split(splitItems(root, 'train')),
      dev,
    },
    null,
    2,
  )}\n`,
);
