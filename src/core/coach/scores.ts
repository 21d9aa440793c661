import { flesch } from 'flesch';
import type { CoachDocument } from './document';
import { characterCount, LINKEDIN_NOTE_LIMITS } from './rules/length';
import { syllableCount } from './text/words';
import {
  COACH_CATEGORIES,
  type CoachScores,
  type CoachStats,
  type Finding,
  type Severity,
} from './types';

/** Points a finding takes off its category's score and off the overall score. */
const PENALTY: Record<Severity, { category: number; overall: number }> = {
  error: { category: 50, overall: 30 },
  warning: { category: 25, overall: 12 },
  info: { category: 5, overall: 1 },
};

/** 100 when nothing was found, lower for each finding, never below 0. */
export function scoreFindings(findings: readonly Finding[]): CoachScores {
  const scores = { overall: 100 } as CoachScores;
  for (const category of COACH_CATEGORIES) scores[category] = 100;
  for (const finding of findings) {
    const penalty = PENALTY[finding.severity];
    scores[finding.category] = Math.max(0, scores[finding.category] - penalty.category);
    scores.overall = Math.max(0, scores.overall - penalty.overall);
  }
  return scores;
}

/** Counts, and the Flesch reading ease of the whole message (`flesch` package). */
export function statsOf(doc: CoachDocument): CoachStats {
  const words = doc.tokens.filter((t) => t.kind === 'word');
  const sentences = doc.sentences.length;
  const syllables = words.reduce((sum, w) => sum + syllableCount(w.text), 0);
  const readingEase =
    words.length === 0 || sentences === 0
      ? null
      : Math.round(flesch({ sentence: sentences, word: words.length, syllable: syllables }));
  return {
    words: words.length,
    characters: characterCount(doc.text),
    sentences,
    characterLimit:
      doc.input.kind === 'linkedin_note'
        ? LINKEDIN_NOTE_LIMITS[doc.input.context.linkedinPlan]
        : null,
    readingEase,
  };
}
