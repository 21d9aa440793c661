import type { LinkedinPlan, MessageKind } from '../enums';

export { LINKEDIN_PLANS, type LinkedinPlan } from '../enums';

/** What a finding is about; PRODUCT.md defines each. */
export const COACH_CATEGORIES = [
  'tone',
  'template',
  'personalization',
  'accuracy',
  'length',
  'timing',
  'style',
] as const;
export type CoachCategory = (typeof COACH_CATEGORIES)[number];

/** `error`: likely to hurt the user if sent; `warning`: worth a second look; `info`: advice. */
export const SEVERITIES = ['error', 'warning', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** The kinds of message the coach knows; the same vocabulary as stored messages. */
export type CoachKind = MessageKind;

/** A message the user sent earlier: just its text, or its text with what is known about it. */
export type PreviousMessage =
  | string
  | {
      text: string;
      /** Who it went to (a name). */
      to?: string | undefined;
      /** The company it was about. */
      company?: string | undefined;
      kind?: CoachKind | undefined;
      /** When it was sent (ISO-8601). */
      sentAt?: string | undefined;
    };

/** Everything the coach knows about the situation a message is written in. */
export interface CoachContext {
  company: string;
  role: string;
  /** The person the message is to, e.g. `Helen Cho`. */
  contactName: string;
  /** Specific things discussed or noted: the details that make a message personal. */
  facts: readonly string[];
  /** Companies of the user's other applications: a name from one of them is a copy-paste slip. */
  otherCompanies: readonly string[];
  /** What the user already sent, to this person or others. */
  previousMessages: readonly PreviousMessage[];
  /**
   * When the rejection came: an ISO-8601 instant when the moment is known, or the day
   * (`YYYY-MM-DD`) when only that is. From a day alone the coach never counts hours.
   */
  rejectedAt?: string | undefined;
  /** The user's IANA time zone, which places a rejection day; UTC when absent. */
  timeZone?: string | undefined;
  /** When the message is (or will be) sent; timing rules need both dates. */
  sentAt?: string | undefined;
  /** LinkedIn plan, for the note length limit; `free` unless told otherwise. */
  linkedinPlan?: LinkedinPlan | undefined;
}

/** One message to check. Missing context fields count as unknown, not as errors. */
export interface CoachInput {
  kind: CoachKind;
  text: string;
  context?: Partial<CoachContext> | undefined;
}

/** A problem (or a piece of advice) at a place in the text. */
export interface Finding {
  /** The rule that found it, e.g. `tone/argues-decision`. */
  rule: string;
  category: CoachCategory;
  severity: Severity;
  /** UTF-16 offsets into the text, as editors count them; `end` is exclusive. */
  start: number;
  end: number;
  /** What a reader will make of it, and a better direction, in plain words. */
  message: string;
  /** A concrete alternative, where there is one. */
  suggestion?: string;
}

/** Scores from 0 (many problems) to 100 (none), overall and per category. */
export type CoachScores = { overall: number } & Record<CoachCategory, number>;

export interface CoachStats {
  words: number;
  /** Characters as a person counts them (code points), which is how LinkedIn counts. */
  characters: number;
  sentences: number;
  /** The channel's character limit for this message, when it has one. */
  characterLimit: number | null;
  /** Flesch reading ease (higher is easier; 60–70 is plain English). */
  readingEase: number | null;
}

export interface CoachResult {
  findings: Finding[];
  scores: CoachScores;
  stats: CoachStats;
}
