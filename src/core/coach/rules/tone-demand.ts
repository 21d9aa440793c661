import { definePhraseRule } from '../phrase-rule';
import type { PhraseGroup } from '../phrases';

/** A sentence that asks them for something: addressed to them, with something to send. */
const ASKING =
  /^(?:(?=.*\b(?:you|your|please|i (?:want|need|expect|require|would like|would appreciate)|kindly)\b)|(?=(?:reply|respond|answer|send|get back|let me know|call|email|write)\b))(?=.*\b(?:send|reply|respond|answer|explanation|breakdown|feedback|hear|let me know|get back|provide|response|update|decision|notes|scores|know)\b)/;

/** Demands, deadlines, entitlement and reproaches for silence. */
export const DEMAND_GROUPS: readonly PhraseGroup[] = [
  {
    id: 'demand',
    patterns: [
      'i (?:demand|insist on|insist that|require that|expect that|am demanding|am insisting)',
      'i (?:expect|want|require|need|would like) (?:a|an|the|some|at least|full|detailed|proper|a proper|a full|a detailed|a written|an official|written|my|your) {GAP:2}(?:answer|answers|explanation|response|reply|breakdown|reason|reasons|justification|report|copy|notes|scores|scorecard|evaluation|results|apology|review)',
      'i (?:expect|want|require|need) (?:some |at least some |real |proper |detailed |specific )?feedback',
      'i (?:need|want|must|have to|demand to) (?:to )?know (?:why|what|how|who|exactly|the reason)',
      '(?:expect|need|require|want) you to (?:explain|tell|give|provide|send|justify|respond|reply|call|answer|get back)',
      "(?:please )?(?:send|give|provide|forward|let me have|share with me|release|disclose) (?:me )?(?:the|my|a copy of|copies of|all|with the|with my|with a|your|the panel 's|their) {GAP:2}(?:notes|scores|scoring|scorecard|sheet|evaluation|assessment|results|feedback form|records|marks|ratings|write-up|breakdown|explanation)",
      '(?:this is )?the (?:second|third|fourth|fifth|\\d+(?:st|nd|rd|th)) time i (?:am|have been|have) (?:asking|asked|writing|written|emailing|emailed|following up|chasing)',
      'i have (?:asked|written|emailed|chased|followed up) (?:you )?(?:twice|three times|several times|multiple times|repeatedly|again and again)',
      '(?:an|a) (?:answer|reply|response) this time',
      '(?:prompt|swift|speedy|timely|immediate|urgent) (?:reply|response|answer|feedback|explanation)',
      'kindly (?:explain|provide|send|clarify|confirm|justify|respond|reply|forward|share|let me)(?! (?:any|some|your|a few|a little) (?:feedback|thoughts|advice|pointers|suggestions|tips|comments|guidance))',
      '(?:please )?confirm {GAP:3}in writing',
      'i (?:request|ask|insist) that you',
      'you (?:need to|should|must|have to|ought to) (?:explain|tell|give|provide|reply|respond|reconsider|send|justify|let me know|answer|get back)',
      'i (?:await|am awaiting|will await|look forward to) your (?:explanation|justification|answer|response|reply) (?:on|to|regarding|about|as to)',
      '(?:second|third|fourth|fifth|\\d+(?:st|nd|rd|th)) (?:email|message|time|request|note|attempt) (?:asking|requesting|chasing|about|i have sent|i am sending)',
      'i would have expected (?:a|an|some|the|at least) {GAP:1}(?:reply|response|answer|call|update|acknowledgement|courtesy)',
      '(?:reply|response|answer|word|something|update) by now',
      '(?:can|could|would|will) you (?:at least|even|just) (?:tell|give|send|explain|let me know|have the decency|reply|respond|call|say)',
      '(?:it is|that is|this is) (?:standard|normal|common|best|usual|good|accepted) practice',
      '(?:copy|copies) of (?:the|my|your) {GAP:2}(?:matrix|scores|scoring|notes|marks|marking|score sheet|scoresheet|criteria|assessment|evaluation)',
      "the panel 's (?:individual )?(?:scores|notes|marks|comments|ratings)",
      'i trust you (?:will|can|would) (?:be able to )?(?:send|provide|give|share|reply|respond|rectify|put)',
      'explain (?:me|to me) (?:the|your) (?:reason|reasons|decision|choice)',
      '(?:connecting|i am connecting|connected|adding you) so (?:that )?you (?:can|could) (?:send|forward|share|pass on|email)',
      '(?:look forward to|expect|expecting|will expect|i will look out for) (?:it|them|that|your reply|your response|the feedback|the notes) (?:this week|today|tomorrow|by)',
      '(?:welcome|want|like|expect|need|get|have|give me|send me|any chance of) (?:some |any )?(?:proper|actual|real) (?:feedback|reasons|answers?|explanation|response)',
      '(?:see|have|get|view|be sent|receive) (?:the|my) (?:scoring|scores|marks|score sheet|scoresheet|interview notes|panel notes)',
      '(?:as )?i am sure you (?:will|would|can) (?:appreciate|understand|agree)(?! how| that this| the)',
      '(?:feedback|answer|reply|response|scores|notes|an update|my results) {GAP:6}please(?= [.!]|$)',
      '(?:today|tonight|this morning|this afternoon|by tonight|by lunchtime|this week) if (?:possible|you can)',
      'expect (?:it|them|a reply|an answer|to hear|your reply|your answer|a response) (?:this week|today|by|tomorrow|soon|shortly)',
      'i expect to (?:receive|hear|get|be sent|be given|have) {GAP:4}(?:within|by|before|no later than)',
      '(?:please|kindly) (?:inform|tell|let me know|confirm|send|reply|respond|revert|advise|provide) {GAP:5}(?:by|before|no later than|within) (?:next |this |the )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|end of (?:the )?(?:day|week|month)|close of business|tomorrow|\\d|two|three|seven|ten|fourteen)',
    ],
    message:
      '{match} reads as a demand. Feedback is a favour a hiring manager does not owe, and a demand makes it easy to say nothing. Ask, and make it easy to say yes: one question, no conditions.',
    suggestion: 'Would you be willing to share one thing I could improve?',
  },
  {
    id: 'entitlement',
    strong: true,
    patterns: [
      '(?:is that|is it|surely that is not|surely it is not|that is hardly) too much to ask',
      'i (?:{BELIEVE} )?(?:that )?i (?:deserve|am entitled to|have a right to|have the right to|am owed)',
      'i (?:deserve|am entitled to|have a right to|have the right to|am owed|was owed) (?:a|an|the|some|to|at least|more|better|proper)',
      'you owe (?:me|it to me|candidates|applicants|people|us)',
      '(?:the )?(?:least|minimum) (?:you|they|the company|the team) (?:could|can|should) (?:do|have done)',
    ],
    message:
      '{match} tells them they owe you. Most candidates never receive feedback at all, and framing it as a debt makes a reply even less likely. A light, grateful ask works better.',
    suggestion: 'If you are able to share any feedback, I would be grateful.',
  },
  {
    id: 'deadline',
    requireInSentence: ASKING,
    patterns: [
      '(?:by|before|no later than|within) (?:the )?(?:end of (?:the |this |next )?(?:day|week|month)|eod|cob|close of business|tomorrow|tonight|today|monday|tuesday|wednesday|thursday|friday|saturday|sunday|next week|this week|\\d+ (?:hours|days|business days|working days))',
    ],
    message:
      '{match} puts a deadline on a favour. It reads as pressure, and busy people let pressing messages slide. Leave the timing to them.',
  },
  {
    id: 'urgency',
    patterns: [
      '(?:reply|respond|answer|send|get back to me|let me know|call me|hear back|provide|explain|tell me|hear from you) {GAP:3}(?:asap|immediately|right away|at once|urgently|straight away|as soon as possible|without delay)',
    ],
    message:
      '{match} asks for an answer on your schedule. Feedback is a favour, and urgency makes it easy to put off. Leave the timing to them.',
  },
  {
    id: 'reproaches-silence',
    patterns: [
      '(?:still|i am still|i have been|been) waiting (?:to hear|for (?:a|an|your|any) (?:reply|response|answer|update|decision|call|feedback|news)|on (?:a|an|your))',
      'why (?:have|has|had|did) (?:not |never )?(?:i|anyone|you|no one|nobody|your team|the team) (?:still )?(?:not |never )?(?:heard|been in touch|got back|gotten back|replied|responded|called|contacted|reached out|followed up|written|got in touch|hear)',
      '(?:i have |have |i )?heard nothing (?:since|back|from|at all|yet)',
      '(?:still )?no (?:reply|response|answer|word|news) (?:to|from|on|yet|about|regarding)',
      '(?:you|they|no one|nobody|your team) (?:still )?(?:have|has|had) (?:still )?not (?:got|gotten|come|been|replied|responded|written|called|answered)(?: back| in touch)?',
      'or not \\?',
      'should i (?:just )?(?:stop (?:asking|writing|emailing|trying)|give up|bother)',
      'waiting (?:on|for) (?:a|an|your|any|that|the|my) {GAP:1}(?:reply|response|answer|update|decision|call|feedback|news|email)',
      '(?:feedback|call|update|reply|email|answer|information|details) you promised',
      '(?:it has been|it is been|it is now|that was) (?:a|one|two|three|four|five|six|\\d+|several|many|over a|more than a) (?:days?|weeks?|months?) since i (?:asked|wrote|emailed|requested|sent|applied|followed up|interviewed)',
    ],
    message:
      '{match} points at their silence. It reads as a reproach, and silence is the norm: most candidates never hear back. A short, friendly note with a fresh reason to talk does better than a reminder.',
  },
  {
    id: 'passive-aggressive',
    patterns: [
      'in case my (?:earlier|previous|last|other|first|two|three|\\d+) {GAP:2}(?:emails?|messages?|notes?|letters?) (?:went|got|ended up|were|was|have gone|had gone)',
      '(?:junk|spam) (?:folder|filter|box)',
      '(?:not sure|unsure|wondering|checking) (?:if|whether) you (?:received|got|saw|read|have seen|ever received|ever saw) my (?:previous|last|earlier|other|first|two|three|\\d+) {GAP:2}(?:messages?|emails?|notes?)',
      '(?:take|took|taking|interpret|read|treat) (?:the|your|this) silence (?:to mean|as)',
      'a one-word (?:answer|reply|response)',
      '(?:a couple of|a few|two|one|just a few|a single|just a couple of) (?:lines|line|words|sentences|sentence) would (?:be fine|suffice|do|be enough)',
      'would suffice',
      'i know (?:replies|things|emails|answers|responses) (?:take|can take) (?:a while|time|ages|forever) (?:there|at|with you|in your|on your side)',
      'i have (?:now )?(?:chased|followed up|asked|written|emailed|contacted you|been in touch) (?:about )?(?:this |you )?(?:three|four|two|several|multiple|\\d+|a number of) times',
      '(?:as|per) (?:per |i said in |mentioned in |stated in |i mentioned in )?my (?:last|previous|earlier) (?:email|message|note)',
      '(?:as i said in|as i mentioned in|as stated in|as per) my (?:last|previous|earlier) (?:two |three |\\d+ )?(?:emails|messages|notes)',
      '(?:my|the) (?:previous|last|earlier) (?:two|three|four|\\d+|several) (?:emails|messages|notes)',
      '(?:bump|bumping|bumped|nudge|nudging|push|pushing) (?:this|it|my (?:email|message|note)) (?:up|back up|to the top)',
      '(?:i can only|i must|i will|i have to|i) assume {GAP:3}(?:went astray|got lost|went missing|were lost|was lost|did not arrive|went to spam|never arrived|were missed|got buried)',
      '(?:went|gone|going|have gone) astray',
      'further to my (?:emails|messages|letters|previous|earlier|last)',
      '(?:not going to|will not|i will not|i am not going to) keep (?:chasing|asking|writing|emailing|following up)',
      '(?:if|when) you (?:ever )?decide (?:that )?(?:candidates|people|applicants|i) (?:deserve|are worth|merit)',
      '(?:arrived|came|reached me) (?:a full|fully|a whole|over a|more than a|nearly a|a good) (?:month|week|fortnight|two weeks|three weeks) after',
      '(?:i am )?still (?:awaiting|waiting for) (?:feedback|a reply|a response|an answer|your reply|your response|an update)',
    ],
    message:
      '{match} is polite on the surface and pointed underneath. The reader will hear the reproach for not replying, and silence is common: most candidates never hear back. A short, warm note with a new reason to talk does better than a pointed reminder.',
    suggestion: 'I know things get busy; if you ever have a moment, I would value any thoughts.',
  },
  {
    id: 'holds-to-promise',
    patterns: [
      '(?:you|he|she|they|the recruiter|your recruiter) (?:said|told me|promised|assured me|mentioned|agreed) (?:that )?(?:you|he|she|they) would (?:let me know|call|get back|be in touch|keep me (?:posted|updated|informed|in mind)|keep my (?:cv|resume|details|application)|reach out|contact me|send|follow up|email|update|tell)',
      '(?:you|he|she|they|the recruiter|your recruiter) promised (?:to|that|me)',
    ],
    message:
      '{match} holds them to a promise. Even when it is true, it reads as an accusation. Say what you would still be glad to hear about instead.',
    suggestion: 'If anything comes up that might suit me, I would be glad to hear about it.',
  },
];

/** `tone/demand`: demands, deadlines, entitlement and reproaches for silence. */
export const demandRule = definePhraseRule({
  id: 'tone/demand',
  category: 'tone',
  groups: DEMAND_GROUPS,
});
