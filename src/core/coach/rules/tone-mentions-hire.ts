import type { Combination } from '../cues';
import { definePhraseRule } from '../phrase-rule';

/**
 * Remarks about the person who got the job. Wishing them well is kind; anything else about them
 * (what they lack, who they know, waiting for them to fail, how they were picked) reads as a
 * complaint about the decision, and a hiring manager cannot discuss another candidate anyway.
 */
export const MENTIONS_HIRE_COMBINATIONS: readonly Combination[] = [
  {
    id: 'waits-for-the-hire-to-fail',
    all: ['hire', 'hire-fails'],
    message:
      '{match} waits for their choice to fall through. It reads as asking them to reverse the decision, and as a hope that the new person fails. If you would like to be kept in mind, say it plainly and without the condition.',
    suggestion: 'If anything changes, or a similar role opens, I would love to hear from you.',
  },
  {
    id: 'hints-at-connections',
    strong: true,
    all: ['hire', 'connection'],
    message:
      '{match} hints that the choice came down to who the person knows. Even as an aside it reads as an accusation of favouritism, and the person reading may have made the call in good faith. Leave it out; if you have a real concern, raise it formally.',
  },
  {
    id: 'compares-with-the-hire',
    all: ['hire', 'hire-lacks'],
    message:
      '{match} compares you with the person they hired. However true it is, a hiring manager hears “you chose the wrong person”, and they cannot discuss another candidate. Keep the note about you and what you would like to strengthen.',
    suggestion: 'I hope the new starter settles in well. Is there one thing I could strengthen?',
  },
  {
    id: 'compares-with-the-hire',
    all: ['hire-lacks', 'hire'],
    reachBack: 2,
    message:
      '{match} points at what the person they hired lacks. However true it is, a hiring manager hears “you chose the wrong person”, and they cannot discuss another candidate. Keep the note about you and what you would like to strengthen.',
    suggestion: 'I hope the new starter settles in well. Is there one thing I could strengthen?',
  },
  {
    id: 'questions-the-choice',
    all: [
      'hire',
      [
        'probe',
        'probe-strong',
        'doubt',
        'doubt-open',
        'doubt-strong',
        'grudging',
        'superior',
        'surprise',
      ],
    ],
    message:
      '{match} questions their choice of candidate. It asks them to defend a colleague-to-be, which no hiring manager will do in writing. Wish the new person well, or leave them out, and ask about your own next step.',
    suggestion: 'I hope the new starter settles in well. Is there one thing I could strengthen?',
  },
];

/** `tone/mentions-hire`: comparing with, doubting or waiting on the person who got the job. */
export const mentionsHireRule = definePhraseRule({
  id: 'tone/mentions-hire',
  category: 'tone',
  groups: [],
  combinations: MENTIONS_HIRE_COMBINATIONS,
});
