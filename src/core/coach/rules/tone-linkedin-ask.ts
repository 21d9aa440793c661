import { definePhraseRule } from '../phrase-rule';
import type { PhraseGroup } from '../phrases';

/** Asks that do not belong in a first LinkedIn note. */
export const LINKEDIN_ASK_GROUPS: readonly PhraseGroup[] = [
  {
    id: 'first-note-ask',
    patterns: [
      '(?:could|would|can) you (?:refer|recommend|introduce|forward|pass|put in a (?:good )?word|keep me|let me know|send|share|take a look|look at|review|help)',
      '(?:any|some) (?:feedback|openings|roles|positions|vacancies|referrals?|leads)',
      '(?:refer|referral|recommend) me',
      'looking for (?:a |my next )?(?:role|job|position|opportunit(?:y|ies))',
    ],
    message:
      '{match} is an ask, and a first LinkedIn note works best without one: a connection request with a request attached reads as transactional. Connect first; ask later, once there is a reason to.',
  },
];

/** `tone/linkedin-ask`: a request tucked into a first LinkedIn note (advice, not an error). */
const linkedinAsk = definePhraseRule({
  id: 'tone/linkedin-ask',
  category: 'tone',
  severity: 'info',
  groups: LINKEDIN_ASK_GROUPS,
});

export const linkedinAskRule = (options: Parameters<typeof linkedinAsk>[0] = {}) =>
  linkedinAsk({ kinds: ['linkedin_note'], strongSeverity: 'info', ...options });
