import { expect } from 'vitest';
import { createDocument } from '../src/core/coach/document';
import type { CoachRule } from '../src/core/coach/rule';
import { toFindings } from '../src/core/coach/rule';
import type { CoachContext, CoachKind, Finding } from '../src/core/coach/types';

/** A plausible situation most rule tests write in. */
export const CONTEXT: CoachContext = {
  company: 'Halcyon Freight',
  role: 'Operations Planner',
  contactName: 'Marta Jensen',
  facts: [
    'the depot in Aarhus',
    'rerouting trucks around the bridge closure',
    'their night-shift rota',
  ],
  otherCompanies: ['Bellweather Foods', 'Quill Analytics'],
  previousMessages: [],
};

export interface RuleRun {
  kind?: CoachKind;
  context?: Partial<CoachContext>;
}

/** Runs one rule the way the engine does (kinds respected) and returns its findings. */
export function runRule(rule: CoachRule, text: string, run: RuleRun = {}): Finding[] {
  const doc = createDocument({
    kind: run.kind ?? 'feedback_request',
    text,
    context: { ...CONTEXT, ...run.context },
  });
  if (rule.kinds && !rule.kinds.includes(doc.input.kind)) return [];
  const findings = toFindings(rule, rule.check(doc));
  for (const f of findings) {
    expect(f.start).toBeGreaterThanOrEqual(0);
    expect(f.end).toBeGreaterThanOrEqual(f.start);
    expect(f.end).toBeLessThanOrEqual(text.length);
    expect(f.message.length).toBeGreaterThan(20);
  }
  return findings;
}

/** Findings that would show as a problem (warning or error). */
export function problems(findings: readonly Finding[]): Finding[] {
  return findings.filter((f) => f.severity !== 'info');
}

/** The text each finding points at. */
export function spans(text: string, findings: readonly Finding[]): string[] {
  return findings.map((f) => text.slice(f.start, f.end));
}
