import { definePhraseRule } from '../phrase-rule';
import type { PhraseGroup } from '../phrases';

const STRONG_VERBS =
  '(?:reconsider|reconsidered|reconsidering|rethink|rethinking|revisit|revisiting|reverse|reversing|overturn|overturning|re-evaluate|reevaluate|reassess|re-assess|appeal|rescind|change|reopen|re-open)';
/** Verbs that ask for a reversal only with the decision itself as their object. */
const REVIEW_VERBS =
  '(?:review|reviewing|re-examine|re-examining|re-examined|look again at|looking again at|go back over|going back over)';
const OBJECTS =
  '(?:decision|choice|outcome|verdict|selection|rejection|application|candidacy|candidature|score|scores|assessment|result|ranking|call|mind)';

/** Asking them to reverse the decision, openly or by offering to try again. */
export const RECONSIDER_GROUPS: readonly PhraseGroup[] = [
  {
    id: 'reverse-decision',
    strong: true,
    unlessSelfSubject: true,
    patterns: [
      `${STRONG_VERBS} (?:your|the|this|that|their|its|my|his|her) {GAP:1}${OBJECTS}`,
      `(?:review|look at|look over|consider|assess|evaluate|go over|check|re-read|read|mark|score) (?:my|the) {GAP:2}(?:score|scores|application|assessment|marks|marking|result|exercise|test|case study|candidacy|answers|submission|cv|resume|portfolio) (?:again|once more|a second time|one more time)`,
      '(?:review|look at|look over|take another look at|have another look at|look again at) (?:the|your|this) (?:decision|outcome|verdict|result)',
      '(?:look|looked|looking|go|went|gone) (?:again|once more) (?:at|over|through) (?:my|the)',
      '(?:looked at|reviewed|marked|checked|re-marked|remarked|reassessed|reconsidered|read|scored) again',
      'reconsider(?:ing)? (?:me|it|this|things)?(?= [?.!,]|$)',
      '(?:be|being|to be|get) reconsidered',
      `${REVIEW_VERBS} (?:its|their|your|the|this|that) (?:decision|choice|outcome|verdict)`,
      '(?:look|looked|looking|have a look|take a look) at (?:its|their|your|the|this|that) (?:decision|choice|outcome|verdict) (?:again|once more|a second time)',
      '(?:any|some) (?:flexibility|wiggle room|room for manoeuvre|room for maneuver) (?:before|on|in|around|over) (?:the|it|this|contracts|anything|the decision)',
      // "Kindly look into my case again", "see if something can be done".
      'look into (?:it|this|the matter|my (?:case|application|candidature|candidacy|profile|file)) (?:once )?again',
      '(?:see|check|find out) (?:if|whether) (?:something|anything) (?:can|could) (?:still )?be done',
    ],
    message:
      '{match} asks them to reverse a decision they have already made. It almost never works and tends to end the conversation; career advisers are firm about not asking. If you would like to be considered again, say you would welcome hearing about future openings.',
    suggestion: 'If anything changes, or a similar role opens, I would love to hear about it.',
  },
  {
    id: 'asks-to-reverse',
    strong: true,
    patterns: [
      '(?:please|would you|could you|can you|will you|might you|would the team|could the panel|hope you (?:will|would|might|could)|ask you to|asking you to|ask (?:whether|if) you (?:might|could|would)|urge you to|beg you to|willing to) {GAP:2}(?:reconsider|rethink|think again|change your mind|revisit)',
      "change (?:your|their|his|her|the team 's|the panel 's) mind",
      '(?:you|the panel|the team|the committee|they) (?:will|would|might|could|can|may) (?:kindly |please |perhaps |still |surely )?(?:reconsider|rethink|think again|revisit|change your mind)',
      '(?:like|want|wish|intend|plan|going) to appeal',
      '(?:request|ask for|like|want|seek|requesting|asking for) (?:a |an )?(?:formal )?(?:review|re-review|reassessment|re-assessment|re-evaluation|reevaluation|second look|appeal|rethink) (?:of|on) (?:my|the|your|this)',
      '(?:decision|outcome|result|choice|verdict) (?:could|can|might|may|will|would) (?:still )?be (?:reviewed|revisited|reconsidered|changed|reversed|overturned|appealed|looked at again|re-examined)',
      '(?:could|can|might|may|would|will) (?:the|your|this|that) (?:decision|outcome|result|choice|verdict) (?:still )?be (?:reviewed|revisited|reconsidered|changed|reversed|overturned|appealed|looked at again|re-examined)',
    ],
    message:
      '{match} asks them to reverse a decision they have already made. It almost never works and tends to end the conversation; career advisers are firm about not asking. If you would like to be considered again, say you would welcome hearing about future openings.',
    suggestion: 'If anything changes, or a similar role opens, I would love to hear about it.',
  },
  {
    id: 'another-chance',
    unlessForward: true,
    patterns: [
      '(?:another|a second|one more|a last|a final|a fresh|one last) (?:chance|shot|try|go|opportunity to (?:prove|show|demonstrate|interview)|interview|trial|round|look|session|lesson|shift|presentation|demo|exercise|attempt|audition)',
      'so (?:that )?(?:you|the panel|the team|they|everyone) (?:can|could) see (?:me|what i|how i)(?: (?:properly|for yourself|for yourselves|in action|at my best|again|can actually do|can do|really|actually))?',
      '(?:come|came|coming) back in (?:and|to) (?:show|lead|run|do|present|demonstrate|give|deliver)',
      '(?:build|do|make|run|prepare|write|give|sit|complete) (?:another|a second|a fresh|a new) (?:test|exercise|task|level|lesson|presentation|pitch|sample|case study|assessment)(?: {GAP:3}(?:to prove|to show|so you can see))?',
      'give me (?:a|the|one|another|just one|one last) (?:chance|shot|opportunity)(?: to (?:prove|show|demonstrate))?',
      '(?:interview|trial|present|pitch|be interviewed|come in|come back in) (?:again|once more|one more time|a second time)',
      '(?:put|keep|add|place|get) me (?:back )?(?:in|into|on) (?:the )?(?:running|consideration|process|shortlist|pool|race)',
      '(?:prove|show) (?:myself|you wrong|them wrong|that i (?:am|can|could|would|was))',
      '(?:hire|choose|pick|select|take) me (?:instead|anyway|over|after all)',
      '(?:squeeze|fit|slot|sneak|get|bring|take) me (?:in|into|on|onto) {GAP:2}(?:anyway|after all|somehow|regardless|still)',
      '(?:any chance|is there any way|could you|would you|can you) {GAP:2}(?:squeeze|fit|slot|find (?:a )?(?:place|room|space|spot) for) me',
      '(?:give me|grant me|offer me|allow me|let me have|i ask for|i am asking for|i would like|i would love|i would appreciate) (?:another|a second|one more|a last|a final) (?:opportunity|chance|shot|try|go)',
    ],
    message:
      '{match} asks for another try at a decision that has been made. It puts the hiring manager in the position of saying no twice. Thank them, ask for one piece of advice, and let them come back to you if things change.',
    suggestion: 'If a similar role opens in future, I would love to be considered.',
  },
  {
    id: 'decision-final',
    patterns: [
      '(?:is|was) (?:the|your|this|that) (?:decision|choice|outcome) (?:final|definite|set in stone|definitive|certain|irreversible|fixed)',
      '(?:is there|was there) (?:any|anything|a|some) (?:way|chance|possibility|hope|room|scope|path)(?: at all)? {GAP:4}(?:reconsider|revisit|change|reopen|re-open|still|be considered|considered|move forward|proceed|continue|advance|join|progress|stay in|remain in|be revisited|be reviewed|be changed|review|again)',
    ],
    message:
      '{match} looks for a way around the decision. It reads as not accepting it, which makes the feedback you want less likely. Accepting the decision first is what earns a frank answer.',
  },
];

/** `tone/asks-to-reconsider`: asking them to reverse or revisit the decision. */
export const asksToReconsiderRule = definePhraseRule({
  id: 'tone/asks-to-reconsider',
  category: 'tone',
  groups: RECONSIDER_GROUPS,
});
