/**
 * Choosing the tone model's threshold and gates on scores it gave to writing it had not seen. Every
 * fixture file is scored by a model fitted on all the others (each file is a batch by one writer
 * in registers of their own, so this is what a new register looks like to the coach), and the
 * phrase rules' matches are noted per sentence, ungated.
 */
import { checkMessage } from '../../src/core/coach/check-message';
import { createRuleSet, defaultRules } from '../../src/core/coach/registry';
import { createDocument } from '../../src/core/coach/document';
import { onlyContextWords, UNGATED_TONE_RULES } from '../../src/core/coach/tone/gate';
import type { LabelledMessage } from './dataset';
import { DEFAULT_FIT, fit, logit, type FitOptions } from './learn';

/** The phrase rules alone: no model, no gate. */
const phraseRules = createRuleSet(defaultRules().filter((rule) => rule.id !== 'tone/model'));

export interface Scored {
  message: LabelledMessage;
  /** The highest out-of-fold score of its units. */
  top: number;
  /**
   * Per gated phrase rule and severity (`tone/demand:warning`), the highest score among the
   * units its matches touch.
   */
  matched: Map<string, number>;
  /** An ungated tone rule flagged the message. */
  ungated: boolean;
}

/** The key a rule's gate is kept under: its id and the severity of the match. */
export const gateKey = (rule: string, severity: string) => `${rule}:${severity}`;

function ruleHits(message: LabelledMessage) {
  const { kind, text, context } = message.item;
  const doc = createDocument({ kind, text, context });
  const found = checkMessage({ kind, text, context }, { rules: phraseRules }).findings.filter(
    (f) => f.category === 'tone' && f.severity !== 'info' && !onlyContextWords(doc, f.start, f.end),
  );
  const gated = found.filter((f) => !UNGATED_TONE_RULES.has(f.rule));
  return {
    /** For each unit, the gate keys of the matches that touch it. */
    keys: message.examples.map((e) =>
      gated
        .filter((f) => f.start < e.end && e.start < f.end)
        .map((f) => gateKey(f.rule, f.severity)),
    ),
    ungated: found.some((f) => UNGATED_TONE_RULES.has(f.rule)),
  };
}

export function outOfFold(
  messages: readonly LabelledMessage[],
  options: FitOptions = DEFAULT_FIT,
): Scored[] {
  const files = [...new Set(messages.map((m) => m.file))];
  const scored: Scored[] = [];
  for (const file of files) {
    const model = fit(
      messages.filter((m) => m.file !== file).flatMap((m) => m.examples),
      options,
    );
    for (const message of messages.filter((m) => m.file === file)) {
      const hits = ruleHits(message);
      const s: Scored = { message, top: -Infinity, matched: new Map(), ungated: hits.ungated };
      message.examples.forEach((e, k) => {
        if (e.start < 0) return;
        const score = logit(model, e, options);
        s.top = Math.max(s.top, score);
        for (const key of hits.keys[k] ?? []) {
          s.matched.set(key, Math.max(s.matched.get(key) ?? -Infinity, score));
        }
      });
      scored.push(s);
    }
  }
  return scored;
}

export interface Thresholds {
  threshold: number;
  gate: number;
  strongGate: number;
  /** Gates learned for single rules whose matches were often enough right or wrong to tell. */
  ruleGates: Record<string, number>;
}

const gateFor = (t: Thresholds, key: string) =>
  t.ruleGates[key] ?? (key.endsWith(':error') ? t.strongGate : t.gate);

const flagged = (s: Scored, t: Thresholds) => {
  if (s.ungated || s.top >= t.threshold) return true;
  for (const [key, score] of s.matched) if (score >= gateFor(t, key)) return true;
  return false;
};

/** A rule needs at least this many matches in writer-labelled messages for a gate of its own. */
const MIN_RULE_MATCHES = 20;

/**
 * The threshold and gates with the best recall at the allowed share of false alarms, judged on
 * the files whose labels the phrase rules did not make: first one gate for warnings and one for
 * clear-cut matches, then a gate of its own for each rule matched often enough, found one rule
 * at a time.
 */
export function chooseThresholds(all: readonly Scored[], alarmShare: number) {
  const scored = all.filter((s) => s.message.quotes === 'writer');
  const tone = scored.filter((s) => s.message.tone);
  const clean = scored.filter((s) => s.message.clean);
  const measure = (t: Thresholds) => ({
    alarms: clean.filter((s) => flagged(s, t)).length / clean.length,
    recall: tone.filter((s) => flagged(s, t)).length / tone.length,
  });
  const scores = scored.map((s) => s.top).sort((a, b) => a - b);
  const pick = (n: number) =>
    scores.filter((_, i) => i % Math.max(1, Math.floor(scores.length / n)) === 0);
  const candidates = pick(200);
  const strong = [-Infinity, ...pick(25)];
  let best: Thresholds & { recall: number; alarms: number } = {
    threshold: Infinity,
    gate: Infinity,
    strongGate: Infinity,
    ruleGates: {},
    recall: 0,
    alarms: 0,
  };
  for (const threshold of candidates) {
    for (const gate of candidates) {
      if (gate > threshold) break;
      for (const strongGate of strong) {
        if (strongGate > gate) break;
        const t = { threshold, gate, strongGate, ruleGates: {} };
        const m = measure(t);
        if (m.alarms <= alarmShare && m.recall > best.recall) best = { ...t, ...m };
      }
    }
  }
  const counts = new Map<string, number>();
  for (const s of scored)
    for (const key of s.matched.keys()) counts.set(key, (counts.get(key) ?? 0) + 1);
  const keys = [...counts]
    .filter(([, n]) => n >= MIN_RULE_MATCHES)
    .map(([key]) => key)
    .sort();
  const ruleCandidates = [-Infinity, ...pick(60), Infinity];
  for (let round = 0; round < 2; round += 1) {
    for (const key of keys) {
      for (const value of ruleCandidates) {
        const t = { ...best, ruleGates: { ...best.ruleGates, [key]: value } };
        const m = measure(t);
        if (m.alarms <= alarmShare && m.recall > best.recall) best = { ...t, ...m };
      }
    }
  }
  return best;
}
