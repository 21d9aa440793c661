/**
 * First-sight figures: how the coach did on a batch of labelled messages before the batch joined
 * training. They are measured once, recorded in the batch's file and never recomputed, so the
 * record shows how the coach does on writing it has not seen — the figure that matters.
 */
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { coachDetector, score, vaderDetector, type LabelledItem } from './coach-eval';

export interface FirstSight {
  /** When the figures were taken, and the commit of the coach that took them. */
  measuredOn: string;
  coach: string;
  items: number;
  clean: number;
  tone: { found: number; of: number; rate: number };
  /** Clean messages flagged for anything at warning or error. */
  falseAlarms: { count: number; of: number; rate: number };
  /** Clean messages flagged for tone. */
  toneFalseAlarms: { count: number; of: number; rate: number };
  /** Recall of the other problem groups, where the batch has any. */
  other: Record<string, { found: number; of: number; rate: number }>;
  vader: { toneRecall: number | null; falseAlarmRate: number };
}

const round = (n: number) => Math.round(n * 1000) / 1000;

function commit(): string {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
}

/** Scores a batch with the coach as it is now. */
export function firstSightOf(items: readonly LabelledItem[], today = new Date()): FirstSight {
  const coach = score(items, coachDetector);
  const vader = score(items, vaderDetector, ['tone']);
  const toneOnly = score(items, coachDetector, ['tone']);
  const tone = coach.recall.tone ?? { found: 0, of: 0, rate: 0 };
  const other = Object.fromEntries(
    Object.entries(coach.recall).filter(([group]) => group !== 'tone'),
  ) as FirstSight['other'];
  return {
    measuredOn: today.toISOString().slice(0, 10),
    coach: commit(),
    items: coach.items,
    clean: coach.clean,
    tone,
    falseAlarms: {
      count: coach.falseAlarms.length,
      of: coach.clean,
      rate: coach.falseAlarmRate,
    },
    toneFalseAlarms: {
      count: toneOnly.falseAlarms.length,
      of: toneOnly.clean,
      rate: toneOnly.falseAlarmRate,
    },
    other,
    vader: {
      toneRecall: vader.recall.tone?.rate ?? null,
      falseAlarmRate: round(vader.falseAlarmRate),
    },
  };
}

/** Every training file's recorded first sight, oldest batch first (by file number). */
export function recordedFirstSights(dir: string): ({ file: string } & FirstSight)[] {
  const number = (f: string) => Number(/(\d+)/.exec(f)?.[1] ?? 0);
  return fs
    .readdirSync(dir)
    .filter((f) => f.startsWith('train') && f.endsWith('.json'))
    .map((f) => ({ f, raw: JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) }))
    .filter(({ raw }) => raw.firstSight)
    .sort((a, b) => number(a.f) - number(b.f))
    .map(({ f, raw }) => ({ file: f, ...(raw.firstSight as FirstSight) }));
}
