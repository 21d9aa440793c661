import type { HardQuestion } from '../recovery/reflection';
import { alikeAny, textKey, textTokens } from '../insights/text-grouping';

/**
 * Keeping the deck in step with reflections: one card per distinct question, whatever its
 * wording. A question joins the first card (oldest first) whose wordings read alike (see
 * text-grouping.ts); a question like none of them starts a new card. Pure: the use case applies
 * the plan in its transaction.
 */
export interface CardToMatch {
  id: string;
  question: string;
  /** Every wording already filed under the card. */
  wordings: readonly string[];
  hasAnswer: boolean;
}

/** A question of this application already filed under a card. */
export interface FiledQuestion {
  cardId: string;
  questionId: string;
  question: string;
}

export interface CardSyncPlan {
  /** New cards, with the better answer from the reflection if there was one. */
  create: { id: string; question: string; answer: string | null }[];
  /** Questions to file (or re-file) under a card. */
  file: FiledQuestion[];
  /** Questions no longer in the reflection. */
  unfile: string[];
  /** Cards without an answer that get the reflection's better answer. */
  seed: { cardId: string; answer: string }[];
}

interface Candidate {
  id: string;
  keys: Set<string>;
  forms: string[][];
  hasAnswer: boolean;
}

function candidateOf(id: string, texts: readonly string[], hasAnswer: boolean): Candidate {
  return {
    id,
    keys: new Set(texts.map(textKey)),
    forms: texts.map(textTokens),
    hasAnswer,
  };
}

/** The card a wording belongs to: the same words first, else the first one that reads alike. */
function findCard(candidates: readonly Candidate[], question: string): Candidate | undefined {
  const key = textKey(question);
  const tokens = textTokens(question);
  return (
    candidates.find((c) => c.keys.has(key)) ??
    (tokens.length === 0 ? undefined : candidates.find((c) => alikeAny(tokens, c.forms)))
  );
}

/**
 * Plans the changes that file this application's questions (`questions`, from its reflection;
 * empty when it has none) under cards: a question already filed stays where it is while its
 * wording still reads like that card, so edits to a card never move questions around.
 */
export function planCardSync(input: {
  cards: readonly CardToMatch[];
  filed: readonly FiledQuestion[];
  questions: readonly HardQuestion[];
  newCardId: () => string;
}): CardSyncPlan {
  // A question with no words cannot be practised, and one id is filed once.
  const seen = new Set<string>();
  const questions = input.questions.filter((q) => {
    const keep = q.question.trim() !== '' && !seen.has(q.id);
    seen.add(q.id);
    return keep;
  });
  const candidates = input.cards.map((c) =>
    candidateOf(c.id, [c.question, ...c.wordings], c.hasAnswer),
  );
  const byId = new Map(candidates.map((c) => [c.id, c]));
  const plan: CardSyncPlan = { create: [], file: [], unfile: [], seed: [] };
  const current = new Set(questions.map((q) => q.id));
  for (const filed of input.filed) {
    if (!current.has(filed.questionId)) plan.unfile.push(filed.questionId);
  }
  const filedById = new Map(input.filed.map((f) => [f.questionId, f]));
  for (const question of questions) {
    const filed = filedById.get(question.id);
    const home = filed && byId.get(filed.cardId);
    const stays =
      home !== undefined &&
      (filed?.question === question.question || findCard([home], question.question) === home);
    let card = stays ? home : findCard(candidates, question.question);
    if (card === undefined) {
      const id = input.newCardId();
      plan.create.push({ id, question: question.question, answer: question.betterAnswer });
      card = candidateOf(id, [question.question], question.betterAnswer !== null);
      candidates.push(card);
      byId.set(id, card);
    } else if (question.betterAnswer !== null && !card.hasAnswer) {
      plan.seed.push({ cardId: card.id, answer: question.betterAnswer });
      card.hasAnswer = true;
    }
    if (filed?.cardId !== card.id || filed.question !== question.question) {
      plan.file.push({ cardId: card.id, questionId: question.id, question: question.question });
      card.keys.add(textKey(question.question));
      card.forms.push(textTokens(question.question));
    }
  }
  return plan;
}
