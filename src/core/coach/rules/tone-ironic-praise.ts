import type { Combination } from '../cues';
import { definePhraseRule } from '../phrase-rule';
import type { PhraseGroup } from '../phrases';

/** Mock compliance with their feedback: "I'll be sure to sound less sure of myself". */
export const IRONIC_PRAISE_GROUPS: readonly PhraseGroup[] = [
  {
    id: 'mock-compliance',
    patterns: [
      'i will (?:be sure to|make sure to|make sure i|try to|certainly|definitely|remember to|work on being|aim to) {GAP:2}(?:sound|be|seem|act|come across|appear|look) (?:far |much |a lot |a bit |a little |way )?(?:less|more) (?:sure|confident|hesitant|humble|modest|enthusiastic|keen|experienced|qualified|ambitious|capable|competent|passionate)',
    ],
    message:
      '{match} takes their feedback and turns it back on them. It reads as sarcasm, however light you meant it, and it tells them the feedback was not welcome, so you are unlikely to get more. If the feedback felt unfair, thank them for it and let it go.',
    suggestion: 'Thank you for the feedback; it is useful to hear how I came across.',
  },
  {
    id: 'backhanded',
    patterns: [
      '(?:bold|brave|daring) of (?:you|them|the team|your team) to',
      '(?:each to their own|horses for courses)',
      'interesting (?:choice|choices|approach|take|direction|decision) (?:with|on|in|for|there)',
      '(?:i am (?:sure|certain)|no doubt|i bet|i expect) (?:their|his|her|the new|your new|they) {GAP:5}(?:beat|beats|better than|stronger than|outshine|outshines|trump|trumps|top|tops|far better than|much better than) (?:mine|me|my own|anything i)',
      'must have been (?:a )?(?:very |really |pretty )?(?:short|small|thin|tiny|quick|easy|brief|narrow) (?:shortlist|list|field|search|pool)',
    ],
    message:
      '{match} is a compliment with a sting in it. The reader will hear the sting. If you have nothing warm to say about it, it is fine to say nothing.',
    suggestion: 'I hope it goes really well.',
  },
  {
    id: 'mock-surprise',
    patterns: [
      'who (?:could|would) (?:ever )?have (?:seen|predicted|guessed|known|foreseen|imagined|expected) (?:that|it|this)',
      '(?:colour|color) me (?:surprised|shocked)',
    ],
    message:
      '{match} is mock surprise at their trouble, which reads as gloating. Whatever you think of how it went, the reader will remember the jab. Offer help or good wishes, or leave it out.',
    suggestion: 'I hope it comes together soon.',
  },
];

/**
 * Sarcasm as effusive praise or thanks aimed at the rejection itself or at a slight ("thanks a
 * million for the two-line rejection", "a real treat to find out from the website"), and
 * grudging agreement ("makes sense, I suppose"). Praise of something good stays quiet.
 */
export const IRONIC_PRAISE_COMBINATIONS: readonly Combination[] = [
  {
    id: 'praises-a-slight',
    all: ['effusive', 'slight'],
    message:
      '{match} thanks or praises them for something nobody welcomes, which reads as sarcasm. In writing, the reader hears contempt rather than wit, and it will be the one line they remember. If the news hurt, it is fine to say nothing about it and thank them for their time.',
    suggestion: 'Thank you for letting me know, and for your time during the process.',
  },
  {
    id: 'grudging',
    all: ['grudging'],
    message:
      '{match} agrees through gritted teeth. The reader will hear the edge more than the agreement. A plain “I understand” is warmer, or leave it out.',
    suggestion: 'I understand, and I am grateful for the chance to interview.',
  },
];

/** `tone/ironic-praise`: sarcasm dressed as praise or thanks. */
export const ironicPraiseRule = definePhraseRule({
  id: 'tone/ironic-praise',
  category: 'tone',
  groups: IRONIC_PRAISE_GROUPS,
  combinations: IRONIC_PRAISE_COMBINATIONS,
});
