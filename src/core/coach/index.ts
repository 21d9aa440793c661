/**
 * The message coach: checks a message to a hiring manager or recruiter in its context and
 * returns findings with plain-words explanations; builds starting drafts that pass it. Pure and
 * synchronous, for the browser composer, the API, the CLI and the `rebound/coach` package entry.
 */
export { checkMessage, defaultRuleSet, ruleSetFor, type CheckOptions } from './check-message';
export {
  coachContextSchema,
  coachInputSchema,
  COACH_LIMITS,
  previousMessageSchema,
  type CoachInputData,
} from './input-schema';
export { createRuleSet, defaultRules, type CoachSettings, type RuleSet } from './registry';
export { defineRule, type BaseRuleOptions, type CoachRule, type RuleFinding } from './rule';
export { definePhraseRule, type PhraseRuleOptions } from './phrase-rule';
export type { PhraseGroup } from './phrases';
export type { CoachDocument, Span } from './document';
export { DRAFT_ROOM } from './document';
export { LINKEDIN_NOTE_LIMITS, IDEAL_LENGTHS } from './rules/length';
export { DEFAULT_TIMING, TIMING_RULES, type TimingValues } from '../recovery/timing-rules';
export * from './types';
export {
  buildDraft,
  phraseForDraft,
  type Draft,
  type DraftInput,
  type DraftRoom,
} from './draft/build-draft';
