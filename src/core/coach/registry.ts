import type { TimingValues } from '../recovery/timing-rules';
import type { CoachRule } from './rule';
import { loadToneModel, type ShippedToneModel, type ToneModel } from './tone/model';
import { contactNameRule } from './rules/accuracy-contact-name';
import { otherCompanyRule } from './rules/accuracy-other-company';
import { channelLimitRule, idealLengthRule } from './rules/length';
import { bareLinkRule } from './rules/personalization-bare-link';
import { noDetailRule } from './rules/personalization-detail';
import { noNameRule } from './rules/personalization-name';
import { readabilityRule } from './rules/style-readability';
import { fillerRule, hedgeRule, passiveRule } from './rules/style-retext';
import { boilerplateRule } from './rules/template-boilerplate';
import { nearDuplicateRule } from './rules/template-near-duplicate';
import { placeholderRule } from './rules/template-placeholder';
import { repeatRequestRule, tooLateRule, tooSoonRule } from './rules/timing';
import { accusationRule } from './rules/tone-accusation';
import { arguesDecisionRule } from './rules/tone-argues-decision';
import { asksToReconsiderRule } from './rules/tone-asks-to-reconsider';
import { bargainingRule } from './rules/tone-bargaining';
import { demandRule } from './rules/tone-demand';
import { frustrationRule } from './rules/tone-frustration';
import { guiltTripRule } from './rules/tone-guilt-trip';
import { insultRule } from './rules/tone-insult';
import { nameCallingRule } from './rules/tone-name-calling';
import { profanityRule } from './rules/tone-profanity';
import { ironicPraiseRule } from './rules/tone-ironic-praise';
import { linkedinAskRule } from './rules/tone-linkedin-ask';
import { mentionsHireRule } from './rules/tone-mentions-hire';
import { toneModelRule } from './rules/tone-model';
import { pleadingRule } from './rules/tone-pleading';
import { questionsJudgementRule } from './rules/tone-questions-judgement';
import { sarcasmRule } from './rules/tone-sarcasm';
import { shoutingRule } from './rules/tone-shouting';
import { sourGrapesRule } from './rules/tone-sour-grapes';
import { superiorityRule } from './rules/tone-superiority';

/** A checked list of rules: ids are unique, so every finding names exactly one rule. */
export interface RuleSet {
  readonly rules: readonly CoachRule[];
  /** When set, tone findings pass through the model's gate (`tone/gate.ts`). */
  readonly toneModel?: ToneModel | undefined;
}

export interface RuleSetOptions {
  /** The tone model whose gate the phrase rules' tone findings pass; none: no gate. */
  toneModel?: ShippedToneModel | undefined;
}

/** Builds a rule set; a duplicate id is a programming mistake and fails here, at start-up. */
export function createRuleSet(rules: readonly CoachRule[], options: RuleSetOptions = {}): RuleSet {
  const seen = new Set<string>();
  for (const rule of rules) {
    if (seen.has(rule.id)) throw new Error(`Two coach rules share the id ${rule.id}`);
    seen.add(rule.id);
  }
  return {
    rules: [...rules],
    toneModel: options.toneModel && loadToneModel(options.toneModel),
  };
}

/** What a user can set that changes the coach: the recovery's timing settings. */
export interface CoachSettings {
  timing?: Partial<Pick<TimingValues, 'coolOffHours' | 'latestReplyDays'>>;
}

/**
 * Every rule with its defaults (and the user's timing settings, when given), in the order
 * findings are reported for the same spot.
 */
export function defaultRules(settings: CoachSettings = {}): CoachRule[] {
  const { coolOffHours, latestReplyDays } = settings.timing ?? {};
  return [
    frustrationRule(),
    arguesDecisionRule(),
    questionsJudgementRule(),
    mentionsHireRule(),
    asksToReconsiderRule(),
    bargainingRule(),
    demandRule(),
    guiltTripRule(),
    accusationRule(),
    insultRule(),
    nameCallingRule(),
    profanityRule(),
    sarcasmRule(),
    ironicPraiseRule(),
    superiorityRule(),
    sourGrapesRule(),
    pleadingRule(),
    shoutingRule(),
    linkedinAskRule(),
    toneModelRule(),
    placeholderRule(),
    boilerplateRule(),
    nearDuplicateRule(),
    noNameRule(),
    noDetailRule(),
    bareLinkRule(),
    otherCompanyRule(),
    contactNameRule(),
    channelLimitRule(),
    idealLengthRule(),
    tooSoonRule(coolOffHours === undefined ? {} : { coolOffHours }),
    tooLateRule(latestReplyDays === undefined ? {} : { latestReplyDays }),
    repeatRequestRule(),
    readabilityRule(),
    passiveRule(),
    hedgeRule(),
    fillerRule(),
  ];
}
