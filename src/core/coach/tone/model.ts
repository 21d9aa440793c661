import type { CoachDocument, Span } from '../document';
import { decodeSparse } from '../../sparse-weights';
import {
  DENSE_FEATURES,
  featureOrigins,
  HASH_BITS,
  toneUnitFeatures,
  type FeatureOrigin,
  type ToneLexicon,
} from './features';
import { toneLexicon } from './lexicon';

/** The tone model as `npm run train:tone` writes it. */
export interface ShippedToneModel {
  /** What it was trained on, for the record. */
  trainedOn: { messages: number; sentences: number; files: number };
  bias: number;
  /** A sentence at or above this score (log-odds) is reported on its own. */
  threshold: number;
  /**
   * A phrase rule's match is kept only where the model scores its sentence at least this: the
   * rules know the words, the model knows whether the sentence around them carries an edge.
   */
  gate: number;
  /** The same for a rule's clear-cut match (one it reports as an error): a lower bar. */
  strongGate: number;
  /**
   * A gate of its own for a rule, by `rule:severity`, where the labelled messages showed how far
   * its matches can be trusted (a rule nearly always right needs little from the model).
   */
  ruleGates: Readonly<Record<string, number>>;
  /** Weights of {@link DENSE_FEATURES}, in order. */
  dense: readonly number[];
  /** Weights of the hashed sparse features, as `encodeSparse` wrote them. */
  sparse: { scale: number; data: string };
}

/** The model, ready to score. */
export interface ToneModel {
  bias: number;
  threshold: number;
  gate: number;
  strongGate: number;
  ruleGates: Readonly<Record<string, number>>;
  dense: readonly number[];
  sparse: Float32Array;
  lexicon: ToneLexicon;
}

const loaded = new WeakMap<ShippedToneModel, ToneModel>();

/** Decodes a shipped model once; later calls return the same object. */
export function loadToneModel(shipped: ShippedToneModel): ToneModel {
  let model = loaded.get(shipped);
  if (!model) {
    if (shipped.dense.length !== DENSE_FEATURES.length) {
      throw new Error('The tone model was trained with other features; run npm run train:tone');
    }
    model = {
      bias: shipped.bias,
      threshold: shipped.threshold,
      gate: shipped.gate,
      strongGate: shipped.strongGate,
      ruleGates: shipped.ruleGates,
      dense: shipped.dense,
      sparse: decodeSparse(shipped.sparse, 1 << HASH_BITS),
      lexicon: toneLexicon(),
    };
    loaded.set(shipped, model);
  }
  return model;
}

/** A unit (a body sentence or a clause of one) with the model's score. */
export interface UnitScore {
  sentence: number;
  clause: boolean;
  start: number;
  end: number;
  /** Log-odds that it would put a hiring manager off. */
  score: number;
}

/** The model's score for every unit of the body, computed once per document. */
export function unitScores(doc: CoachDocument, model: ToneModel): UnitScore[] {
  return doc.memo('tone.scores', () =>
    toneUnitFeatures(doc, model.lexicon).map((f) => {
      let score = model.bias;
      for (const id of f.sparse) score += model.sparse[id] ?? 0;
      f.dense.forEach((value, k) => (score += (model.dense[k] ?? 0) * value));
      return { sentence: f.sentence, clause: f.clause, start: f.start, end: f.end, score };
    }),
  );
}

/**
 * Each body sentence's strongest unit: the sentence itself, or the clause in it that weighs
 * most. Its span is where a finding points.
 */
export function sentenceScores(doc: CoachDocument, model: ToneModel): UnitScore[] {
  const best = new Map<number, UnitScore>();
  for (const unit of unitScores(doc, model)) {
    const current = best.get(unit.sentence);
    if (!current || unit.score > current.score) best.set(unit.sentence, unit);
  }
  return [...best.values()].sort((a, b) => a.start - b.start);
}

/** The highest score of the units a span touches, or null when the span is outside the body. */
export function scoreAt(doc: CoachDocument, model: ToneModel, start: number, end: number) {
  let best: number | null = null;
  for (const s of unitScores(doc, model)) {
    if (s.start < end && start < s.end) best = Math.max(best ?? -Infinity, s.score);
  }
  return best;
}

/**
 * The words of a unit that raise its score most, strongest first, each as written: single
 * words and word groups, never character fragments (those count towards their word).
 */
export function raisingPhrases(
  doc: CoachDocument,
  model: ToneModel,
  unit: Span,
  limit = 3,
): FeatureOrigin[] {
  const sentence = doc.sentences.find((s) => s.start <= unit.start && unit.end <= s.end);
  if (!sentence) return [];
  const first = doc.canon.findIndex((t) => t.start >= unit.start);
  let last = first;
  while (last < sentence.last && (doc.canon[last]?.end ?? Infinity) <= unit.end) last += 1;
  // A word's character n-grams share its span, so their weights add up to the word's.
  const byPlace = new Map<string, FeatureOrigin & { weight: number }>();
  for (const origin of featureOrigins(doc, model.lexicon, { ...unit, first, last })) {
    const key = `${origin.start}:${origin.end}`;
    const entry = byPlace.get(key) ?? { ...origin, weight: 0 };
    entry.weight += model.sparse[origin.id] ?? 0;
    byPlace.set(key, entry);
  }
  const ranked = [...byPlace.values()]
    .filter((o) => o.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.start - b.start);
  const chosen: FeatureOrigin[] = [];
  for (const o of ranked) {
    if (chosen.some((c) => c.start < o.end && o.start < c.end)) continue;
    chosen.push(o);
    if (chosen.length === limit) break;
  }
  return chosen.sort((a, b) => a.start - b.start);
}
