import type { Finding, Severity } from './types';

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

const length = (f: Finding) => f.end - f.start;
const overlap = (a: Finding, b: Finding) => Math.min(a.end, b.end) - Math.max(a.start, b.start);

/** A suggestion reduced to its words, so "Hi Helen," and "Helen" can be compared. */
function wordsOf(suggestion: string | undefined): string {
  return (suggestion ?? '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Whether one suggestion says what the other does ("Helen" inside "Hi Helen,"). */
function sameSuggestion(a: Finding, b: Finding): boolean {
  const x = wordsOf(a.suggestion);
  const y = wordsOf(b.suggestion);
  if (x.length < 3 || y.length < 3) return false;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  return ` ${long} `.includes(` ${short} `);
}

/**
 * Whether two findings are one problem seen twice: the same rule on overlapping text; the same
 * category on nearly the same text (not a narrow problem inside a broad one, which is a problem
 * of its own); one fix offered twice ("Helen" for the slot, "Hi Helen," for the greeting); or a
 * template and a personal-touch finding over the same whole message (both say "this could go to
 * anyone"). Tone findings of different rules are different problems unless one lies within
 * the other and covers most of it ("I do not see how the decision" inside "so I do not see how
 * the decision was fair" is one argued decision).
 */
export function sameProblem(a: Finding, b: Finding): boolean {
  const shared = overlap(a, b);
  if (length(a) === 0 || length(b) === 0) {
    return a.rule === b.rule && a.start === b.start && a.end === b.end;
  }
  if (shared <= 0) return false;
  if (a.rule === b.rule) return true;
  if (sameSuggestion(a, b)) return true;
  const union = Math.max(a.end, b.end) - Math.min(a.start, b.start);
  if (a.category === b.category) {
    const nested = shared === Math.min(length(a), length(b));
    return nested && shared / union >= 0.5;
  }
  const wholeMessage = (f: Finding) =>
    f.category === 'template' || f.category === 'personalization';
  return wholeMessage(a) && wholeMessage(b) && shared / union >= 0.8;
}

/**
 * One finding per problem. Of the findings that describe the same problem, the most serious is
 * kept (then the one with the exactest span, then the rule listed first); it takes over a
 * suggestion only the other had, when both are of one category.
 */
export function mergeFindings(
  findings: readonly Finding[],
  ruleOrder: ReadonlyMap<string, number>,
): Finding[] {
  const ranked = [...findings].sort(
    (a, b) =>
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      length(a) - length(b) ||
      (ruleOrder.get(a.rule) ?? 0) - (ruleOrder.get(b.rule) ?? 0) ||
      a.start - b.start,
  );
  const kept: Finding[] = [];
  for (const finding of ranked) {
    const index = kept.findIndex((k) => sameProblem(k, finding));
    const same = index === -1 ? undefined : kept[index];
    if (same === undefined) {
      kept.push(finding);
      continue;
    }
    if (same.suggestion === undefined && finding.suggestion !== undefined) {
      if (same.category === finding.category)
        kept[index] = { ...same, suggestion: finding.suggestion };
    }
  }
  return kept;
}

/** Suggestions this long are advice in words, not a replacement for one slot. */
const WORDS_OF_ADVICE = 4;

/**
 * No suggestion said twice: a sentence of advice ("I understand the decision, and I would value
 * your view…") is offered at its first finding only. A replacement for a slot ("Acme") stays on
 * every slot it fills.
 */
export function dropRepeatedSuggestions(findings: readonly Finding[]): Finding[] {
  const offered = new Set<string>();
  return [...findings]
    .sort((a, b) => a.start - b.start || a.end - b.end)
    .map((finding) => {
      const { suggestion } = finding;
      if (suggestion === undefined || suggestion.trim().split(/\s+/).length < WORDS_OF_ADVICE) {
        return finding;
      }
      const key = wordsOf(suggestion);
      if (!offered.has(key)) {
        offered.add(key);
        return finding;
      }
      const { suggestion: _repeated, ...rest } = finding;
      return rest;
    });
}

export interface AdviceLimits {
  /** Advice (`info`) findings one rule may list; beyond that one summary says how many more. */
  perRule: number;
  /** Advice findings a message may list in all; beyond that one summary covers the rest. */
  total: number;
}

export const ADVICE_LIMITS: AdviceLimits = { perRule: 3, total: 8 };

function excerpt(text: string, f: Finding): string {
  const span = text.slice(f.start, f.end).replace(/\s+/g, ' ').trim();
  return span.length > 60 ? `${span.slice(0, 57)}…` : span;
}

/** A piece of advice as listed, and how many findings it stands for (1, or more for a summary). */
interface Listed {
  finding: Finding;
  covers: Finding[];
}

/** One finding standing for `omitted` (in text order), placed at the first of them. */
function summaryOf(omitted: readonly Finding[], text: string): Finding {
  const first = omitted[0] as Finding;
  const count = omitted.length;
  const sameRule = omitted.every((f) => f.rule === first.rule);
  const where = excerpt(text, first);
  const lead = sameRule
    ? `The same advice applies in ${count} more ${count === 1 ? 'place' : 'places'}`
    : `There are ${count} more pieces of advice`;
  return {
    rule: first.rule,
    category: first.category,
    severity: 'info',
    start: first.start,
    end: first.end,
    message: `${lead}, not listed one by one; the first is here${where ? ` (“${where}”)` : ''}. ${first.message}`,
  };
}

const inTextOrder = (a: Finding, b: Finding) => a.start - b.start || a.end - b.end;

/**
 * Keeps advice from burying the problems: each rule lists at most `perRule` pieces of advice
 * (the last standing for the rest: "the same advice applies in 26 more places"), and a message
 * at most `total`. Warnings and errors are never capped.
 */
export function limitAdvice(
  findings: readonly Finding[],
  text: string,
  limits: AdviceLimits = ADVICE_LIMITS,
): Finding[] {
  const problems = findings.filter((f) => f.severity !== 'info');
  const byRule = new Map<string, Finding[]>();
  for (const f of findings) {
    if (f.severity === 'info') byRule.set(f.rule, [...(byRule.get(f.rule) ?? []), f]);
  }
  const listed: Listed[] = [];
  for (const list of byRule.values()) {
    const ordered = [...list].sort(inTextOrder);
    const shown = ordered.length <= limits.perRule ? ordered : ordered.slice(0, limits.perRule - 1);
    listed.push(...shown.map((f) => ({ finding: f, covers: [f] })));
    const rest = ordered.slice(shown.length);
    if (rest.length > 0) listed.push({ finding: summaryOf(rest, text), covers: rest });
  }
  if (listed.length <= limits.total) return [...problems, ...listed.map((l) => l.finding)];
  listed.sort((a, b) => inTextOrder(a.finding, b.finding));
  const shown = listed.slice(0, limits.total - 1).map((l) => l.finding);
  const rest = listed
    .slice(limits.total - 1)
    .flatMap((l) => l.covers)
    .sort(inTextOrder);
  return [...problems, ...shown, summaryOf(rest, text)];
}
