import type { FederalFinding } from './finding';
import { analyseResume } from './resume-structure';
import type { FederalCheckInput, FederalRule, RuleContext } from './rule';
import { contactInfoRule } from './rules/contact-info';
import { essayLengthRule } from './rules/essay-length';
import {
  fileProtectedRule,
  fileSizeRule,
  fileTypeRule,
  readableTextRule,
} from './rules/file-checks';
import { hoursPerWeekRule } from './rules/hours-per-week';
import { fontsRule, marginsRule } from './rules/layout';
import { monthYearDatesRule } from './rules/month-year-dates';
import { pageLimitRule } from './rules/page-limit';
import { personalDataRule } from './rules/personal-data';
import { requiredDocumentsRule } from './rules/required-documents';
import { seriesGradeRule } from './rules/series-grade';
import { specializedExperienceRule } from './rules/specialized-experience';

/** A checked list of rules: ids are unique, so every finding names exactly one rule. */
export interface FederalRuleSet {
  readonly rules: readonly FederalRule[];
}

export function createFederalRuleSet(rules: readonly FederalRule[]): FederalRuleSet {
  const seen = new Set<string>();
  for (const rule of rules) {
    if (seen.has(rule.id)) throw new Error(`Two federal rules share the id ${rule.id}`);
    seen.add(rule.id);
  }
  return { rules: [...rules] };
}

/** Every rule with its defaults, in the order findings of equal place are listed. */
export function defaultFederalRules(): FederalRule[] {
  return [
    fileTypeRule(),
    fileSizeRule(),
    fileProtectedRule(),
    readableTextRule(),
    pageLimitRule(),
    contactInfoRule(),
    personalDataRule(),
    monthYearDatesRule(),
    hoursPerWeekRule(),
    seriesGradeRule(),
    specializedExperienceRule(),
    requiredDocumentsRule(),
    fontsRule(),
    marginsRule(),
    essayLengthRule(),
  ];
}

/** The rule ids a check can report, for documentation and the eval. */
export const FEDERAL_RULE_IDS = defaultFederalRules().map((r) => r.id);

const DEFAULT_SET = createFederalRuleSet(defaultFederalRules());
const SEVERITY_ORDER = { error: 0, warning: 1, advice: 2 } as const;

export interface FederalCheckResult {
  pages: number | null;
  findings: FederalFinding[];
}

/**
 * Checks an extracted résumé against the USAJOBS rules in force since 27 September 2025 and,
 * when given, one announcement. Pure: the same input always gives the same findings, errors
 * first, then by place in the résumé.
 */
export function checkFederalResume(
  input: FederalCheckInput,
  ruleSet: FederalRuleSet = DEFAULT_SET,
): FederalCheckResult {
  const context: RuleContext = {
    document: input.document,
    structure: analyseResume(input.document),
    announcement: input.announcement ?? null,
    attachedDocuments: input.attachedDocuments ?? [],
    essays: input.essays ?? {},
  };
  const findings = ruleSet.rules.flatMap((rule) => rule.check(context));
  const order = new Map(ruleSet.rules.map((r, i) => [r.id, i]));
  findings.sort(
    (a, b) =>
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      (a.line ?? 0) - (b.line ?? 0) ||
      (order.get(a.rule) ?? 0) - (order.get(b.rule) ?? 0),
  );
  return { pages: input.document.pages, findings };
}
