import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { classifyMail, type MailClassification } from '../../src/core/inbox/classify';
import { sameCompany } from '../../src/core/inbox/company-match';
import { companyKey } from '../../src/core/inbox/employer';
import { extractFeatures, FEATURE_NAMES } from '../../src/core/inbox/features';
import { MAIL_KINDS, type MailKind } from '../../src/core/inbox/kinds';
import { parseMail, type InboxMail } from '../../src/core/inbox/mail';
import type { InboxModel } from '../../src/core/inbox/model';
import {
  trainInboxModel,
  type TrainingExample,
  type TrainingOptions,
} from '../../src/core/inbox/model-training';
import { readMail } from '../../src/core/inbox/reading';

const itemSchema = z.object({
  id: z.string(),
  raw: z.string(),
  expect: z.object({
    kind: z.enum(MAIL_KINDS),
    company: z.string().nullable(),
    role: z.string().nullable(),
    automated: z.boolean(),
  }),
});
export type LabelledMail = z.infer<typeof itemSchema>;
/**
 * A labelled file. `firstSight` holds the figures the file got before it joined training
 * (`scripts/eval/inbox-first-sight.ts` checks its shape when it reports them).
 */
const fileSchema = z.object({
  description: z.string(),
  firstSight: z.record(z.string(), z.unknown()).optional(),
  items: z.array(itemSchema),
});

/** The goals on mail the classifier was not tuned on (issue 15). */
export const INBOX_GOALS = {
  rejectionRecall: 0.95,
  rejectionPrecision: 0.95,
  kindAccuracy: 0.9,
  employerAccuracy: 0.9,
} as const;

export function loadLabelledFile(file: string): LabelledMail[] {
  const parsed = fileSchema.safeParse(JSON.parse(fs.readFileSync(file, 'utf8')));
  if (!parsed.success)
    throw new Error(
      `${file}: ${parsed.error.issues[0]?.path.join('.')}: ${parsed.error.issues[0]?.message}`,
    );
  return parsed.data.items;
}

/** The training files: every `eval/inbox/train-*.json`. */
export function trainingFiles(root: string): string[] {
  const dir = path.join(root, 'eval', 'inbox');
  return fs
    .readdirSync(dir)
    .filter((f) => /^train-.*\.json$/.test(f))
    .sort()
    .map((f) => path.join(dir, f));
}

const sameText = (a: string | null, b: string | null) =>
  a === null || b === null ? a === b : companyKey(a) === companyKey(b);

/**
 * A role as a label and the reader are compared: gender markers ("(m/w/d)", "(H/F)"), a
 * workload ("80-100%") and feminine endings written beside the word ("Chargé(e)", "Técnico/a")
 * are how a post is advertised, not which post it is.
 */
export function roleKey(role: string): string {
  return companyKey(
    role
      .replace(/\((?:[mwfdhx]\/){1,3}[mwfdhx]\)|\(all genders\)/gi, ' ')
      .replace(/\s*\d{2,3}(?:\s*[-–]\s*\d{2,3})?\s*%/g, ' ')
      .replace(/\((?:e|a|in|r)\)|\/(?:e|a|in|r)\b/gi, ' '),
  );
}

const sameRole = (a: string | null, b: string | null) =>
  a === null || b === null ? a === b : roleKey(a) === roleKey(b);

/** The employer read is right when it names the labelled company the way the app matches one. */
const sameEmployer = (a: string | null, b: string | null) =>
  a === null || b === null ? a === b : sameCompany(a, b);

export interface SplitScore {
  items: number;
  kindAccuracy: number;
  /** Employer read names the labelled company ("Halcyon" for Halcyon Travel, "NHS FT"…). */
  employerAccuracy: number;
  /** Employer read spelled as the label, legal form, case and accents aside. */
  employerExactAccuracy: number;
  roleAccuracy: number;
  automatedAccuracy: number;
  rejection: {
    precision: number;
    recall: number;
    truePositives: number;
    predicted: number;
    actual: number;
  };
  perKind: Record<MailKind, { precision: number; recall: number; actual: number }>;
  confusion: Record<MailKind, Record<MailKind, number>>;
  meetsGoals: boolean;
  /** Ids of the items the classifier got wrong, and how (shown for training data only). */
  mistakes?: { id: string; field: string; expected: unknown; got: unknown }[];
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : Math.round((a / b) * 1000) / 1000);

/** A labelled message parsed once, with the file it came from and its model features. */
export interface PreparedMail {
  item: LabelledMail;
  file: string;
  mail: InboxMail;
  example: TrainingExample;
}

