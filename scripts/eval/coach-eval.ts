import fs from 'node:fs';
import path from 'node:path';
import Sentiment from 'sentiment';
import vader from 'vader-sentiment';
import { z } from 'zod';
import { checkMessage } from '../../src/core/coach/index';
import { coachContextSchema } from '../../src/core/coach/input-schema';
import { COACH_CATEGORIES, type CoachCategory } from '../../src/core/coach/types';
import { MESSAGE_KINDS } from '../../src/core/enums';

/**
 * Scores a detector on labelled messages: recall per problem group, and the false-alarm rate
 * on clean messages (a flag in a forbidden category at warning or error).
 */

const category = z.enum(COACH_CATEGORIES);

const itemSchema = z.object({
  id: z.string(),
  kind: z.enum(MESSAGE_KINDS),
  text: z.string(),
  context: coachContextSchema,
  expect: z.array(category).default([]),
  expect_any: z.array(category).default([]),
  forbid: z.array(category).optional(),
  note: z.string().optional(),
  /** For tone items: the words that carry the problem, copied from `text`. */
  quote: z.array(z.string()).optional(),
});
export type LabelledItem = z.output<typeof itemSchema> & { forbid: CoachCategory[] };

const profileFileSchema = z.object({
  profiles: z.record(z.string(), z.record(z.string(), z.unknown())),
  items: z.array(z.record(z.string(), z.unknown())),
});

/** What a clean message must not be flagged for, unless an item says otherwise. */
const CLEAN_FORBID: CoachCategory[] = [
  'tone',
  'template',
  'personalization',
  'accuracy',
  'length',
  'timing',
];
/** What a message with one problem must not also be flagged for (besides what it expects). */
const PROBLEM_FORBID: CoachCategory[] = ['tone', 'template', 'accuracy', 'length'];

function withForbid(item: z.output<typeof itemSchema>): LabelledItem {
  const expected = new Set([...item.expect, ...item.expect_any]);
  const forbid =
    item.forbid ??
    (expected.size === 0 ? CLEAN_FORBID : PROBLEM_FORBID.filter((c) => !expected.has(c)));
  return { ...item, forbid };
}

/**
 * Reads a fixture file: either a list of items (the shared calibration set's format) or
 * `{ profiles, items }`, where an item names a profile for its context and may override fields.
 */
export function loadItems(file: string): LabelledItem[] {
  const raw: unknown = JSON.parse(fs.readFileSync(file, 'utf8'));
  const rows = Array.isArray(raw)
    ? raw
    : (() => {
        const parsed = profileFileSchema.parse(raw);
        return parsed.items.map((item) => {
          const { profile, context, ...rest } = item as { profile?: string; context?: object };
          const base = profile === undefined ? {} : parsed.profiles[profile];
          if (base === undefined) throw new Error(`${file}: unknown profile ${String(profile)}`);
          return { ...rest, context: { ...base, ...(context ?? {}) } };
        });
      })();
  return rows.map((row, index) => {
    const result = itemSchema.safeParse(row);
    if (!result.success) {
      throw new Error(`${file}: item ${index}: ${result.error.issues[0]?.message ?? 'invalid'}`);
    }
    return withForbid(result.data);
  });
}

/** Problem groups the goals are stated for; template and personalization share one. */
export const GROUPS = ['tone', 'template/personalization', 'accuracy', 'length', 'timing'] as const;
export type Group = (typeof GROUPS)[number];

function groupOf(c: CoachCategory): Group | null {
  if (c === 'template' || c === 'personalization') return 'template/personalization';
  return (GROUPS as readonly string[]).includes(c) ? (c as Group) : null;
}

/** Categories a detector flags for a message. */
export type Detector = (item: LabelledItem) => ReadonlySet<CoachCategory>;

export interface Score {
  items: number;
  clean: number;
  recall: Partial<Record<Group, { found: number; of: number; rate: number }>>;
  falseAlarmRate: number;
  falseAlarms: string[];
  missed: string[];
  /** Problem messages also flagged in a category they should not be. */
  offTarget: string[];
}

const round = (n: number) => Math.round(n * 1000) / 1000;

export function score(
  items: readonly LabelledItem[],
  detect: Detector,
  only?: readonly Group[],
): Score {
  const tally = new Map<Group, { found: number; of: number }>();
  const falseAlarms: string[] = [];
  const missed: string[] = [];
  const offTarget: string[] = [];
  let clean = 0;
  for (const item of items) {
    const flagged = detect(item);
    const isClean = item.expect.length === 0 && item.expect_any.length === 0;
    const forbidden = item.forbid.filter((c) => !only || only.includes(groupOf(c) ?? 'timing'));
    const alarm = forbidden.some((c) => flagged.has(c));
    if (isClean) {
      clean += 1;
      if (alarm) falseAlarms.push(item.id);
      continue;
    }
    if (alarm) offTarget.push(item.id);
    const wants: [Group, boolean][] = item.expect.map((c) => [
      groupOf(c) ?? 'tone',
      flagged.has(c),
    ]);
    const any = item.expect_any[0];
    if (any !== undefined)
      wants.push([groupOf(any) ?? 'tone', item.expect_any.some((c) => flagged.has(c))]);
    for (const [group, hit] of wants) {
      if (only && !only.includes(group)) continue;
      const t = tally.get(group) ?? { found: 0, of: 0 };
      t.of += 1;
      if (hit) t.found += 1;
      else missed.push(`${item.id} (${group})`);
      tally.set(group, t);
    }
  }
  const recall: Score['recall'] = {};
  for (const group of GROUPS) {
    const t = tally.get(group);
    if (t) recall[group] = { ...t, rate: round(t.found / t.of) };
  }
  return {
    items: items.length,
    clean,
    recall,
    falseAlarmRate: clean === 0 ? 0 : round(falseAlarms.length / clean),
    falseAlarms,
    missed,
    offTarget,
  };
}

/** The coach: a category is flagged by a warning or an error in it. */
export const coachDetector: Detector = (item) => {
  const result = checkMessage({ kind: item.kind, text: item.text, context: item.context });
  return new Set(result.findings.filter((f) => f.severity !== 'info').map((f) => f.category));
};

/** VADER used as a tone detector: negative compound sentiment (≤ −0.05, its usual cut-off). */
export const vaderDetector: Detector = (item) =>
  vader.SentimentIntensityAnalyzer.polarity_scores(item.text).compound <= -0.05
    ? new Set(['tone'])
    : new Set();

const afinn = new Sentiment();
/** AFINN used as a tone detector: a negative total score. */
export const afinnDetector: Detector = (item) =>
  afinn.analyze(item.text).score < 0 ? new Set(['tone']) : new Set();

/** Recall at least this per goal group, on data the coach was not tuned on (PRODUCT.md). */
export const GOALS = {
  recall: 0.9,
  falseAlarmRate: 0.05,
  groups: ['tone', 'template/personalization', 'accuracy', 'length'] as Group[],
};

export function meetsGoals(result: Score): boolean {
  return (
    result.falseAlarmRate <= GOALS.falseAlarmRate &&
    GOALS.groups.every((g) => (result.recall[g]?.rate ?? 1) >= GOALS.recall)
  );
}

/** Every fixture file of a split (`eval/coach/<split>*.json` under `root`), scored together. */
export function splitItems(root: string, prefix: 'train' | 'held-out'): LabelledItem[] {
  const dir = path.join(root, 'eval', 'coach');
  return fs
    .readdirSync(dir)
    .filter((f) => f.startsWith(prefix) && f.endsWith('.json'))
    .sort()
    .flatMap((f) => loadItems(path.join(dir, f)));
}
