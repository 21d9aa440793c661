/**
 * `npm run eval:federal`: renders the labelled résumés in `eval/federal/` in their formats (PDF,
 * Word, text), reads and checks each with the real readers and rules, and prints each rule's
 * recall and false-alarm rate on the training splits and the held-out split as JSON.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { GOALS, loadResumes, meetsGoals, runCases, score } from './eval/federal-eval';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dir = path.join(root, 'eval/federal');
const announcements = path.join(dir, 'announcements');

const report: Record<string, unknown> = { goals: GOALS };
for (const split of ['train', 'train-2', 'held-out']) {
  const scored = score(await runCases(loadResumes(path.join(dir, `${split}.txt`)), announcements));
  report[split] = { ...scored, meetsGoals: meetsGoals(scored) };
}
process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
