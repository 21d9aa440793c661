/**
 * Choosing the tone model's two thresholds on scores it gave to writing it had not seen. Every
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
  /** The highest out-of-fold score of its sentences. */
  top: number;
  /** The highest score among sentences a gated phrase rule's warning matched (−∞ when none). */
  topMatched: number;
  /** The same for a phrase rule's clear-cut match (an error). */
  topStrong: number;
  /** An ungated tone rule flagged the message. */
  ungated: boolean;
}

function ruleHits(message: LabelledMessage) {
  const { kind, text, context } = message.item;
  const doc = createDocument({ kind, text, context });
  const found = checkMessage({ kind, text, context }, { rules: phraseRules }).findings.filter(
    (f) => f.category === 'tone' && f.severity !== 'info' && !onlyContextWords(doc, f.start, f.end),
  );
  const gated = found.filter((f) => !UNGATED_TONE_RULES.has(f.rule));
  const inSentence = (severity: string) =>
    message.examples.map((e) =>
      gated.some((f) => f.severity === severity && f.start < e.end && e.start < f.end),
    );
  return {
    warning: inSentence('warning'),
    error: inSentence('error'),
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
      const s: Scored = {
        message,
        top: -Infinity,
        topMatched: -Infinity,
        topStrong: -Infinity,
        ungated: hits.ungated,
      };
      message.examples.forEach((e, k) => {
        if (e.start < 0) return;
        const score = logit(model, e, options);
        s.top = Math.max(s.top, score);
        if (hits.warning[k]) s.topMatched = Math.max(s.topMatched, score);
        if (hits.error[k]) s.topStrong = Math.max(s.topStrong, score);
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
}

const flagged = (s: Scored, t: Thresholds) =>
  s.ungated || s.top >= t.threshold || s.topMatched >= t.gate || s.topStrong >= t.strongGate;

/**
 * The threshold and gates with the best recall at the allowed share of false alarms, judged on
 * the files whose labels the phrase rules did not make.
 */
export function chooseThresholds(all: readonly Scored[], alarmShare: number) {
  const scored = all.filter((s) => s.message.quotes === 'writer');
  const tone = scored.filter((s) => s.message.tone);
  const clean = scored.filter((s) => s.message.clean);
  const scores = scored.map((s) => s.top).sort((a, b) => a - b);
  const pick = (n: number) =>
    scores.filter((_, i) => i % Math.max(1, Math.floor(scores.length / n)) === 0);
  const candidates = pick(200);
  const strong = [-Infinity, ...pick(25)];
  let best = { threshold: Infinity, gate: Infinity, strongGate: Infinity, recall: 0, alarms: 0 };
  for (const threshold of candidates) {
    for (const gate of candidates) {
      if (gate > threshold) break;
      for (const strongGate of strong) {
        if (strongGate > gate) break;
        const t = { threshold, gate, strongGate };
        const alarms = clean.filter((s) => flagged(s, t)).length / clean.length;
        if (alarms > alarmShare) continue;
        const recall = tone.filter((s) => flagged(s, t)).length / tone.length;
        if (recall > best.recall) best = { ...t, recall, alarms };
      }
    }
  }
  return best;
}
