import { createDocument } from './document';
import {
  ADVICE_LIMITS,
  dropRepeatedSuggestions,
  limitAdvice,
  mergeFindings,
  type AdviceLimits,
} from './findings';
import { createRuleSet, defaultRules, type CoachSettings, type RuleSet } from './registry';
import { toFindings, type CoachRule } from './rule';
import { scoreFindings, statsOf } from './scores';
import { gateToneFindings } from './tone/gate';
import { TONE_MODEL } from './tone/weights';
import type { CoachInput, CoachResult, Finding, Severity } from './types';

let defaultSet: RuleSet | undefined;

/** The default rules, compiled on first use. */
export function defaultRuleSet(): RuleSet {
  defaultSet ??= createRuleSet(defaultRules(), { toneModel: TONE_MODEL });
  return defaultSet;
}

const bySettings = new Map<string, RuleSet>();

/** The default rules with a user's settings applied, compiled once per distinct settings. */
export function ruleSetFor(settings: CoachSettings): RuleSet {
  const { coolOffHours, latestReplyDays } = settings.timing ?? {};
  if (coolOffHours === undefined && latestReplyDays === undefined) return defaultRuleSet();
  const key = `${coolOffHours ?? ''}|${latestReplyDays ?? ''}`;
  let set = bySettings.get(key);
  if (!set) {
    set = createRuleSet(defaultRules(settings), { toneModel: TONE_MODEL });
    if (bySettings.size >= 32) bySettings.clear();
    bySettings.set(key, set);
  }
  return set;
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export interface CheckOptions {
  /** The rules to run; the default set when absent. */
  rules?: RuleSet;
  /** How much advice (`info`) to list before summing the rest up; see {@link ADVICE_LIMITS}. */
  advice?: AdviceLimits;
}

const ruleOrders = new WeakMap<RuleSet, Map<string, number>>();

function ruleOrderOf(rules: RuleSet): Map<string, number> {
  let order = ruleOrders.get(rules);
  if (!order) {
    order = new Map(rules.rules.map((rule, index) => [rule.id, index]));
    ruleOrders.set(rules, order);
  }
  return order;
}

/**
 * Checks one message in its context and returns what the coach found. Synchronous and pure: it
 * runs on every keystroke in the browser and on the server alike. Problems are findings, never
 * exceptions; a missing context field means "unknown", and the rules that need it stay quiet.
 * Each problem is reported once (findings that describe the same problem are merged), and advice
 * is capped, with a summary standing for the rest; the scores count every finding.
 */
export function checkMessage(input: CoachInput, options: CheckOptions = {}): CoachResult {
  const doc = createDocument(input);
  const rules = options.rules ?? defaultRuleSet();
  const findings: Finding[] = [];
  const applies = (rule: CoachRule) => !rule.kinds || rule.kinds.includes(doc.input.kind);
  for (const rule of rules.rules) {
    if (!rule.fallback && applies(rule)) findings.push(...toFindings(rule, rule.check(doc)));
  }
  for (const rule of rules.rules) {
    if (!rule.fallback || !applies(rule)) continue;
    const covered = findings.some((f) => f.category === rule.category && f.severity !== 'info');
    if (!covered) findings.push(...toFindings(rule, rule.check(doc)));
  }
  const gated = rules.toneModel ? gateToneFindings(doc, findings, rules.toneModel) : findings;
  const merged = mergeFindings(gated, ruleOrderOf(rules));
  const listed = dropRepeatedSuggestions(
    limitAdvice(merged, doc.text, options.advice ?? ADVICE_LIMITS),
  );
  listed.sort(
    (a, b) =>
      a.start - b.start ||
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      a.rule.localeCompare(b.rule),
  );
  return { findings: listed, scores: scoreFindings(merged), stats: statsOf(doc) };
}
