import { definePhraseRule } from '../phrase-rule';
import type { PhraseGroup } from '../phrases';

const PRAISE =
  '(?:strongest|strong|best|top|leading|frontrunner|front-runner|preferred|favourite|favorite|ideal|perfect|great|excellent|standout|stand-out|likely|shoo-in|right|well|ahead|shortlisted|successful|through|first choice)';
const MY_RECORD =
  '(?:experience|background|skills|qualifications|profile|record|track record|portfolio|cv|resume|application|credentials|expertise)';
const WORK =
  '(?:answers?|code|work|design|presentation|tests?|demo|solution|take-home|case study|portfolio|plates?|dishes|lesson|exercise|submission|pitch|samples?)';

/**
 * Arguing with or challenging the decision, including the polite forms: claiming to meet every
 * requirement, citing what they said, asking them to justify the choice, comparing yourself
 * with the person chosen.
 */
export const ARGUES_DECISION_GROUPS: readonly PhraseGroup[] = [
  {
    id: 'claims-fit',
    unlessForward: true,
    patterns: [
      'i (?:{BELIEVE} )?(?:that )?(?:i )?{ADV}(?:met|meet|exceeded|exceed|fulfilled|fulfil|fulfill|matched|match|satisfied|satisfy|ticked|tick|checked|check|hit|covered|addressed|had|have|possess|possessed) (?:all|every|each|each and every|every single|all of the|each of the|all the|all of your|the) {GAP:2}{REQ}',
      `(?:i|my {GAP:1}${MY_RECORD}) {GAP:2}(?:exceed|exceeds|exceeded|surpass|surpasses|surpassed|go beyond|went beyond|goes beyond) (?:the|your|all|every|what|those|many of the)`,
      'more (?:than|experience than|years than|qualified than) (?:the (?:posting|job description|advert|ad|role|listing|position|spec|job spec|other|successful)|what (?:the|you|was|is)|required|needed|asked|requested|listed|anyone|the other|whoever|the person)',
      `(?:stronger|better|more qualified|more experienced|more relevant|more senior) than (?:most|many|any|the other|anyone|whoever|the successful|the chosen|the person|other candidates|the rest|them)`,
      'i {BE} {ADV}(?:more than|over|highly|extremely|perfectly|well|exceptionally|fully|very|eminently|amply|clearly) qualified',
      'overqualified',
      'i {BE} (?:the|a|an) {ADV}(?:perfect|ideal|obvious|best|right|natural|strongest|excellent|great|exact|clear|top|textbook|strong|good) (?:fit|candidate|match|person|choice|hire|pick|applicant|addition|asset)',
      'i (?:{BELIEVE} )?(?:that )?i (?:would have been|would be|am|was) (?:a|an|the) {ADV}(?:great|excellent|perfect|ideal|strong|valuable|fantastic|brilliant|outstanding|right|best) (?:fit|addition|asset|hire|member|match|choice)',
      `my {GAP:1}${MY_RECORD} (?:clearly |obviously )?(?:shows|proves|demonstrates|speaks for itself)`,
      'i did everything (?:right|correctly|you asked|they asked|that was asked|asked of me|i was asked|you wanted)',
      '(?:which|that) i (?:match|meet|satisfy|fulfil|fulfill|tick|cover) (?:point by point|in full|in every respect|fully|completely|entirely|line by line|to the letter)',
      `(?:my|the) {GAP:2}${WORK} (?:all )?(?:were|was) {ADV}(?:perfect|flawless|faultless|impeccable)`,
      '(?:made|tailor-made|written|designed|perfect|custom-made) for me',
      'i (?:would|will|could) {ADV}be (?:the|a|an) {ADV}(?:perfect|ideal|obvious|best|right|natural|strongest|logical|safest|clear) (?:fit|candidate|match|person|choice|hire|pick|applicant)',
      'more {GAP:2}than (?:most|many|anyone|others|the rest|the other|the person|the successful|whoever|any other)',
      'mine (?:is|was|are|were) (?:far |much |considerably |a lot )?(?:extensive|stronger|better|longer|deeper|broader|more)',
      '(?:safest|strongest|best|most experienced|most qualified) (?:pair of hands|candidate|option|person|choice) (?:available|you had|you saw|you interviewed|on the shortlist)',
      '(?:should|ought to) have (?:hired|chosen|picked|selected|offered|taken|gone with) me',
      '(?:i |and )(?:hold|have|had|meet|met|cover|covered|tick|ticked) {GAP:5}(?:the advert|the job spec|the spec|the job description|the person specification|the posting) (?:asked for|required|listed|called for|wanted|specified)',
      'i would have thought (?:that )?(?:a|an|someone|somebody|anyone|people|candidates|experience)',
      'explain (?:that|this|your|the) (?:comment|remark|point|statement|assessment|note|description)',
      '(?:matched|mirrored|mirrors|matches|was identical to|followed|replicated|was the same as) (?:the|your) (?:{WORD} )?(?:approach|method|methodology|brief|spec|framework|model|process|standard) {GAP:10}(?:exactly|almost exactly|to the letter|precisely|perfectly|point for point)',
    ],
    message:
      '{match} makes a case against their decision. However true it is, a hiring manager reads it as “you got it wrong”, and a reply that has to defend the choice is one they will not write. Let the decision stand and ask what would make you the obvious pick next time.',
    suggestion: 'What would have made my application stronger for this role?',
  },
  {
    id: 'cites-what-was-said',
    patterns: [
      `(?:told|assured|promised|led to believe|given the impression|under the impression|informed|said|mentioned|indicated|implied|hinted|suggested|made it clear|made it sound like) {GAP:5}(?:i|my {WORD}) (?:was|were|am|had|would|did|looked|came across) {GAP:3}${PRAISE}(?! but| though| although| yet)`,
      '(?:told|assured|promised|said|mentioned|indicated|implied|hinted|suggested) {GAP:8}(?:an offer|the offer|the job|the role) (?:was|would be|is) (?:likely|coming|mine|on its way|certain|probable|a formality)',
      'what (?:has |had )?changed(?= [?.!]|$)',
      '(?:told|assured|promised|said|mentioned|indicated|implied|hinted|suggested) {GAP:8}(?:a done deal|in the bag|a formality|a sure thing|guaranteed|a certainty|mine to lose|as good as mine)',
      '(?:led to believe|told|assured|promised|given the impression|under the impression) {GAP:4}(?:the|this|that) (?:job|role|position|offer) (?:was|would be|is) (?:mine|mine to lose|as good as mine|in the bag|certain|guaranteed)',
    ],
    message:
      '{match} holds them to something said during the process. It puts people on the defensive, and plans change for reasons candidates never see. Leave it out and ask what you could build on.',
  },
  {
    id: 'asks-justification',
    patterns: [
      '(?:explain|clarify|justify|walk me through|tell me|share|help me understand|outline|let me know) (?:to me )?(?:exactly )?why(?! i (?:love|loved|enjoyed|am|applied|chose|want|wanted|think|thought|believe|was drawn|was excited))',
      '(?:explain|clarify|justify|walk me through|tell me|share|help me understand|outline|let me know|understand|know|ask) (?:to me )?(?:exactly )?how (?:the (?:final )?(?:decision|panel|team|committee) (?:was|were|is) (?:made|reached|taken|decided|arrived)|(?:the |another )?{OTHER} {CAND}|you (?:decided|chose|came to|arrived|reached|made|judged|ranked|scored|compared|assessed|evaluated|weighed)|i (?:was|were) (?:scored|ranked|assessed|evaluated|judged|marked|compared|rated)|my {GAP:2}(?:was|were) (?:scored|ranked|assessed|evaluated|judged|marked|compared|rated))',
      '(?:criteria|criterion|rationale|reasoning|reasons?|basis|grounds|logic|thinking|justification|methodology|rubric|scoring) (?:used|applied|behind|for|that (?:were|was) used|that led to|which led to|that informed|underlying) (?:the |your |this |that |their |my )?(?:decision|choice|selection|outcome|rejection|assessment|evaluation|hiring|scoring|ranking|marking|{OTHER} {CAND}|choosing|selecting|rejecting|not selecting|turning me down)',
      '(?:criteria|criterion|rubric|metrics|standards|benchmarks?) (?:that |which )?(?:(?:the|your) (?:panel|team|committee|interviewers|company|hiring manager|assessors) |you |they |were |was )?(?:used|applied|relied on|followed)',
      'on what (?:basis|grounds)',
      'why (?:was|were|have|had|did|has) (?:not |never )?(?:i|my {GAP:1}(?:application|candidacy|profile|cv|resume)) (?:not |never )?(?:been )?(?:even )?(?:rejected|selected|chosen|declined|turned down|passed over|hired|successful|unsuccessful|shortlisted|progressed|advanced|picked|considered|invited|offered|moved forward|taken forward|cut|dropped|eliminated|overlooked|ignored|unsuccessful)',
      'why (?:did|do|have|had) (?:i not|not i) (?:get|make|receive|land|progress|advance|move|go|pass|succeed)',
      'why (?:{THEY}) (?:chose|decided|picked|selected|went with|rejected|passed|turned|preferred|hired|did not (?:choose|pick|select|hire|want|go with|take))',
      '(?:not sure|unsure|wondering|curious|wonder) why (?:i|my|you|the team|they) (?:was|were|did|chose|went|passed|rejected|am|got)',
      'i would (?:like|love|appreciate|want) (?:it )?(?:to )?(?:know|understand|hear|learn|an explanation of) (?:exactly )?(?:why|the reason|the reasons|on what|how (?:the (?:final )?(?:decision|panel|committee|outcome|selection|other|successful)|you (?:decided|chose|made|reached|judged|scored|ranked|compared|assessed|evaluated)|my {WORD} (?:was|were) (?:scored|ranked|assessed|evaluated|judged|marked|compared|rated)|i was (?:scored|ranked|assessed|evaluated|judged|marked|compared|rated)))',
      'what (?:exactly )?(?:was|went) (?:so |really )?wrong (?:with|in|about)',
      'what exactly (?:was|went|did|is|were)',
      '(?:how|why) (?:was|were|did|is) (?:the |another )?{OTHER} {CAND} (?:judged|deemed|considered|rated|seen|chosen|selected|picked|preferred|ranked|scored|assessed|evaluated|found|better|stronger|more)',
      'why (?:the |another )?{OTHER} {CAND} (?:was|were|is) (?:judged|deemed|considered|rated|seen as|chosen|selected|picked|preferred|better|stronger|more)',
      'what (?:did|does|do) {GAP:3}(?:have|offer|bring|show|do|say|know|had) that i (?:did|do|could|was|am) not',
      'what {GAP:4}(?:had|has|have|offered|brought|showed|did|said|knew) that i (?:did not|do not|could not|have not|had not|lacked|lack|was missing|am missing)',
      'explanation (?:of|for|behind|as to) (?:the|your|this|that|their) {GAP:1}(?:selection|decision|criteria|choice|outcome|rejection|scoring|ranking|assessment)',
      '(?:selection|hiring|scoring|assessment|decision|marking|shortlisting) (?:criteria|rubric|matrix|process|rationale)(?= [?.!,]| (?:used|applied|that)|$)',
      'who (?:made|makes|took) the (?:final )?(?:decision|call)',
      '(?:who|which of you) (?:actually |really )?(?:reviewed|read|marked|scored|assessed|looked at|judged) (?:it|my|this)',
      'who (?:got|received|was offered|landed|was given|was hired for|ended up with) (?:the|this|that) (?:job|role|position|offer|post)',
      "(?:successful|chosen|other|selected|winning|new) (?:candidate|applicant|person|hire) 's (?:background|experience|profile|cv|resume|qualifications|credentials)",
      '(?:both|all|each|every one) (?:of them )?(?:got|received|had|drew) (?:good|positive|great|strong|glowing|excellent) (?:comments|feedback|marks|scores|reviews)',
      'why would (?:you|they|the panel|the team|anyone) (?:choose|pick|hire|prefer|go with|reject|pass on)',
      '(?:discuss|talk through|go over|talk about|revisit|go through) (?:the|your|this|that) (?:decision|outcome|result|choice|rejection)',
      '(?<!(?:kind|good|generous|thoughtful|nice|helpful|decent) of you to )explain (?:your|the|this|that) (?:reasoning|rationale|decision|choice|logic|thinking|criteria|scoring|verdict)',
      'who (?:was|got|has been|had been) (?:appointed|hired|chosen|selected|offered the (?:job|role|position)|given the (?:job|role|position))',
    ],
    message:
      '{match} asks them to justify the decision. Employers rarely explain selections (many fear legal risk), so this usually goes unanswered. Asking what you could improve gets far more replies.',
    suggestion:
      'If you have a moment, what is one thing I could strengthen before my next interview?',
  },
  {
    id: 'loaded-question',
    requireInSentence: /\?/,
    patterns: [
      '(?:were there|was there|did you|have you|has anyone|did anyone|does anyone|is there|do you|did they|was it|is it) (?:even|actually|really|ever|genuinely|honestly)',
      'how many {GAP:3}(?:did|have|were|had) (?:you|they|the panel|the team) (?:even |actually |really )?(?:interview|see|consider|shortlist|meet|speak to|talk to|look at)',
      'is it (?:because|since) (?:i|my|of my|of)',
      'so what (?:happened|changed|went wrong|was it)',
      '(?:confirm|tell me|check|let me know|share) (?:whether|if) (?:the|your|that|this) (?:person|candidate|applicant|hire|new hire|successful candidate|other candidate|successful applicant)',
      'who (?:else )?(?:was|were) (?:i|we) (?:up against|competing with|compared to|competing against)',
      'how (?:is|was|could|can) (?:that|this|it) (?:even |really |possibly )?(?:possible|fair|right|be|happen|justified)',
      'what (?:more|else) (?:do|did|could|can|would) (?:you|they|the panel|the team) (?:want|need|expect|ask for|have wanted)',
      'so (?:that is|is that) it(?: then)?',
      'what happened(?= \\?)',
    ],
    message:
      '{match} is a question with an edge: it asks them to account for the process rather than help you grow. A hiring manager will hear the doubt in it and is unlikely to answer. Ask about your own next step instead.',
    suggestion: 'What is one thing I could do to be a stronger candidate next time?',
  },
  {
    id: 'disagrees',
    negatable: false,
    patterns: [
      'i (?:strongly |respectfully |completely |totally |have to |must )?disagree',
      'not (?:trying|meaning|wanting|looking|writing|here|out) to (?:argue|question|challenge|dispute|contest|second-guess|push back|quibble|relitigate|reopen) {GAP:4}(?:, )?but',
      'with (?:all )?(?:due )?respect (?:, )?(?:i|the|your|this|my|that)',
      '(?:the|your|this) (?:decision|choice|outcome|assessment|evaluation|result|score|scoring) (?:does not|did not|do not|fails to|failed to|can not|could not|would not) (?:reflect|take into account|consider|account for|capture|do justice|recognise|recognize|match|line up|add up|make sense|represent|take)',
      'i (?:do not|can not|could not|fail to|struggle to|just do not|really do not) (?:quite )?(?:think|believe|feel|see|agree|accept) (?:that |how |why )?(?:the|your|this|that) (?:decision|choice|outcome|assessment|evaluation|result|panel|team|interview|process)',
      '(?:you|the team|the panel|they|you all|the company) (?:are|were|is|have|had) (?:making|made) (?:a |the wrong |a big |a huge |a serious |an )?(?:mistake|error|wrong (?:decision|choice|call))',
      '(?:wrong|mistaken|flawed|unfair|unjust|hasty|rushed) (?:decision|choice|call|assessment|conclusion)',
      '(?:decision|choice|outcome|assessment|evaluation|result|scoring) (?:seems|seemed|is|was|appears|looks|feels) {ADV}(?:inconsistent|at odds|out of line|difficult to reconcile|hard to reconcile|hard to square|unfair|wrong|mistaken|flawed|odd|strange|puzzling|baffling|illogical|arbitrary)',
      '(?:there|this) (?:must|may|might|could) (?:have been|be) (?:a|some|an) (?:mistake|misunderstanding|error|mix-up|oversight|confusion)',
      `(?:overlooked|missed|ignored|disregarded|underestimated|undervalued|misjudged|misread|misunderstood|did not (?:see|notice|consider|read|look at|take into account|appreciate|recognise|recognize|value)) (?:my|the extent of my|how much) {GAP:2}(?:${MY_RECORD}|work|achievements|answers|strengths|potential|abilities|contributions)`,
      '(?:did not|may not have|might not have|never|not) (?:see|saw|get|got|seen) the (?:full|whole|complete|real|bigger) (?:picture|story|extent)',
      '(?:not sure|doubt|wonder if) (?:you|the panel|they|the team|the interviewers?) (?:saw|got|understood|appreciated|grasped|had) (?:the|my|how)',
      "(?:does not|did not|do not|doesn't) (?:quite )?add up",
      'i would have thought (?:that )?(?:my|i|someone with|a candidate with|the)',
      'surely (?:my|i|someone|a candidate|an applicant|an experienced|experience|that|this|the)',
      '(?:judged|assessed|marked|treated) (?:me )?(?:unfairly|harshly|too quickly|too harshly|wrongly)',
      '(?:misjudged|underestimated|undervalued) me',
      '(?:may|might|could) not have been {ADV}(?:taken into account|considered|recognised|recognized|appreciated|understood|weighed|given (?:enough|due|full) weight)',
      '(?:find|found|it is|it was|seems|seemed) (?:it )?(?:odd|strange|curious|bizarre|puzzling|baffling|hard to believe) (?:that|how|why)',
      '(?:you|the team|the panel|they|the company|the committee) (?:have |had |are |were )?(?:made|making|make) (?:a |the wrong |a big |a huge |a serious |an |a bad )?(?:mistake|error|wrong (?:decision|choice|call)|bad (?:decision|choice|call))',
      '(?:decision|choice|outcome|this|that|it) (?:makes|made) (?:no|little|zero) sense',
      '(?:must|may|might) have (?:confused|mixed) me (?:up )?with',
      '(?:hired|hiring|chose|choosing|picked|picking|went with|going with|selected|selecting) the wrong (?:person|candidate|one|applicant)',
      '(?:that|this|it|the decision|your decision|the outcome) (?:is|was) (?:just |simply |plainly |clearly |completely |totally )?(?:wrong|incorrect|unjustified|a mistake|not right|not fair)(?! of me| to assume)',
    ],
    message:
      '{match} tells them the decision was wrong. It will not change the outcome, and it can cost you the goodwill that leads to the next opening. Accept the decision first; then ask your question.',
    suggestion: 'I understand the decision, and I would value your view on where I could grow.',
  },
  {
    id: 'contests-decision',
    patterns: [
      '(?:challenge|contest|dispute|query|question|object to|appeal against) (?:the|your|this|that) {GAP:1}(?:decision|outcome|result|choice|rejection|score|scores|assessment|verdict)',
      '(?:nobody|no one|none of the others|no other candidate) (?:else )?(?:has|had|have|brings|brought|could match|can match|matches|matched) (?:my|the same|as much)',
      "(?:hire|choose|pick|take) me (?:and|,) (?:you will not|you would not|you won't) (?:regret|be disappointed)",
      'you (?:will not|would not) regret (?:it|hiring me|choosing me|taking me)',
    ],
    message:
      '{match} disputes the decision. However firmly you believe it, a hiring manager cannot reopen a selection on request, and the message reads as an argument rather than a question. Accept the outcome and ask what would make you stronger.',
    suggestion:
      'I understand the decision. What is one thing I could strengthen before my next application?',
  },
  {
    id: 'questions-outcome',
    unlessAccepted: true,
    negatable: false,
    patterns: [
      'i {BE} {ADV}(?:a bit |a little |quite |very |really |so |completely |totally |rather |somewhat )?(?:confused|puzzled|baffled|bewildered|perplexed|mystified|stunned|shocked|surprised|taken aback|blindsided|floored|gobsmacked)(?: and (?:disappointed|upset|confused|hurt|saddened|frustrated|shocked|angry|sad))?(?= (?:by|at|about|with|as to|that|to (?:hear|learn|see|receive|read|get)|why|given|since|because|\\.|,|!)(?! how (?:much|many|quickly|easily|fast|well|enjoyable|fun|nice|interesting|kind|friendly|welcoming|warm))| how (?!much|many|quickly|easily|fast|well|enjoyable|fun|nice|interesting|kind|friendly|welcoming|warm)|$)',
      '(?:this|the news|the decision|the outcome|it|this news|the result) (?:came as|was|is) (?:a |quite a |a real |a big |a complete |a total |such a )?(?:shock|surprise|blow)',
      'i (?:do not|can not|could not|still do not|fail to|struggle to|am struggling to|just do not|really do not|honestly do not) (?:understand|see|comprehend|fathom|grasp|get) (?:why|how|what (?:went wrong|happened|changed|the|they|he|she|another|someone|the other)|the (?:decision|outcome|reasoning|logic)|this decision|that decision|your decision)',
      '(?:thought|felt|believed|under the impression|was sure|was confident) (?:that )?(?:the|my|our|it|things|everything) {GAP:2}(?:went|had gone|was going|were going|went so) (?:really |very |extremely |so |incredibly )?(?:well|great|brilliantly|perfectly)',
      'given how well (?:the|my|our|it|things|everything) {GAP:2}(?:went|had gone|was going|were going)',
      'at a loss (?:as to|to understand|to see) (?:why|how|what)',
      '(?:still )?(?:trying|struggling) to (?:make sense of|work out|figure out|get my head around|come to terms with) (?:the|your|this|that) {DECISION}',
      '(?:certain|sure|convinced|confident) (?:that )?(?:the (?:role|job|post|position|offer) (?:was|would be) mine|i had (?:it|the (?:role|job|post|position)))',
      '(?:find|found|finding) it (?:hard|difficult|strange|odd|surprising|impossible) to (?:understand|accept|believe|see|reconcile)',
      'i (?:really |honestly |genuinely )?thought i (?:had|was|nailed|aced|smashed) (?:it|a shoo-in|the job|the role|in the bag|the interview|a good chance)',
      '(?:still )?(?:baffled|puzzled|confused|mystified|bewildered|perplexed|stunned|shocked) (?:by|at|about|as to) (?:the|your|this|that) (?:outcome|decision|result|choice|news)',
      'i (?:am |was )?(?:really |still |honestly |just )?(?:struggling|struggle|finding it hard|find it hard|unable|can not|could not) to accept (?:this|that|it|the|your)',
      'surprised (?:that )?(?:my|i) {GAP:3}(?:was not|were not|did not|was|were|is not|are not) (?:enough|good enough|considered|selected|chosen|successful|shortlisted|relevant|valued)',
    ],
    message:
      '{match} signals that you do not accept the outcome. Even gently put, it reads as a request for them to explain themselves. Acknowledge the decision plainly (“I understand”) and move to what you would like to learn.',
    suggestion: 'I understand the decision.',
  },
  {
    id: 'compares-with-chosen',
    patterns: [
      '(?:someone|somebody|a candidate|a person|an applicant|the other (?:candidate|person|applicant)|the successful (?:candidate|applicant)|they|you) {GAP:2}(?:with )?(?:less|fewer|half (?:my|the)|far less|much less|significantly less|no) {GAP:2}(?:experience|qualifications|years|skills|knowledge|expertise|background)',
      '(?:less|fewer|weaker|thinner|lesser) {GAP:3}than (?:i do|i have|i did|me|mine|myself|i)(?= [.!?,]|$)',
      '(?:chosen|picked|selected|preferred|hired|taken|promoted) over me',
      '(?:better|stronger|more qualified|more experienced|a better fit|a stronger fit|better suited|more suitable) than (?:me|i|myself|mine)',
      'compared (?:with|to) (?:mine|me|my own|my)',
      '(?:do not|can not|could not|struggle to|fail to) see how (?:someone|somebody|anyone|anybody|another (?:candidate|applicant|person)|the other (?:candidate|applicant|person)) (?:else )?(?:could|would|can|might) (?:have been |be )?(?:more|better)',
      '(?:did not|could not|failed to|do not|can not) see what i (?:could bring|can bring|have to offer|offer|bring|could offer|could do)',
      'compared (?:to|with) (?:the|that|your) (?:person|candidate|applicant|hire|one|new hire) (?:you|they|the panel|the team) (?:hired|chose|picked|selected|appointed|went with)',
    ],
    message:
      '{match} compares you with the person they chose. A hiring manager cannot discuss another candidate, and the comparison reads as a complaint. Keep the question about your own next step.',
  },
];

/** `tone/argues-decision`: challenging the decision, however politely. */
export const arguesDecisionRule = definePhraseRule({
  id: 'tone/argues-decision',
  category: 'tone',
  groups: ARGUES_DECISION_GROUPS,
});
