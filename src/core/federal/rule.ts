import type { Announcement, EssayTopic, FederalDocument } from './announcement';
import type { FederalFinding, FederalSeverity } from './finding';
import type { ResumeDocument, ResumeLine } from './resume-document';
import type { ResumeStructure } from './resume-structure';
import type { SourceRef } from './sources';

/** What a check is given: the extracted résumé and, optionally, the announcement and extras. */
export interface FederalCheckInput {
  document: ResumeDocument;
  announcement?: Announcement | null;
  /** Documents the user has marked as attached to the application. */
  attachedDocuments?: readonly FederalDocument[];
  /** Answers to the announcement's essay questions. */
  essays?: Partial<Record<EssayTopic, string>>;
}

/** What every rule reads: the input, with the résumé's structure worked out once. */
export interface RuleContext {
  document: ResumeDocument;
  structure: ResumeStructure;
  announcement: Announcement | null;
  attachedDocuments: readonly FederalDocument[];
  essays: Partial<Record<EssayTopic, string>>;
}

/** What a rule reports; the engine adds the rule id and, unless given, severity and source. */
export interface RuleFinding {
  message: string;
  at?: ResumeLine | undefined;
  severity?: FederalSeverity | undefined;
  source?: SourceRef | undefined;
  words?: string[] | undefined;
}

/** One check. Rules never throw for a résumé: what they find is data. */
export interface FederalRule {
  id: string;
  check(context: RuleContext): FederalFinding[];
}

export interface FederalRuleDefinition<O extends { severity: FederalSeverity }> {
  id: string;
  source: SourceRef;
  defaults: O;
  create(options: O): (context: RuleContext) => RuleFinding[];
}

/**
 * Declares a rule as a factory with defaults, `pageLimitRule({ maxPages: 3 })` overriding some,
 * the way the message coach's rules are made.
 */
export function defineFederalRule<O extends { severity: FederalSeverity }>(
  definition: FederalRuleDefinition<O>,
) {
  return (options: Partial<O> = {}): FederalRule => {
    const merged = { ...definition.defaults, ...options } as O;
    const run = definition.create(merged);
    return {
      id: definition.id,
      check: (context) =>
        run(context).map((found) => ({
          rule: definition.id,
          severity: found.severity ?? merged.severity,
          message: found.message,
          ...(found.at !== undefined && { line: found.at.number }),
          ...(found.at?.page != null && { page: found.at.page }),
          source: found.source ?? definition.source,
          ...(found.words !== undefined && { words: found.words }),
        })),
    };
  };
}
