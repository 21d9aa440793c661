import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { INBOX_MODEL } from '../../src/core/inbox/model-weights';
import { shipInboxModel } from '../../src/core/inbox/model-training';
import {
  classifyAll,
  crossValidate,
  INBOX_GOALS,
  prepareFiles,
  scoreResults,
  trainingFiles,
  trainOn,
  type PreparedMail,
  type SplitScore,
} from './inbox-eval';

const root = path.resolve('.');

/**
 * Floors at the figures the classifier reached on the held-out mail when it was scored (it is
 * never tuned on): a change that reads that mail worse fails here. Where a floor is below the
 * goal in {@link INBOX_GOALS}, the goal is not met yet; README.md says so.
 */
const HELD_OUT_FLOORS = {
  // 0.970 → 0.977 with the cues for Indonesian, Swahili, Vietnamese, Turkish, Czech, Finnish,
  // Greek, Thai and Korean mail.
  kindAccuracy: 0.97,
  // Trained with train-fresh-mail-2.json as well, the model says no a little more readily:
  // precision 0.989 → 0.967, recall 0.978 → 0.989, both above the goal of 0.95.
  rejectionPrecision: 0.96,
  rejectionRecall: 0.98,
  employerAccuracy: 0.89,
  employerExactAccuracy: 0.82,
  roleAccuracy: 0.8,
  automatedAccuracy: 0.89,
};

/**
 * Floors for leave-one-file-out over the training files: each file read by a model without it.
 * They fell when train-fresh-mail-2.json joined (its own first sight: kind 0.85, employer 0.73),
 * and role and automated again when train-fresh-mail-3.json did (its first sight: role 0.66,
 * automated 0.83; 34% of it in languages the cues did not read before). train-fresh-mail-4.json
 * (first sight: kind 0.82, employer 0.75, role 0.61) left them where they were once the cues for
 * its languages and the roles in a subject's shape were read. train-fresh-mail-5.json (first
 * sight: kind 0.93, employer 0.79, role 0.64) brought role to 0.763: its labels keep a
 * title's specialty ("Staff Software Engineer, Platform", "Sr. Associate II – Merchandise
 * Planning") where other writers leave it out, and the same code reads the older files as before.
 * train-fresh-mail-6.json (first sight: kind 0.94, employer 0.60 and 0.43 as spelled, role 0.48)
 * is mail from shared government and health recruitment services, franchise stores and country
 * subsidiaries, labelled with the full official names: with it, exact spelling fell to 0.863 and
 * role to 0.74 and automated to 0.909, while no employer on the older files was read differently.
 */
const CROSS_VALIDATION_FLOORS = {
  kindAccuracy: 0.94,
  rejectionPrecision: 0.96,
  rejectionRecall: 0.96,
  employerAccuracy: 0.92,
  employerExactAccuracy: 0.86,
  roleAccuracy: 0.73,
  automatedAccuracy: 0.9,
};

function figures(score: SplitScore) {
  return {
    kindAccuracy: score.kindAccuracy,
    rejectionPrecision: score.rejection.precision,
    rejectionRecall: score.rejection.recall,
    employerAccuracy: score.employerAccuracy,
    employerExactAccuracy: score.employerExactAccuracy,
    roleAccuracy: score.roleAccuracy,
    automatedAccuracy: score.automatedAccuracy,
  };
}

function expectAtLeast(score: SplitScore, floors: Record<string, number>) {
  const reached = figures(score) as Record<string, number>;
  for (const [name, floor] of Object.entries(floors)) {
    expect(reached[name], `${name}: ${JSON.stringify(reached)}`).toBeGreaterThanOrEqual(floor);
  }
}

describe('inbox classifier evaluation', () => {
  let training: PreparedMail[];
  beforeAll(async () => {
    training = await prepareFiles(trainingFiles(root));
  });

  it('keeps its figures on the held-out mail', async () => {
    const heldOut = await prepareFiles([path.join(root, 'eval', 'inbox', 'held-out.json')]);
    expect(heldOut.length).toBeGreaterThanOrEqual(300);
    const score = scoreResults(classifyAll(heldOut), false);
    expectAtLeast(score, HELD_OUT_FLOORS);
    // The goals themselves, where they are met, must stay met.
    expect(score.rejection.recall).toBeGreaterThanOrEqual(INBOX_GOALS.rejectionRecall);
    expect(score.rejection.precision).toBeGreaterThanOrEqual(INBOX_GOALS.rejectionPrecision);
    expect(score.kindAccuracy).toBeGreaterThanOrEqual(INBOX_GOALS.kindAccuracy);
  });

  it('keeps its figures leave-one-file-out on the training mail', () => {
    expect(training.length).toBeGreaterThanOrEqual(856);
    expectAtLeast(scoreResults(crossValidate(training), false), CROSS_VALIDATION_FLOORS);
  }, 240_000);

  it('ships the model the training mail gives', () => {
    const trained = shipInboxModel(trainOn(training), {
      messages: training.length,
      files: trainingFiles(root).length,
    });
    // Through JSON, as the weights file holds it (a -0 is written 0).
    expect(JSON.parse(JSON.stringify(trained))).toEqual(INBOX_MODEL);
  }, 120_000);
});
