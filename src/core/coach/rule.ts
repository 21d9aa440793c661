import type { CoachDocument } from './document';
import type { CoachCategory, CoachKind, Finding, Severity } from './types';

/** What a rule reports; the engine adds the rule id and category. */
export interface RuleFinding {
  start: number;
  end: number;
  message: string;
  suggestion?: string | undefined;
  /** Defaults to the rule's own severity. */
  severity?: Severity | undefined;
}

/** One check. Rules never throw for a message: whatever they find is data. */
export interface CoachRule {
  /** `category/name`, unique in a rule set. */
  id: string;
  category: CoachCategory;
  severity: Severity;
  /** The kinds it applies to; every kind when absent. */
  kinds?: readonly CoachKind[] | undefined;
  /**
   * A safety net: it runs after the others and reports only when no other rule found a problem
   * (warning or error) in its category, so it never repeats what a clearer rule already said.
   */
  fallback?: boolean | undefined;
  check(doc: CoachDocument): RuleFinding[];
}

/** Options every rule accepts, besides its own. */
export interface BaseRuleOptions {
  severity: Severity;
  kinds?: readonly CoachKind[] | undefined;
  fallback?: boolean | undefined;
}

export interface RuleDefinition<O extends BaseRuleOptions> {
  id: string;
  category: CoachCategory;
  defaults: O;
  create(options: O): (doc: CoachDocument) => RuleFinding[];
}

/**
 * Declares a rule as a factory: `toneRule()` uses its defaults, `toneRule({ severity: 'info' })`
 * overrides some, the way Hono's `cors()` merges its options.
 */
export function defineRule<O extends BaseRuleOptions>(definition: RuleDefinition<O>) {
  return (options: Partial<O> = {}): CoachRule => {
    const merged = { ...definition.defaults, ...options } as O;
    return {
      id: definition.id,
      category: definition.category,
      severity: merged.severity,
      kinds: merged.kinds,
      fallback: merged.fallback,
      check: definition.create(merged),
    };
  };
}

/** Turns a rule's findings into full findings. */
export function toFindings(rule: CoachRule, found: readonly RuleFinding[]): Finding[] {
  return found.map((f) => ({
    rule: rule.id,
    category: rule.category,
    severity: f.severity ?? rule.severity,
    start: f.start,
    end: f.end,
    message: f.message,
    ...(f.suggestion !== undefined && { suggestion: f.suggestion }),
  }));
}
