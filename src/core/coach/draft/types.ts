import type { TaskKind } from '../../enums';
import type { CoachKind, LinkedinPlan } from '../types';

/** What a draft is built from: the application's own data. */
export interface DraftInput {
  kind: CoachKind;
  /** The plan step it is for, when that asks for its own wording (a silver-medalist check-in). */
  step?: TaskKind | undefined;
  company: string;
  role: string;
  /** The person it is for. */
  contactName: string;
  /** What was discussed or noted, most useful first. */
  facts: readonly string[];
  /** From the reflection: what the user learned or is working on. */
  learned?: readonly string[] | undefined;
  /** From the reflection: what went well. */
  wentWell?: readonly string[] | undefined;
  /** Signs the message. */
  userName?: string | undefined;
  linkedinPlan?: LinkedinPlan | undefined;
  /** The user's other companies, so the draft is checked as the final message will be. */
  otherCompanies?: readonly string[] | undefined;
}

/** Where the user's own words go, and what to write there. */
export interface DraftRoom {
  start: number;
  end: number;
  prompt: string;
}

export interface Draft {
  kind: CoachKind;
  text: string;
  rooms: DraftRoom[];
  /** The fact the draft recalls, when one could be used. */
  fact: string | null;
}
