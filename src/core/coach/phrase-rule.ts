import { compileGroups, explain, matchGroups, type PhraseGroup } from './phrases';
import { defineRule, type BaseRuleOptions } from './rule';
import type { CoachCategory, Severity } from './types';

export interface PhraseRuleOptions extends BaseRuleOptions {
  /** Severity of the clear-cut groups (`strong: true`). */
  strongSeverity: Severity;
  /** The ideas to look for; pass `[...defaults, mine]` to extend. */
  groups: readonly PhraseGroup[];
}

/** A rule made of phrase groups: each match becomes a finding with the group's explanation. */
export function definePhraseRule(spec: {
  id: string;
  category: CoachCategory;
  groups: readonly PhraseGroup[];
  severity?: Severity;
}) {
  return defineRule<PhraseRuleOptions>({
    id: spec.id,
    category: spec.category,
    defaults: {
      severity: spec.severity ?? 'warning',
      strongSeverity: 'error',
      groups: spec.groups,
    },
    create(options) {
      const compiled = compileGroups(options.groups);
      return (doc) =>
        matchGroups(doc, compiled).map((match) => ({
          start: match.start,
          end: match.end,
          message: explain(match.group.message, match),
          suggestion: match.group.suggestion,
          severity: match.group.strong ? options.strongSeverity : options.severity,
        }));
    },
  });
}
