import type { Application, StageEvent } from '../core/application';
import type { InterviewFormat, Relationship } from '../core/enums';
import { newId } from '../core/ids';
import type { Contact } from '../core/contact';
import type { Interaction } from '../core/interaction';
import type { Interview } from '../core/interview';
import type { Message } from '../core/message';
import type { Rejection } from '../core/rejection';
import type { Task } from '../core/task';
import { DEMO_QUESTIONS, DEMO_TOPICS } from './demo-data';

export const DAY = 86_400_000;

/** A small seeded generator (mulberry32) so the same seed makes the same workspace. */
export function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (max: number) => Math.floor(next() * max),
    pick: <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T,
    /** True with probability `p`. */
    chance: (p: number) => next() < p,
  };
}
export type Rng = ReturnType<typeof random>;

/** Everything the sample workspace holds, before it is written. */
export interface DemoData {
  applications: Application[];
  stageEvents: StageEvent[];
  contacts: Contact[];
  links: [string, string][];
  interviews: Interview[];
  interactions: Interaction[];
  messages: Message[];
  rejections: Rejection[];
  tasks: Task[];
}

export const iso = (ms: number) => new Date(ms).toISOString();

export function relationshipTitle(relationship: Relationship): string {
  switch (relationship) {
    case 'recruiter':
      return 'Talent Partner';
    case 'hiring_manager':
      return 'Engineering Manager';
    case 'interviewer':
      return 'Senior Team Member';
    default:
      return 'Colleague';
  }
}

export function pushInterview(
  data: DemoData,
  rng: Rng,
  applicationId: string,
  atMs: number,
  round: number,
  format: InterviewFormat,
  contactIds: string[],
) {
  const at = new Date(atMs).toISOString();
  data.interviews.push({
    id: newId('ivw'),
    applicationId,
    scheduledAt: at,
    round,
    format,
    durationMinutes: format === 'panel' ? 180 : 45,
    topics: [rng.pick(DEMO_TOPICS), rng.pick(DEMO_TOPICS)].filter(
      (t, i, all) => all.indexOf(t) === i,
    ),
    questions:
      round === 1
        ? []
        : [rng.pick(DEMO_QUESTIONS), rng.pick(DEMO_QUESTIONS)].filter(
            (q, i, all) => all.indexOf(q) === i,
          ),
    notes: null,
    contactIds,
    createdAt: at,
    updatedAt: at,
  });
}
