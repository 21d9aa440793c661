import { checkCombinations, matchCombinations, type Combination } from './cues';
import { compileGroups, explain, matchGroups, type PhraseGroup } from './phrases';
import { defineRule, type BaseRuleOptions } from './rule';
import { toneCues } from './tone-cues';
import type { CoachCategory, Severity } from './types';

export interface PhraseRuleOptions extends BaseRuleOptions {
  /** Severity of the clear-cut groups (`strong: true`). */
  strongSeverity: Severity;
  /** The ideas to look for; pass `[...defaults, mine]` to extend. */
  groups: readonly PhraseGroup[];
  /** Ideas made of tone cues meeting in one sentence; pass `[...defaults, mine]` to extend. */
  combinations: readonly Combination[];
}

/**
 * A rule made of phrase groups and cue combinations: each match becomes a finding with its
 * idea's explanation. Where a group and a combination find the same words, the group wins.
 */
export function definePhraseRule(spec: {
  id: string;
  category: CoachCategory;
  groups: readonly PhraseGroup[];
  combinations?: readonly Combination[];
  severity?: Severity;
}) {
  return defineRule<PhraseRuleOptions>({
    id: spec.id,
    category: spec.category,
    defaults: {
      severity: spec.severity ?? 'warning',
      strongSeverity: 'error',
      groups: spec.groups,
      combinations: spec.combinations ?? [],
    },
    create(options) {
      const compiled = compileGroups(options.groups);
      const cues = toneCues();
      checkCombinations(options.combinations, cues);
      return (doc) => {
        const found = matchGroups(doc, compiled).map((match) => ({
          start: match.start,
          end: match.end,
          message: explain(match.group.message, match),
          suggestion: match.group.suggestion,
          severity: match.group.strong ? options.strongSeverity : options.severity,
        }));
        for (const match of matchCombinations(doc, cues, options.combinations)) {
          if (found.some((f) => f.start < match.end && match.start < f.end)) continue;
          found.push({
            start: match.start,
            end: match.end,
            message: explain(match.combination.message, match),
            suggestion: match.combination.suggestion,
            severity: match.combination.strong ? options.strongSeverity : options.severity,
          });
        }
        return found.sort((a, b) => a.start - b.start);
      };
    },
  });
}
