import type { Combination } from '../cues';
import { definePhraseRule } from '../phrase-rule';
import type { PhraseGroup } from '../phrases';

/**
 * Setting yourself above the team or the person hired: "someone like me on it", "without
 * anyone who actually understands", "I did warn you", "nice to see someone took the hint".
 */
export const SUPERIORITY_COMBINATIONS: readonly Combination[] = [
  {
    id: 'above-the-rest',
    all: ['superior'],
    message:
      '{match} sets you above the people you are writing to, or the person they chose. Confidence is good; here it reads as a put-down, and it makes the reader less keen to help. Let your work speak in your next application instead.',
    suggestion: 'I would love to hear how the project goes.',
  },
  {
    id: 'told-you-so',
    all: ['told-you'],
    message:
      '{match} says “I told you so”. Even when it is true, it reads as point-scoring, and it reminds them of the decision in the least flattering way. If you want to offer help, offer it without the reminder.',
    suggestion: 'If it would ever help to talk it through, I would be glad to.',
  },
  {
    id: 'told-you-so',
    all: ['told-you-weak', ['misfortune', 'dig', 'sour', 'superior', 'hire']],
    reachBack: true,
    message:
      '{match} links their trouble to what you said at interview. It reads as “you should have listened”, which no one enjoys hearing from a candidate they turned down. Offer help plainly, or wish them well.',
    suggestion: 'If it would ever help to talk it through, I would be glad to.',
  },
  {
    id: 'above-the-rest',
    all: ['needs-someone', ['misfortune', 'hire', 'slight', 'dig']],
    reachBack: true,
    unlessAccepted: true,
    message:
      '{match} implies they chose someone less able than you. Whatever the truth of it, the reader hears a put-down of a colleague, and it undoes the help you are offering. Offer help plainly, or wish them well.',
    suggestion: 'If it would ever help to talk it through, I would be glad to.',
  },
];

/** Saying the team would have been better off with someone like the writer. */
export const SUPERIORITY_GROUPS: readonly PhraseGroup[] = [
  {
    id: 'needed-someone-like-me',
    unlessSelfSubject: true,
    patterns: [
      '(?:would|could|might) (?:really |certainly |surely |definitely )?(?:have )?(?:benefited|benefitted|benefit|done better|gained) (?:from|with) (?:someone|somebody|a person|a candidate|an applicant|an experienced|a more experienced|more experience)',
    ],
    message:
      '{match} says they would have been better off with someone like you. However mildly put, the reader hears “you chose wrong”, and a polite “I understand” after it does not undo that. Let your work speak in your next application instead.',
    suggestion: 'I would love to hear how the project goes.',
  },
  {
    id: 'lectures-the-panel',
    patterns: [
      // Advice to the panel on how to do its job: "I would encourage the panel to read the
      // report more closely", "I'd gently note that the protocol you described is outdated".
      '(?:encourage|urge|recommend|advise|suggest|invite) (?:the panel|the committee|you|your team|the team|the hiring team|the interviewers?|the board|hr|the assessors?) to (?:read|look at|review|re-read|reread|revisit|study|check) {GAP:6}(?:more closely|more carefully|properly|more thoroughly|again|in full)',
      'i (?:would|must|should|will|can) (?:also )?(?:just )?(?:gently|politely|respectfully|humbly) (?:note|point out|observe|remind you|flag|correct)',
    ],
    message:
      '{match} tells the panel how to do its job. However courteously put, it reads as a correction from someone they just turned down, and it invites a defensive reply or none. If you have a point about the work, offer it as a question, or keep it for a conversation they ask for.',
  },
];

/** `tone/superiority`: self-superiority and told-you-so. */
export const superiorityRule = definePhraseRule({
  id: 'tone/superiority',
  category: 'tone',
  groups: SUPERIORITY_GROUPS,
  combinations: SUPERIORITY_COMBINATIONS,
});
