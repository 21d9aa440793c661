import type { Combination } from '../cues';
import { definePhraseRule } from '../phrase-rule';

/**
 * Holding up what the application cost you as a debt: the day off, the weekends, the offer
 * turned down, "so I'd hope feedback isn't too much to ask".
 */
export const GUILT_TRIP_COMBINATIONS: readonly Combination[] = [
  {
    id: 'effort-as-debt',
    all: ['sacrifice', 'owed'],
    message:
      '{match} presents the effort you put in as something they now owe you. It is fair to feel it; written down, it reads as guilt-tripping, and a reply feels like paying a debt rather than doing a favour. Ask lightly, and thank them whatever they can give.',
    suggestion: 'If you are able to share any feedback, I would be grateful.',
  },
  {
    id: 'effort-as-debt',
    all: ['owed', 'sacrifice'],
    reachBack: true,
    message:
      '{match} presents the effort you put in as something they now owe you. It is fair to feel it; written down, it reads as guilt-tripping, and a reply feels like paying a debt rather than doing a favour. Ask lightly, and thank them whatever they can give.',
    suggestion: 'If you are able to share any feedback, I would be grateful.',
  },
  {
    id: 'effort-for-nothing',
    all: ['effort-for-nothing'],
    message:
      '{match} weighs all the effort against a flat no. The frustration is understandable, but the reader will hear a complaint about the process. Keep the note on what you would like to learn.',
    suggestion: 'I would value one or two thoughts on where I could improve.',
  },
];

/** `tone/guilt-trip`: effort presented as a debt. */
export const guiltTripRule = definePhraseRule({
  id: 'tone/guilt-trip',
  category: 'tone',
  groups: [],
  combinations: GUILT_TRIP_COMBINATIONS,
});
