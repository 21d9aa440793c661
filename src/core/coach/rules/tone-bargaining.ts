import { definePhraseRule } from '../phrase-rule';
import type { PhraseGroup } from '../phrases';

/**
 * Asking them to reconsider without saying so: offering terms that might change the outcome
 * ("would it change things if I took a lower salary"), asking whether the door is still open,
 * or offering to redo the task before the offer goes out.
 */
export const BARGAINING_GROUPS: readonly PhraseGroup[] = [
  {
    id: 'offers-terms',
    unlessForward: true,
    patterns: [
      '(?:would|could|does|might|will|would not) it (?:help|change (?:things|anything|matters|the picture|the outcome|the decision|your mind|your view)|make (?:a|any|the) difference|matter|swing it|tip (?:it|things|the balance)|make it easier|make things easier) if i',
      '(?:if|in case) (?:it is|it was|that is|that was|the issue is|the issue was|the problem is|the problem was|the sticking point (?:is|was)|budget|cost|money|salary|the salary|pay|hours|the hours|location|relocation|remote|remote working|notice|my notice|the notice) {GAP:5}(?:sticking point|issue|problem|reason|question|concern|factor|obstacle|blocker|deciding factor|what held)',
      '(?:cost|money|salary|budget|pay|price|my rate|the rate|relocation|notice|my notice period|travel|my salary expectations?) (?:to be|being|was|is|were) (?:the|a) (?:reason|issue|problem|sticking point|obstacle|barrier|deciding factor)',
      '(?:revisiting|revisit|flex on|flexing on|negotiate on|adjust|lower|reduce|look again at) (?:the )?(?:comp|compensation|salary|my salary|the salary|my rate|pay|package|my package|my ask)',
      '(?:get|getting) (?:this|it|things) over the line',
      '(?:you would have|you have|there is|you would have absolutely) nothing to lose',
      '(?:suppose|how about if|what about if) i (?:came|come|took|take|started|start|worked|work|joined|join|did|do)',
      '(?:should|if) (?:the|your) (?:appointment|offer|hire|chosen candidate|successful candidate|new starter|preferred candidate) (?:not|fail to|fails to|falls? through|does not|do not|is not|were not)',
      'what if i (?:took|take|accepted|accept|started|start|came in|come in|worked|work|dropped|drop|did|do|offered|offer|agreed|agree|relocated|relocate|moved|move|went|go)',
      '(?:happy|willing|prepared|open|glad|able|ready|content) to (?:come in|start|accept|take|drop|lower|reduce|waive|forgo|give up|work|relocate|move|go|negotiate) {GAP:4}(?:lower|less|bottom of the band|lower end|bottom end|reduced|smaller|a cut|pay cut|contract|trial|probation|part-time|fewer|without|unpaid|for free|a lower salary|the bottom|salary|pay|rate)',
      'i (?:would|could|can|will) (?:happily |gladly )?(?:take|accept|do|work) (?:a |an )?{GAP:2}(?:four-day|part-time|pay cut|lower|reduced|shorter|temporary|fixed-term|trial|probationary|smaller|junior|lesser|cheaper)',
      '(?:drop|dropped|dropping|waive|waiving|give up|forgo|withdraw) (?:my |the )?(?:request|ask|requirement|demand|expectation|condition)s? (?:for|of|about)',
      'if (?:that|it|this) (?:makes|would make|will make|could make) (?:the|a|any) difference',
      '(?:start|begin|come in|join) (?:on|with) (?:a )?(?:contract|trial|probation|temporary|freelance|short-term|fixed-term|zero-hours|part-time) (?:basis|contract|period)?',
      '(?:and|so) you (?:could|can|would|might) see (?:how i|what i|for yourselves|for yourself)',
      'see how i get on',
      'try me out',
      '(?:is it|it is|is it already|is it now) too late (?:to|for)',
      'still (?:time|a way|room) (?:to be|for me to be) (?:considered|reconsidered)',
      '(?:would|will|could|might) (?:the|your|this|that) (?:outcome|decision|answer|result|picture) (?:be|have been) (?:any )?different if',
      '(?:is there|would there be|is there still|could there be) (?:still )?(?:a|any) (?:chance|way|possibility|hope|route|opening) if i',
      '(?:knock|take|drop|shave|cut|bring) {GAP:3}(?:off|down) (?:my|the) (?:salary|rate|ask|fee|price|expectations|day rate|package)',
      '(?:any|a|some) way back in',
      'if (?:it is|it was|that is|that was) (?:the|my) (?:rate|day rate|salary|money|price|fee|cost|budget|package)',
      '(?:that|it|the rate|my rate|the price|the fee|my salary) (?:can|could) (?:move|come down|be negotiated|drop|flex|be flexible|be adjusted)',
      'on a (?:{WORD} )?(?:temporary|trial|interim|probationary|short-term|fixed-term|locum|freelance) basis',
      '(?:make|makes|made) (?:the|your|this) (?:decision|choice|call) (?:easier|simpler)',
      'if (?:the|my) (?:issue|problem|sticking point|concern|obstacle|worry) (?:is|was) (?:my |the )?(?:salary|pay|cost|money|budget|rate|notice|location|hours|relocation|expectations?)',
      '(?:drop|lower|reduce|cut|bring down) (?:it|that|my (?:ask|salary|expectation|expectations|rate|fee)) by',
      '(?:it|that|this) would change things',
      '(?:you can|you could|and then) decide (?:after|later|then|once|at the end)',
    ],
    message:
      '{match} offers new terms in the hope of changing the outcome. It reads as asking them to reverse the decision, and it undersells you for any future role. If you are flexible on terms, that is worth saying when a new opening comes up, not now.',
    suggestion: 'If a similar role opens in future, I would love to be considered.',
  },
  {
    id: 'keeps-it-open',
    patterns: [
      'is the door (?:completely |totally |fully |firmly |now |still )?(?:closed|shut)',
      'before (?:the offer|an offer|anything|it|the contract|contracts|the appointment|the decision) (?:goes out|go out|(?:is|are) (?:finali[sz]ed|signed|confirmed|sent|made official|official|final))',
      '(?:redo|re-do|retake|resit|re-sit|repeat|have another go at|have another crack at|another go at|another crack at) (?:the|my|that|this) {GAP:3}(?:task|exercise|test|study|presentation|lesson|assessment|interview|case study|take-home|trial|shift|pitch|audition|round)',
      "(?:change|shift|alter|sway|turn around) (?:your|their|the panel 's|the team 's|the partners ') (?:view|views|thinking|opinion|minds|perspective)",
      '(?:keep|hold|leave) (?:my application|my candidacy|my file|me|my cv|things|the role|it|the door) (?:open|on hold|live|active|warm|in play|in reserve|ajar)(?! to (?:future|other|new))',
      '(?:at|on|to) the top of (?:the|your) (?:list|pile|shortlist)',
      '(?:keep|put|have) me (?:at )?(?:the )?top of (?:the|your) (?:list|pile|shortlist)',
      'first in (?:line|the queue)',
      '(?:reopen|re-open) (?:the|our|my|this) (?:conversation|discussion|application|file|search|process|case)',
      '(?:you will|you would|you might|you may|i think you will|i am sure you will|you are bound to) (?:want|wish|need|be keen|decide) to (?:reopen|re-open|come back to me|call me|reconsider|revisit|think again|talk again|get back in touch)',
    ],
    message:
      '{match} keeps pushing at a decision already made. It reads as not accepting the outcome, which is the one thing that makes a hiring manager less likely to think of you later. Accept it graciously; that is what gets people called back.',
    suggestion: 'If anything changes in future, I would be glad to hear from you.',
  },
];

/** `tone/bargaining`: reconsideration asked for indirectly, by offering terms or keeping it open. */
export const bargainingRule = definePhraseRule({
  id: 'tone/bargaining',
  category: 'tone',
  groups: BARGAINING_GROUPS,
});
