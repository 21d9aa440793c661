import { ESSAY_TOPICS, type EssayTopic } from '../announcement';
import { defineFederalRule } from '../rule';
import { SOURCES } from '../sources';

/** The four essay questions of the 2025 hiring plan, as announcements usually word them. */
export const ESSAY_LABELS: Record<EssayTopic, string> = {
  constitution: 'Commitment to the Constitution',
  efficiency: 'Efficiency in government',
  executive_orders: 'Executive orders and policy priorities',
  work_ethic: 'Work ethic',
};

/**
 * The usual limit is about 200 words per essay (one secondary source; announcements that give
 * their own limit override it).
 */
export const DEFAULT_ESSAY_WORDS = 200;

export function countWords(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** An essay answer longer than its question's word limit. */
export const essayLengthRule = defineFederalRule({
  id: 'essay-length',
  source: SOURCES.essays,
  defaults: { severity: 'warning' as const, wordLimit: DEFAULT_ESSAY_WORDS },
  create: (options) => (context) =>
    ESSAY_TOPICS.flatMap((topic) => {
      const answer = context.essays[topic];
      if (answer === undefined) return [];
      const limit =
        context.announcement?.essays.find((e) => e.topic === topic)?.wordLimit ?? options.wordLimit;
      const words = countWords(answer);
      return words > limit
        ? [
            {
              message: `The “${ESSAY_LABELS[topic]}” essay has ${words} words; the limit is ${limit}. Trim it to the limit.`,
            },
          ]
        : [];
    }),
});
