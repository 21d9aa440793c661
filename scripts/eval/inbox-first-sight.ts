/**
 * First-sight figures for the inbox classifier: how it reads a new labelled file before the file
 * joins training. They are taken once, with a model fitted on the training files without that
 * file, recorded in the file as its `firstSight` and never recomputed: the record shows how the
 * classifier does on mail from a writer it has not seen.
 */
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { z } from 'zod';
import { writeSource } from '../write-source';
import {
  classifyAll,
  prepareFiles,
  scoreResults,
  trainingFiles,
  trainOn,
  type SplitScore,
} from './inbox-eval';

const rate = z.number().min(0).max(1);

/** The `firstSight` field of a labelled file. */
export const inboxFirstSightSchema = z.object({
  /** When the figures were taken, and the commit of the classifier that took them. */
  measuredOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  classifier: z.string(),
  /** The training files the model was fitted on and how many messages they held. */
  trainedOn: z.object({ files: z.number().int(), messages: z.number().int() }),
  items: z.number().int(),
  kindAccuracy: rate,
  rejection: z.object({
    precision: rate,
    recall: rate,
    truePositives: z.number().int(),
    predicted: z.number().int(),
    actual: z.number().int(),
  }),
  employerAccuracy: rate,
  /** Employer read with the spelling of the label (legal form, case and accents aside). */
  employerExactAccuracy: rate.optional(),
  roleAccuracy: rate,
  automatedAccuracy: rate,
  /** How the figures were obtained when they were not taken by `--first-sight`. */
  note: z.string().optional(),
});
export type InboxFirstSight = z.infer<typeof inboxFirstSightSchema>;

/** The commit the figures were taken at; a changed work tree is marked, as it is not that commit. */
function classifierCommit(root: string): string {
  try {
    const git = (...args: string[]) =>
      execFileSync('git', args, { cwd: root, encoding: 'utf8' }).trim();
    const dirty = git('status', '--porcelain', '--', 'src', 'scripts') !== '';
    return `${git('rev-parse', '--short', 'HEAD')}${dirty ? '+changes' : ''}`;
  } catch {
    return 'unknown';
  }
}

/** The figures a first sight records, from a score of the file. */
export function firstSightFigures(score: SplitScore) {
  return {
    items: score.items,
    kindAccuracy: score.kindAccuracy,
    rejection: score.rejection,
    employerAccuracy: score.employerAccuracy,
    employerExactAccuracy: score.employerExactAccuracy,
    roleAccuracy: score.roleAccuracy,
    automatedAccuracy: score.automatedAccuracy,
  };
}

/**
 * Scores one labelled file with the classifier as committed: the model is fitted on the training
 * files in `root` without `file` (whether or not `file` is one of them), the reading rules are the
 * code's. Any file in the labelled-file schema can be scored.
 */
export async function inboxFirstSightOf(
  root: string,
  file: string,
  today = new Date(),
): Promise<InboxFirstSight> {
  const target = path.resolve(file);
  const others = trainingFiles(root).filter((f) => path.resolve(f) !== target);
  const scored = await prepareFiles([target]);
  // A copy of a message in the training files would be seen already: it is left out.
  const seen = new Set(scored.map((p) => p.item.raw));
  const training = (await prepareFiles(others)).filter((p) => !seen.has(p.item.raw));
  const model = trainOn(training);
  const score = scoreResults(classifyAll(scored, model), false);
  return {
    measuredOn: today.toISOString().slice(0, 10),
    classifier: classifierCommit(root),
    trainedOn: { files: others.length, messages: training.length },
    ...firstSightFigures(score),
  };
}

/**
 * Writes first-sight figures into a labelled file, keeping everything else in it as it was,
 * formatted as the repository formats its files.
 */
export async function recordFirstSight(file: string, figures: InboxFirstSight): Promise<void> {
  const raw = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
  if (raw.firstSight !== undefined)
    throw new Error(`${file}: firstSight is already recorded; first sight is taken once`);
  const { items, ...head } = raw;
  await writeSource(file, JSON.stringify({ ...head, firstSight: figures, items }, null, 2));
}

/** Every training file's recorded first sight, in file-name order. */
export function recordedInboxFirstSights(root: string): ({ file: string } & InboxFirstSight)[] {
  return trainingFiles(root).flatMap((file) => {
    const raw = JSON.parse(fs.readFileSync(file, 'utf8')) as { firstSight?: unknown };
    if (raw.firstSight === undefined) return [];
    const parsed = inboxFirstSightSchema.safeParse(raw.firstSight);
    if (!parsed.success)
      throw new Error(
        `${file}: firstSight.${parsed.error.issues[0]?.path.join('.')}: ${parsed.error.issues[0]?.message}`,
      );
    return [{ file: path.basename(file), ...parsed.data }];
  });
}