/** Parses every item of the given files and reads its features. */
export async function prepareFiles(files: readonly string[]): Promise<PreparedMail[]> {
  const out: PreparedMail[] = [];
  for (const file of files) {
    for (const item of loadLabelledFile(file)) {
      const mail = await parseMail(item.raw);
      const features = extractFeatures(readMail(mail));
      out.push({
        item,
        file: path.basename(file),
        mail,
        example: { dense: features.values, sparse: features.sparse, kind: item.expect.kind },
      });
    }
  }
  return out;
}

/** Fits a model on prepared training mail. */
export const trainOn = (prepared: readonly PreparedMail[], options?: TrainingOptions) =>
  trainInboxModel(
    FEATURE_NAMES,
    prepared.map((p) => p.example),
    options,
  );

/** The classifier's answer for each prepared message, with the given model (or the shipped one). */
export const classifyAll = (prepared: readonly PreparedMail[], model?: InboxModel) =>
  prepared.map((p) => ({ item: p.item, got: classifyMail(p.mail, model) }));

/**
 * Leave-one-file-out: each training file is classified by a model fitted on the other files
 * only, the way mail from a new writer would be. Returns the answers for every item.
 */
export function crossValidate(prepared: readonly PreparedMail[], options?: TrainingOptions) {
  const files = [...new Set(prepared.map((p) => p.file))];
  return files.flatMap((file) => {
    const model = trainOn(
      prepared.filter((p) => p.file !== file),
      options,
    );
    return classifyAll(
      prepared.filter((p) => p.file === file),
      model,
    ).map((r) => ({ ...r, file }));
  });
}

/** Scores classifier answers for kind, employer, role and automated against the labels. */
export function scoreResults(
  results: readonly { item: LabelledMail; got: MailClassification }[],
  withMistakes: boolean,
): SplitScore {
  const items = results.map((r) => r.item);
  const confusion = Object.fromEntries(
    MAIL_KINDS.map((k) => [k, Object.fromEntries(MAIL_KINDS.map((j) => [j, 0]))]),
  ) as Record<MailKind, Record<MailKind, number>>;
  const mistakes: NonNullable<SplitScore['mistakes']> = [];
  let kindOk = 0;
  let employerOk = 0;
  let employerExact = 0;
  let roleOk = 0;
  let automatedOk = 0;
  for (const { item, got } of results) {
    confusion[item.expect.kind][got.kind] += 1;
    const check = (field: string, ok: boolean, expected: unknown, value: unknown) => {
      if (!ok) mistakes.push({ id: item.id, field, expected, got: value });
      return ok ? 1 : 0;
    };
    kindOk += check('kind', got.kind === item.expect.kind, item.expect.kind, got.kind);
    employerOk += check(
      'company',
      sameEmployer(got.company, item.expect.company),
      item.expect.company,
      got.company,
    );
    employerExact += sameText(got.company, item.expect.company) ? 1 : 0;
    roleOk += check('role', sameRole(got.role, item.expect.role), item.expect.role, got.role);
    automatedOk += check(
      'automated',
      got.automated === item.expect.automated,
      item.expect.automated,
      got.automated,
    );
  }
  const perKind = Object.fromEntries(
    MAIL_KINDS.map((kind) => {
      const actual = MAIL_KINDS.reduce((n, k) => n + confusion[kind][k], 0);
      const predicted = MAIL_KINDS.reduce((n, k) => n + confusion[k][kind], 0);
      const hits = confusion[kind][kind];
      return [kind, { precision: ratio(hits, predicted), recall: ratio(hits, actual), actual }];
    }),
  ) as SplitScore['perKind'];
  const n = items.length;
  const rejectionPredicted = MAIL_KINDS.reduce((s, k) => s + confusion[k].rejection, 0);
  const rejectionActual = perKind.rejection.actual;
  const score: SplitScore = {
    items: n,
    kindAccuracy: ratio(kindOk, n),
    employerAccuracy: ratio(employerOk, n),
    employerExactAccuracy: ratio(employerExact, n),
    roleAccuracy: ratio(roleOk, n),
    automatedAccuracy: ratio(automatedOk, n),
    rejection: {
      precision: perKind.rejection.precision,
      recall: perKind.rejection.recall,
      truePositives: confusion.rejection.rejection,
      predicted: rejectionPredicted,
      actual: rejectionActual,
    },
    perKind,
    confusion,
    meetsGoals:
      perKind.rejection.recall >= INBOX_GOALS.rejectionRecall &&
      perKind.rejection.precision >= INBOX_GOALS.rejectionPrecision &&
      ratio(kindOk, n) >= INBOX_GOALS.kindAccuracy &&
      ratio(employerOk, n) >= INBOX_GOALS.employerAccuracy,
  };
  if (withMistakes) score.mistakes = mistakes;
  return score;
}
