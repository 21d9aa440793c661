import { compileCues, type CompiledCues, type Cue } from './cues';

/**
 * The cues tone rules combine. Each names one part of a sentence, never a verdict on its own:
 * "mentions the person hired" is fine in "I hope the new analyst settles in well"; it is a
 * comparison only beside "has only a year's experience". Patterns run over the canonical text
 * (lower case, contractions spelled out, `'s` split off), with the shared phrase vocabulary.
 */

const HIRING_VERB =
  '(?:hired|chose|chosen|picked|selected|appointed|went with|gone with|took on|taken on|brought in|preferred|settled on|ended up with|offered (?:it|the (?:role|job|post|position|contract|place)) to|gave (?:it|the (?:role|job|post|position|contract|place)) to|given (?:it|the (?:role|job|post|position|contract|place)) to|went for|gone for|promoted|employed|recruited)';
const THEY_DECIDED =
  '(?:you|they|the panel|the team|the board|the partners|the committee|you all|your team|the school|the trust|the firm|the company|the practice|the business|the hospital|the council|he|she)';

export const TONE_CUES: readonly Cue[] = [
  {
    // The person who got the job, however it is named.
    id: 'hire',
    label: 'a mention of the person they hired',
    patterns: [
      '(?:the|your|their|an|a|this|that) (?:successful|chosen|selected|appointed|preferred|winning|eventual|internal|external) (?:candidate|candidates|applicant|applicants|person|hire|appointee|finalist|one|choice|appointment|(?:{WORD} )?{JOB})',
      '(?:the|your|their) new (?:hire|starter|appointee|appointment|recruit|person|guy|colleague|team member|(?:{WORD} ){0,2}{JOB})',
      `(?:the|a|an|this|that) (?:person|one|candidate|applicant|individual|(?:{WORD} )?{JOB}|guy|woman|man|kid|lad|girl) (?:that |who |whom )?${THEY_DECIDED} (?:have |had |eventually |finally |ultimately |actually |did |then )?${HIRING_VERB}`,
      `whoever (?:${THEY_DECIDED} )?(?:have |had |eventually |finally |ultimately )?${HIRING_VERB}`,
      'whoever (?:got|gets|landed|won|was given|was offered|was appointed|was chosen|was picked|ends up with|ended up with|is starting|starts)',
      `${THEY_DECIDED} (?:have |had |eventually |finally |ultimately |actually )?${HIRING_VERB} (?:a|an|someone|somebody|him|her|them|the|another|one)`,
      '(?:role|job|post|position|contract|training contract|seat|vacancy|offer|place|opening) (?:has |had |was |is )?(?:went|gone|going|given|offered|awarded|filled) (?:to|internally|in-house|by)',
      '(?:went|gone|going|go|was filled|filled it) (?:internal|internally|in-house)',
      '(?:an|the) (?:internal|in-house) (?:candidate|appointment|applicant|hire|person|promotion|appointee)',
      '(?:your|the|their) (?:first|top|preferred) (?:choice|candidate|pick)',
      '(?:the|your|one|an|the one) other (?:finalist|finalists|shortlisted candidate|candidate|applicant|person)',
      'another (?:finalist|shortlisted candidate)',
      '(?:who|whoever) (?:got|landed|won) (?:it|the (?:role|job|post|position|contract|place))',
      '(?:made|makes) (?:him|her|them) (?:the )?(?:stronger|better|preferred|right|safer|obvious) (?:choice|candidate|fit|pick|option)',
      '(?:offered|given|gave|awarded|handed) (?:it|the {WORD}(?: {WORD})?) to (?:someone|somebody|another|a different|one of)',
      '(?:chosen|picked|appointed|hired|gone with|went with|selected) (?:someone|somebody) else',
    ],
  },
  {
    // A remark on what the hire lacks, or a comparison with the writer.
    id: 'hire-lacks',
    label: 'a remark on what the new hire lacks',
    patterns: [
      "(?:only|just|barely|hardly|not even) (?:has |had |have |got |with )?(?:a |one |two |three |four |\\d+ |a few |a couple of |six |eighteen |a single )?(?:year|years|months|year 's|years ') (?:of|in|out|qualified|on|at|experience|since)",
      '(?:no|little|less|fewer|limited|zero|not much|hardly any|without any|lacks?|lacking|weaker|not as much|not the same|half (?:my|the)) {GAP:3}(?:experience|background|track record|qualifications?|knowledge|expertise|years|training|exposure|history|credentials|portfolio)',
      '(?:has|had|have|has still) (?:never|not|not yet|not even) {GAP:1}(?:run|led|managed|done|worked|shipped|seen|held|implemented|built|delivered|taught|designed|used|touched|written|cooked|nursed|passed|qualified)',
      '(?:junior|a graduate|inexperienced|untested|unproven|fresh out of|straight out of|newly qualified|one shipped title|fresh graduate)',
      '(?:better|stronger|more qualified|more experienced|more suitable|better suited|better qualified|a better fit|a stronger fit|weaker|less qualified|less experienced) than (?:me|i|mine|myself|my own)',
      '(?:less|fewer|weaker|thinner) {GAP:3}than (?:me|i|mine|myself)',
      '(?:asking|asks|asked|googling) {GAP:4}how to',
      '(?:need|needs|needing) a hand',
      '(?:show|shows|showing) (?:them|him|her) where',
      '(?:as long as|provided|assuming) (?:someone|somebody|they|he|she) (?:shows|tells|teaches|explains|helps)',
      'must (?:have|be) (?:quite|some|an impressive|a great|a stellar|a brilliant|a very impressive|really impressive|really good|very good|incredibly)',
      '(?:can|could|does|did|has|knows) apparently',
      '(?:had|has|have|offered|brought|got) {GAP:2}over me',
      'over (?:someone|somebody|a candidate|me|people|those|candidates|anyone) (?:with|who)',
      'than most (?:firms|people|candidates|applicants|of|in)',
      '(?:whether|if|does|do|did|has|have) {GAP:6}(?:done|run|worked|used|led|managed|held|had|taught|nursed|cooked|driven) {GAP:4}before',
      '(?:got|get|getting|have got) the hang of',
      '(?:only|just) (?:just |recently )?(?:qualified|graduated|started out|finished (?:training|college|university|school))',
      '(?:show|showing|shown) (?:them|him|her) the ropes|(?:needs|need|needing) showing the ropes',
      '(?:is|are|will be|was) up to (?:speed|it|the job|scratch)',
      "(?:you|they|the team) (?:will not|would not|won't) miss (?:having|me|someone|somebody)",
      'apparently (?:can|could|does|knows|has)',
    ],
  },
  {
    // A hint that the hire came down to who they know.
    id: 'connection',
    label: 'a hint at who the new hire knows',
    patterns: [
      '(?:used to|previously|formerly|once) (?:work|worked|working) (?:with|for|under|alongside)',
      '(?:worked|works|working) (?:with|for|under|alongside) {GAP:4}(?:before|previously|for years)',
      "(?:a |an |the )?(?:friend|friends|mate|mates|relative|relatives|cousin|nephew|niece|son|daughter|brother|sister|in-law|old colleague|former colleague|ex-colleague|drinking buddy|golf partner|golfing partner) (?:of|with|to|from) (?:the|your|one of|a|an|someone|somebody|{WORD} 's)",
      '(?:plays?|played|playing) (?:golf|squash|tennis|padel|five-a-side|cricket|poker) with',
      '(?:knows|knew|is close to|was close to) (?:the|your|one of the|one of your) (?:director|directors|ceo|boss|manager|chair|founder|owner|head|partner|partners|md|board|hiring manager|panel)',
      '(?:is friends with|was friends with|is related to|is married to|went to school with|went to university with|studied with|is mates with) (?:the|your|someone|somebody|one of|a|him|her)',
      "(?:came|comes|come|moved|joined) (?:over |across )?from (?:your|the|their) (?:chair|director|ceo|boss|manager|partner|founder|head|owner|managing director|md) 's",
      "(?:chair|director|ceo|boss|manager|partner|partners|founder|head|owner|md) 's (?:previous|old|former|last|own) (?:company|firm|team|charity|employer|school|practice|restaurant|agency|department)",
      '(?:already|currently) (?:on (?:your|the) (?:staff|team|books|payroll)|works? (?:there|for you|in the team|in your team)|employed (?:there|by you))',
      '(?:acting up|acting in the role|covering the role|already doing the job)',
      '(?:trained|worked|studied|served|apprenticed) under (?:your|the|their)',
      '(?:from|on|through) (?:your|the) (?:own )?(?:vacation scheme|graduate scheme|internship|intern programme|placement scheme|bank staff)',
      '(?:consultancy|framework|supplier|agency|recruitment) partner',
      '(?:well connected|who you know|who they know|old boys|inner circle)',
      '(?:coincidence|coincidental|explains a lot|explains everything|says it all|says a lot)',
      "{WORD} 's (?:son|daughter|nephew|niece|cousin|friend|mate|wife|husband|partner|brother|sister|godson|goddaughter|in-law|old colleague|protege|protégé)",
      '(?:from|at) the sister (?:hotel|site|company|school|branch|practice|restaurant|store|office)',
      '(?:about|down to) (?:more than|something other than|something besides) (?:ability|skill|merit|experience|farming|the job|talent|qualifications|{WORD})',
      '(?:nothing|little) to do with (?:merit|ability|skill|experience|qualifications|talent|how i)',
      '(?:outside|external|other) (?:candidates|applicants|people) (?:did not|never|had no|stood no|were not|had little)',
    ],
  },
  {
    // Waiting for the hire to fail or leave.
    id: 'hire-fails',
    label: 'waiting for the new hire to fail',
    patterns: [
      '(?:fall|falls|fell|falling) through',
      '(?:does|do|did) not (?:work out|pan out|last|stick|settle)',
      '(?:turn|turns|turned|turning) (?:it|the (?:offer|role|job|post)) down',
      '(?:turn|turns|turned) down (?:the|your) (?:offer|role|job|post|position)',
      '(?:decide|decides|decided|choose|chooses) not to (?:accept|join|take|start|go ahead)',
      '(?:pull|pulls|pulled|back|backs|backed|drop|drops|dropped) out',
      '(?:notice period|does not accept|do not accept|change their mind|changes their mind|change (?:his|her) mind|anything changes with)',
      '(?:once|when|after) you see (?:how|what) (?:they|he|she|the)',
      '(?:let us|we will|time will|we shall) (?:see|tell)(?= [.!,]| how|$)',
      '(?:see|wait and see|watch) how (?:they|he|she) (?:get on|gets on|handle|handles|cope|copes|manage|manages|do|does|fare|fares|settle)',
      '(?:does|do|did|will|would) not (?:cope|manage|handle it|last)',
      '(?:find|finds|found|finding) {GAP:5}too (?:much|hard|difficult|demanding|stressful|busy)',
      '(?:struggles|struggling|is not up to|is not coping|out of (?:his|her|their) depth|can not start|cannot start|is not able to start|are not able to start)',
      '(?:is|are) (?:working out|coping|managing|settling in|settling|getting on)(?: ok| okay| all right| alright| well)?(?= {GAP:4}\\?)',
      '(?:if not|otherwise) ,? you know where (?:i am|to find me)',
      '(?:step in|take over|fill in|fill the gap|pick up the slack|jump in)',
      '(?:if|should|in case) (?:their|his|her|the) (?:availability|plans|circumstances|situation|start date|notice) (?:changes?|change|falls? through|slips?)',
      'yet(?= \\?)',
    ],
  },
  {
    // A reference to the decision, the process or the people who judged.
    id: 'judged',
    label: 'a reference to the decision, the panel or the process',
    patterns: [
      '(?:the|your|this|that|their|its|final|hiring) (?:final )?(?:decision|outcome|choice|selection|verdict|result|results|call|conclusion|scoring|scores|score|marking|marks|assessment|evaluation|ranking|shortlisting|judgement|judgment|feedback)',
      '(?:the|your|their) (?:view|views|opinion|impression|reasons|reasoning|rationale|thinking)',
      '(?:the|your|this|that|a|one|each|their) (?:panel|panellists|panelists|committee|interviewers?|assessors?|partners|judges|board|hiring managers?|recruiters?|selection panel|hiring panel|hiring team|observers?|examiners?|chefs|reviewers?|decision-makers?)',
      '(?:the|your|this|that|a|my|their|one) (?:{WORD} )?(?:process|recruitment|interview|interviews|exercise|task|test|take-home|observation|observed lesson|trial|trial shift|question|questions|scenario|case study|presentation|assessment centre|assessment day|round|rounds|store visit|visit|lesson|portfolio review|audition|advert|ad|job description|posting|job advert|listing)',
      '(?:you|they|the panel|the team|the partners) (?:decided|chose|judged|concluded|weighed|scored|marked|ranked|assessed)',
      '(?:the )?(?:way|basis on which) (?:it|this|the decision|decisions|candidates|applicants) (?:was|were|is|are) (?:decided|made|judged|assessed|scored|handled)',
      '(?:the|your|this|that|a|one) (?:{WORD} )?(?:rubric|scoring sheet|score sheet|mark scheme|marking scheme|format|criteria|shortlist|sim session|session|check)',
      '(?:decided|judged|assessed|based) (?:on|by|from) (?:the|one|a single|my) {GAP:2}alone',
    ],
  },
  {
    // Asking how a decision was reached (with a reference to it, this questions the decision).
    id: 'probe',
    label: 'a question about how it was decided',
    patterns: [
      'how {GAP:8}(?:came about|come about|was reached|were reached|was arrived at|were arrived at|was made|were made|was taken|got made|was decided|were decided|was weighed|was weighted|were weighted|were weighed|was scored|were scored|were put together|was put together|was kept fair|were kept fair|was fair|was assessed|were assessed|was judged|were judged|was marked|were marked|were compared|was compared|were ranked|was ranked|concluded|came to (?:that|this|the|a|their|your) (?:decision|conclusion|view)|arrived at|landed on|settled on)',
      '(?:what|which) (?:process|criteria|standard|standards|method|rubric|scale|benchmark|approach|yardstick) {GAP:4}(?:followed|used|applied|in reaching|to reach|to decide|to choose|to assess|to score|to mark|to judge)',
      '(?:in|when) (?:reaching|making|taking|arriving at) (?:their|your|the|that|this|a|its) (?:view|decision|call|conclusion|choice)',
      '(?:carried|given|gave|had|got|put) (?:so much|so little|too much|too little|such|more|less) weight',
      '(?:counted|counts) for (?:so little|nothing|so much|little|very little|more than|less than)',
      '(?:weighted|weighed|measured|balanced|ranked|scored|compared) (?:up )?against',
      '(?:marked|scored|assessed|judged|graded|evaluated|measured|rated) (?:against|according to|using|on the basis of|correctly|properly|fairly|consistently|accurately)',
      '(?:shed|throw|cast) (?:some |any |a little )?light on (?:the|your|their|how|why|what (?:happened|went on|decided))',
      '(?:what|who) (?:made|makes) (?:him|her|them|the other|the successful|that person|the new|the chosen) {GAP:2}(?:stronger|better|the better|the stronger|preferable|more suitable|the right|a better|the preferred)',
      '(?:what|which) (?:made|gave) {GAP:3}(?:the edge|the stronger choice|the better choice)',
      'whether (?:the|my|anyone|they|you|the panel|the interviewers|someone|somebody) {GAP:5}(?:read|looked at|saw|seen|had a chance to|had time to|opened|considered|watched|noticed)',
      '(?:had|got) (?:a|the) chance to (?:read|look at|see|go through|review) my',
      '(?:was|were) (?:made|taken) by (?:the whole|the full|one|a single)',
      '(?:whether|if) (?:that|this|it|the criteria|the brief|the role|the job|anything) (?:changed|shifted|moved)',
      '(?:placed|put|gave|given) (?:such|so much|that much|too much) (?:emphasis|weight|importance|store) on',
      '(?:did|does|do|have|has|had|was|were) (?:the panel|you|they|anyone|the interviewers?|the committee|the judges|the assessors?|the team|someone|somebody) (?:actually|even|really|ever|genuinely|properly|fully) (?:watch|watched|read|look|looked|see|saw|consider|considered|listen|listened|review|reviewed|open|opened|check|checked)',
      '(?:what|why|how) (?:actually|really|exactly) (?:went wrong|happened|was wrong|was the problem|was missing|decided it)',
      '(?:were|was|are) you (?:comparing|benchmarking|measuring|weighing|judging) (?:them|it|me|my|us)',
      '(?:down to|based on|because of|made on|decided on) (?:the|my) {WORD}(?: {WORD})? (?:or|rather than)',
      'what exactly (?:the|you|they|your|the panel|was|went|did|is|were)',
    ],
  },
  {
    // Probing what decided it, clear on its own.
    id: 'probe-strong',
    label: 'a probe into how it was decided',
    patterns: [
      'how much weight (?:did|was|were|had)',
      'whether {GAP:6}(?:was|were) (?:marked|scored|assessed|judged|graded|evaluated) (?:against|according to|correctly|properly|fairly|consistently|accurately|wrongly)',
      '(?:made|taken|decided) by (?:the whole|the full|the entire|one person|a single person|just one person|only one person)',
      '(?:whole|full|entire) panel or',
      'what (?:tipped|swung|clinched|sealed) (?:it|things|the decision|the balance)',
      '(?:what|why) (?:actually|really) (?:went wrong|happened|was wrong|was the problem)',
      'who (?:sat|was|were) on the (?:panel|committee|board)',
      'how (?:the |other |all the |the other )?(?:candidates|applicants|shortlist|finalists|interviewees) (?:were|was) (?:ranked|scored|compared|rated|marked|assessed|judged|weighed)',
      'where i (?:came|ranked|placed|finished|stood|sat)(?= in| on| among| against| overall| \\?| \\.|$)',
      'walk me through (?:it|that|the decision|the outcome|your decision|the reasoning|your reasoning)(?= [.?!]|$)',
      '(?:how|what) (?:each|every one|all|both) of (?:them|you) (?:scored|marked|rated|voted|thought of me)',
      '(?:scored|marked|rated|ranked|graded|voted on) me(?= [.?!,]| on| for| in|$)',
      '(?:what|how) {GAP:3}(?:went on|happened|goes on) behind (?:the scenes|closed doors)',
      'before (?:deciding|making a decision|making the decision|making up (?:their|your) minds?|reaching a decision)',
      '(?:who|which of you|which interviewer|which panel member) (?:made|took|had|makes) (?:the )?(?:final )?(?:decision|call|say)',
    ],
  },
  {
    // Doubt that the judgement was right, full or fair (with a reference to it).
    id: 'doubt',
    label: 'doubt about their judgement',
    notSelf: true,
    patterns: [
      '(?:underestimated|overlooked|discounted|dismissed|missed|ignored|glossed over|skimmed)',
      '(?:not|never) (?:entirely |fully |totally |really |quite )?(?:convinced|persuaded)',
      '(?:did not|does not|do not|may not have|might not have|could not|can not|would not|will not|does not quite|did not quite|may not|might not) {GAP:1}(?:reflect|reflected|capture|captured|show|showed|do justice|represent|measure|tell you|give a (?:fair|full|true))',
      '(?:a single|one|just one|only one|a short|an hour-long|one short) {GAP:2}(?:question|answer|exercise|task|lesson|interview|hour|day|test|scenario|conversation|trial|shift|presentation|session) {GAP:2}(?:can|could|would|should) (?:show|tell|judge|capture|measure|decide|prove|sum up)',
      '(?:intrigued|bemused|mystified|perplexed|bewildered) (?:by|at|about|with|as to)',
      '(?:only |just )?wish (?:someone|somebody|anyone|you|they|the panel|the judges|the chefs|the interviewers|one of you) (?:had|would have|could have)',
      '(?:would have|would) (?:liked|appreciated|preferred) (?:a|an|the|some) (?:fair|proper|real|full|level|equal) (?:crack|chance|shot|go|hearing|playing field)',
      '(?:kept|remained|stayed|was it|were they|is it|was that|was this) (?:fair|objective|impartial|consistent|unbiased)',
      '(?:whether|if|how) {GAP:8}(?:fair|fairly|objective|objectively|impartial|impartially|unbiased|above board|consistently|on (?:its|their|my) merits)',
      '(?:wanted|were looking for|had in mind|was looking for) a different (?:kind|sort|type|profile) of',
      '(?:different|differs) from (?:the one|what was) (?:described|advertised|in the (?:advert|ad|job description|posting))',
      '(?:narrow|thin|weak|shaky|flimsy|limited|slim|small) (?:basis|evidence|sample|grounds)',
      '(?:tells|tell|told|paints|paint|painted|gives|gave) (?:quite )?a (?:very )?different (?:story|picture|impression)',
      '(?:says|say|said|suggests|suggest|suggested|shows|show|showed) (?:quite )?(?:otherwise|the opposite)',
      '(?:favours|favors|favour|favor|favoured|favored|rewards|reward|suits|is biased towards|is geared towards|penalises|penalizes|punishes|screens out) (?:people|candidates|applicants|those|anyone|someone) (?:who|with|that)',
      '(?:pitched|aimed|geared|set|written) (?:at|for) (?:someone|somebody|a|people|candidates) {GAP:2}(?:more|far more|much more|less|far less) (?:junior|senior|experienced|technical)',
      '(?:explains|explain|explained|would explain|might explain|maybe explains) (?:the|your|this|that) (?:result|outcome|decision|choice)',
      '(?:(?:the|that|this) (?:panel|team|committee|interviewers?) )?(?:saw|see|sees|thought|felt) (?:something|it|things) (?:different|differently|else|otherwise)',
      '(?:nobody|no one|none) (?:on|in|from) the (?:panel|team|committee) (?:could|can|knew|seemed|was able)',
      '(?:judged|assessed|tested|evaluated|marked|scored|measured) (?:on|by) {GAP:4}rather than',
      '(?:reassurance|assurance|assure me|confirm|confirmation|comfort) (?:that )?{GAP:6}(?:fair|fairly|objective|impartial|unbiased|above board|on (?:its|their|my) merits|consistent|properly)',
      '(?:was|were|seemed|felt) (?:ambiguous|unclear|badly worded|poorly worded|misleading|confusing|vague|unfair|irrelevant|off-topic)',
    ],
  },
  {
    // Surprise or puzzlement at a choice.
    id: 'surprise',
    label: 'surprise at their choice',
    patterns: [
      '(?:surprised|puzzled|baffled|shocked|stunned|confused|taken aback|bemused|intrigued) (?:that|you|by|to see|at|how|why|to learn|to hear|to find)',
    ],
  },
  {
    // Doubt about the judgement, clear on its own.
    id: 'doubt-strong',
    label: 'doubt about their judgement',
    notSelf: true,
    patterns: [
      '(?:misjudged|misread|underrated|undervalued|undersold|sold me short|short-changed|shortchanged|written me off|wrote me off)',
      'fair (?:picture|crack|reflection|representation|measure|hearing|shake|assessment of (?:me|my))',
      '(?:is not|was not|are not|is hardly|was hardly|is not really|was not really|are hardly|is barely|was barely) (?:enough|long enough|sufficient|a fair way|the best way|the right way) to (?:judge|assess|see|tell|show|measure|test|gauge|evaluate|get to know)',
      '(?:hard|difficult|impossible|tricky|a struggle) to (?:square|reconcile|marry)',
      '(?:ever|really|genuinely|truly) in the running',
      '(?:level|even) playing field',
      '(?:looked at|judged|assessed|considered|reviewed|read|taken) on (?:its|their|my) (?:own )?merits',
      '(?:mostly|purely|just|only|all) for show',
      '(?:a )?(?:narrow|thin|shaky|flimsy) basis for (?:a|the|this|that|such a) (?:decision|judgement|judgment|conclusion|call)',
      '(?:rubric|test|process|format|interview|panel|assessment|exercise|scoring|criteria) {GAP:2}(?:favours|favors|favour|favor|rewards|reward|is biased towards|penalises|penalizes|punishes) (?:people|candidates|applicants|those|anyone|someone)',
      '(?:obvious|clear|evident|apparent) (?:from|at|in|during) (?:the|my|our) interview',
      'asked about {GAP:8}when (?:the|your) (?:advert|ad|role|job|post|vacancy|job description|posting) (?:was|is|said|asked)',
      '(?:could|can|should) (?:be|have been) (?:described|called|seen|considered|labelled|labeled|characterised|characterized|judged|rated) as',
      '(?:personality quiz|personality test|psychometric test|gut feeling|gut feel)',
      '(?:to|at) the same standard as (?:yours|your|you|the team)',
      '(?:must|may|might) have been (?:misread|misunderstood|mixed up|overlooked|lost|missed)',
    ],
  },
  {
    // The writer's record held up beside the decision: "given my six years running…".
    id: 'my-record',
    label: 'your record set beside the decision',
    patterns: [
      '(?:given|considering|with|despite|in light of|bearing in mind) (?:my|that i have|i have|i had|all my) {GAP:4}(?:years|decades|decade|experience|track record|record|background|qualifications|credentials|hours|results|figures)',
      '(?:i have|i have got|i had|i have been) {GAP:3}(?:years|decade|decades) (?:in|of|as|running|doing|leading)',
      '(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|many|several) years (?:on|of|in|at|as|running|doing|leading|working)',
    ],
  },
  {
    // Not accepting the decision: "I can't pretend I understand it", "still think you picked wrong".
    id: 'nonaccept',
    label: 'not accepting the decision',
    patterns: [
      '(?:can not|do not|could not|will not|am not going to) (?:pretend|claim|say) (?:to|that )?(?:i )?(?:understand|accept|agree with|see)',
      '(?:still|really|honestly) (?:think|believe|feel|reckon) (?:you|they|the panel|the team|the partners|the committee) (?:picked|chose|called it|got it|went|made the|made a) (?:wrong|the wrong|a mistake)',
      '(?:you|they|the panel|the team) (?:picked|chose|called it|got it|went) wrong',
      'i (?:still )?(?:think|believe|feel|am sure|know|reckon) i (?:would have been|was|am|would be|would make) (?:the|a|an) {ADV}(?:better|best|stronger|right|obvious|safer|safest|strongest) (?:choice|candidate|fit|option|person|pick|hire|bet)',
      '(?:struggling|struggle|hard|difficult) to (?:believe|credit|see how)',
      '(?:confident|certain|sure|positive) (?:that )?i (?:found|solved|answered|passed|completed|finished|met|hit|nailed|covered|fixed|did)(?! {GAP:3}(?:wrong|badly|poorly|too))',
      'i would (?:argue|contend|maintain|dispute|question)',
      '(?:find|finding|found) (?:the|your|this|that) (?:decision|outcome|choice|result) (?:difficult|hard|tough|impossible) to (?:follow|understand|accept|square|swallow|make sense of|get my head around)',
      '(?:do not|can not) (?:think|believe|agree|accept) (?:that |this |it |my )?{GAP:2}(?:was|is|were) (?:a |really a |actually a )?(?:weakness|gap|problem|issue|concern|fair|accurate|right|true|a real)',
      '(?:the|this|your) (?:outcome|decision|result|choice) (?:is|was|remains) (?:a puzzle|a mystery|puzzling|baffling|confusing|hard to fathom|hard to understand)',
      '(?:was|is|were) exactly what (?:you|the team|the panel|the role|the job|the advert) (?:were|was|is|are) (?:after|looking for|wanted|needed|asked for|described)',
      'more {GAP:6}than (?:the|your) (?:role description|job description|advert|ad|posting|spec|role|listing) (?:asked|required|called|needed|wanted|specified)',
    ],
  },
  {
    // Setting the record straight: "for the record", "just so it's said".
    id: 'for-the-record',
    label: 'setting the record straight',
    patterns: [
      '(?:for the record|just so it is said|just so you know|to set the record straight|in my defen[cs]e|i should point out|i would point out|i must point out|to be fair to myself|in fairness to myself|let me be clear|i want to be clear|i would just note|i do want to point out|i want to point out|i would like to point out)',
    ],
  },
  {
    // Feedback quoted back with an edge: "and I'm told I lack commercial awareness".
    id: 'told-i-lack',
    label: 'their verdict quoted back',
    patterns: [
      '(?:i am|i was|i have been) (?:now )?told (?:that )?i (?:lack|do not have|have no|need more|was not|am not|lacked|did not have)',
    ],
  },
  {
    // How the writer was treated, called disappointing.
    id: 'letdown',
    label: 'calling their conduct disappointing',
    patterns: [
      '(?:rather|very|quite|most|deeply|extremely|really|so|a bit|a little|somewhat|pretty) disappointing',
      '(?:a let-down|a letdown|underwhelming|a poor show|not good enough|not acceptable|not on)',
      '(?:disappointing|frustrating|odd|strange|unfortunate|annoying|surprising|galling|hurtful) to be (?:asked|told|given|made|kept|left|sent|treated|interviewed|quizzed|tested|ignored)',
    ],
  },
  {
    // Hindsight: it would have helped to be told first.
    id: 'hindsight',
    label: 'hindsight about what you should have been told',
    patterns: [
      '(?:would have been|it would be|would be) (?:good|useful|helpful|nice|handy|fair|courteous|kind|better) to (?:know|be told|hear|have known|have been told)',
      'would have saved (?:everyone|me|us|both of us|a lot of|some|my|everybody)',
      '(?:if|had) (?:i had known|i had been told|someone had told me|the advert had said|you had told me|they had told me|the ad had said|the advert had|the job description had)',
      '(?:wish|wished) i (?:had|would) (?:known|been told)',
      'in hindsight',
      'with hindsight',
      '(?:nobody|no one|no-one|you|they) (?:mentioned|told me|said|warned me|flagged|explained|thought to mention) (?:that|this|it|so)? ?(?:until|before|beforehand|earlier|up front)',
      '(?:would|could|might) (?:spare|save) (?:people|candidates|applicants|everyone|everybody|me|us|others)',
      '(?:next time|in future|in the future) ,? (?:maybe|perhaps|please|it would help to|it might help to|you could|you might|try to|consider) (?:let|tell|inform|warn|give|mention|say|be|make)',
    ],
  },
  {
    // The job was never really open.
    id: 'intended-for',
    label: 'a hint that the job was never open',
    patterns: [
      '(?:always|already) (?:intended|meant|earmarked|destined|reserved|promised|lined up|set aside) (?:for|to)',
      '(?:was|were|is) (?:always |only ever |clearly |obviously )?(?:intended|earmarked|destined|reserved|promised) for (?:the|an|someone|somebody|one|a)',
      '(?:already|always) (?:spoken for|taken|earmarked|decided|filled|gone)(?= [.!,]|$)',
      '(?:role|job|post|position) (?:is|was|had been|has been) (?:already )?spoken for',
      '(?:created|designed|written|shaped|tailored|built|set up|drawn up) (?:with|around|for) (?:an existing|an internal|a particular|a specific|someone already|a current|the existing|someone in) {GAP:2}(?:in mind|already there|on the team|on staff)?',
      '(?:mention|say|state|make (?:it )?clear|flag|tell (?:people|candidates|applicants)) (?:when|if|that) there (?:is|was|are|were) (?:a|an|already) {GAP:1}(?:internal|preferred|favoured|favored)',
    ],
  },
  {
    // Praise or thanks laid on thick: "thanks a million", "made my week", "a real treat".
    id: 'effusive',
    label: 'praise laid on thick',
    patterns: [
      '(?:thanks|thank you) (?:a million|a bunch|ever so much|so very much|a lot|so much|very much|heaps|loads)',
      '(?:many|huge|big|massive) thanks',
      '(?:made|really made|has made|that made|it made) my (?:day|week|month|year|weekend)',
      '(?:the )?highlight of my (?:day|week|month|year|weekend|career)',
      '(?:what|such|quite|a real|a lovely|a special|a rare) (?:a )?(?:treat|joy|delight|thrill)',
      'what a (?:lovely|great|wonderful|nice|fantastic|brilliant|perfect|charming|delightful|fun) (?:way|start|end|thing|surprise|touch|idea)',
      '(?:loved|love|adored|really enjoyed|so enjoyed|thoroughly enjoyed) (?:spending|giving up|using|wasting|losing|finding out|hearing|learning|reading|being|getting|waiting)',
      '(?:really|so|very|truly) (?:great|glad|lovely|brilliant|fantastic|wonderful|efficient|fun|kind|thoughtful|helpful)',
      '(?:brilliant|great|lovely|wonderful|fantastic|excellent|super|amazing|fab) (?:news|stuff|work|touch|move|idea)',
      '(?:very|so|incredibly|impressively|super|really) (?:efficient|prompt|speedy|considerate|personal|thoughtful)',
      '(?:great|good|excellent|wonderful|brilliant|fantastic) use of (?:my|our|everyone|your|the)',
      '(?:quite|such|a real|a proper|what) an education',
      'nothing (?:quite )?(?:like|beats|compares to)',
      '(?:bold|brave|daring|interesting|inspired) (?:move|choice|call|decision|pick|appointment)',
      '(?:congratulations|congrats|well done|bravo|kudos) on',
      '(?:always|so|how|really|very) nice to (?:find out|hear|learn|be told|get|receive|see)',
      'loved (?:the|that) (?:part|bit|moment) (?:where|when)',
      '(?:a )?(?:lovely|nice|great|wonderful|pleasant|charming|delightful) surprise',
      '(?:thanks|thank you) for the (?:thoughtful|kind|detailed|personal|warm|lovely|generous)',
      '(?:classic|priceless|typical|charming|lovely stuff|nice one)(?= [.!])',
      'who could have (?:seen|predicted|guessed|known|foreseen|imagined)',
      '(?:shocking|shocker|what a surprise|colour me surprised|color me surprised|who knew|imagine that|fancy that)(?= [.,!])',
      '(?:really|truly) set (?:the|a) (?:standard|bar|tone)',
      '(?:bold|brave|daring|interesting|curious|inspired) of (?:you|them|the team|your team) to',
      'great minds (?:think alike|and all that)',
    ],
  },
  {
    // Something no one thanks for in earnest: the rejection itself, a slight, a wasted effort.
    id: 'slight',
    label: 'something no one thanks for in earnest',
    patterns: [
      '(?:the|a|your|that|this|my|an|for the) {GAP:2}(?:rejection|rejections|knock-back|brush-off)',
      '(?:two-line|one-line|one-word|two-sentence|form|canned|automated|templated|template|generic|copy-and-paste|copy-paste|boilerplate|stock) (?:rejection|email|reply|response|letter|message|no|note)',
      '(?:two minutes|five minutes|\\d+ minutes) (?:to|before) (?:five|six|seven|5|6|7|home time|closing)',
      '(?:on )?a (?:friday|saturday|sunday) (?:evening|night)',
      '(?:second-hand|secondhand|from the website|on the website|from linkedin|on linkedin|by text|via text|by text message|from a colleague|through the grapevine|from the job board)',
      '(?:going|went|gone|go) (?:internal|internally|in-house)',
      '(?:nobody|no one|no-one|none of you|not one person) {GAP:2}(?:looked at|read|opened|watched|checked|marked)',
      '(?:already|previously) (?:covered|learned|learnt|done|been taught) (?:the|that|this)',
      "a day 's (?:holiday|leave|annual leave|unpaid leave|pay)",
      'to (?:be|sound) (?:far |much |a lot |a bit )?(?:less|more) (?:sure|confident|hesitant|humble|modest|enthusiastic|keen)',
      '(?:too|overly) (?:confident|keen|eager|experienced|qualified|enthusiastic|ambitious)',
      '(?:weeks|months|days) of (?:silence|radio silence|nothing|waiting)',
      '(?:in trouble|in a mess|behind schedule|pushed back|delayed again|falling apart|over budget)',
      '(?:run|runs|will run) itself',
      '(?:by|via|in a|on) voicemail|on my (?:day off|birthday|holiday|wedding day)|on a bank holiday|late at night|at midnight',
      'how long it took (?:to|you to|them to)',
      '(?:each to their own|horses for courses|not the direction i would have|not the approach i would have|not what i would have (?:done|chosen|gone for))',
      'must have been (?:a )?(?:very |really |pretty )?(?:short|small|thin|tiny|quick|easy|brief|narrow) (?:shortlist|list|field|search|process|decision|pool)',
      '(?:after|having) (?:driving|driven|travelling|traveling|travelled|traveled|flying|flown) {GAP:3}(?:miles|hours|kilometres|kilometers)',
    ],
  },
  {
    // The writer set above others: "someone like me on it", "anyone who actually understands".
    id: 'superior',
    label: 'setting yourself above others',
    patterns: [
      '(?:with|without|needs|needed|need|had|have|from|by) (?:someone|somebody|a person|people|anyone|candidates) like (?:me|myself)',
      '(?:anyone|someone|somebody|a person|people|nobody|no one) (?:who|that) (?:has |had |have |can |could |does |did |is )?(?:actually|really|truly|properly|genuinely) (?:understands?|understood|knows?|knew|has|had|done|did|run|ran|led|built|implemented|worked|used|seen|can|could|get|gets|is)',
      '(?:without|lacking|missing) (?:anyone|someone|somebody|a person|an expert) (?:who|that|like)',
      '(?:a step down|beneath me|below my level|unchallenging|not much of a challenge|a backward step|a step backwards)',
      '(?:after|given) (?:my|all my) (?:years|decades) (?:in|at|of|as)',
      '(?:someone|somebody|a person|people) who (?:likes?|wants?|prefers?|is used) to (?:get things done|move fast|make decisions|be challenged)',
      '(?:clearly|obviously|at least) (?:someone|somebody|other (?:companies|firms|employers|people)) (?:values?|valued|appreciates?|appreciated|rates?|rated|sees?|saw|wants?|wanted)',
      '(?:need|needs|want|wants|get|ever need) a (?:proper|real|decent|competent|qualified) (?:sparky|chef|engineer|planner|analyst|manager|nurse|teacher|{JOB}|pair of hands|professional)',
      '(?:you|they|the team) (?:will not|would not) miss (?:having )?(?:someone|somebody|anyone) (?:who|with)',
      '(?:needs|need|needed|wants|wanted) (?:someone|somebody|a person|people) (?:more|less) (?:willing|likely|inclined|able|keen) to',
      'i (?:cleared|fixed|sorted|solved|turned round|turned around|handled|ran|tackled|rescued) (?:a|the) (?:similar|same|comparable|bigger|worse) (?:one|thing|problem|backlog|issue|project|mess) (?:in|within|at)',
      '(?:if|when|should) you (?:want|need|would like) it (?:sorted|done properly|fixed|done right|done well|handled)',
      '(?:poor|bad|wasted|a waste|no) (?:use|fit) (?:of|for) my (?:skills|talents|experience|abilities|time|expertise|{WORD} skills)',
      '(?:took|takes|took me) (?:me )?(?:a|one|two|three|a few|\\d+) (?:day|days|week|weeks|month|months) at my (?:last|previous|old)',
    ],
  },
  {
    // "Needs someone who has done it before": fair as acceptance, a jab beside their trouble.
    id: 'needs-someone',
    label: 'implying they needed someone more able',
    patterns: [
      "(?:needs|needed|need|wants|wanted|could use|could do with) (?:someone|somebody|a person|people) who (?:has|have|had|'s|is) (?:actually |really |already )?(?:run|done|used|led|managed|built|worked|implemented|handled|delivered|taught) (?:one|it|this|that|them|these|one of these|a {WORD}) before",
    ],
  },
  {
    // Better offers or bigger jobs elsewhere: news on its own, a gloat beside a jab.
    id: 'bigger-better',
    label: 'news of a better job set against theirs',
    patterns: [
      '(?:much|far|a lot|considerably|significantly) (?:larger|bigger|better|more senior|more prestigious|stronger|higher-paying|more interesting) (?:{WORD} )?(?:role|society|company|firm|organisation|organization|team|package|offer|salary|position|employer|school|hospital|restaurant|agency|property|practice|clinic|desk|setup|place|outfit|operation|project|production|studio|lab|kitchen|ward|unit|department)',
      '(?:far |much )?(?:better|bigger|higher|stronger|more generous) (?:package|offer|salary|pay|deal|title)',
      '(?:bigger|larger|better|more senior|higher-paying|better-paid|better paid) (?:role|desk|team|job|firm|company|package|offer|position|employer)',
      '(?:several|three|two|four|multiple|\\d+|a few) (?:other )?offers (?:since|already|on the table|elsewhere|to choose)',
      '(?:five-star|5-star|michelin|top-tier|tier-one|blue-chip|magic circle|big four|faang)',
      '(?:turning|turned|turn) (?:work|clients|offers|people) away',
      '(?:rated|graded|judged) (?:outstanding|excellent|top)|award-winning|(?:michelin|two michelin|three michelin)-starred',
      '(?:gone|went|going) (?:self-employed|freelance|independent|solo) and',
    ],
  },
  {
    // Told-you-so, clear on its own.
    id: 'told-you',
    label: '“I told you so”',
    patterns: [
      '(?:which is |that is |this is )?(?:exactly |precisely )?what i (?:tried to tell|was telling|was trying to tell|warned) (?:you|the panel|them|everyone)',
      'i (?:did|had) (?:warn|warned|tell|told|flag|flagged|point out|pointed out|raise|raised) (?:you|the panel|them|that|this|it|as much|about)',
      'i (?:did|had) (?:try|tried) to (?:tell|warn|explain|point out)',
      'told you so',
      '(?:exactly |precisely )(?:the|that|this|what) (?:risk|problem|issue|bug|flaw|gap|danger|concern|weakness|mistake|thing) i (?:raised|flagged|mentioned|pointed out|warned about|predicted|spotted|highlighted|identified|described)',
      '(?:took|taken|take|taking) the hint',
      '(?:someone|somebody|anyone|you|they) (?:is|are|was|were) (?:finally |actually |now )?listening',
      '(?:nice|good|glad|great) to see (?:someone|somebody|you|they|the team) (?:finally |eventually )?(?:took (?:the hint|notice|my advice|it on board)|listened|caught up|learned|learnt|followed (?:my|the) (?:advice|suggestion|lead))',
      '(?:as|like) i (?:said|predicted|warned|suggested|told you|pointed out) (?:at|in|during) (?:the|my|our) interview',
      'i (?:could|would) have told you',
      'mark my words',
      '(?:change|idea|suggestion|fix|approach|improvement|plan|recommendation|proposal) i (?:recommended|suggested|proposed|pitched|raised|put forward|made|sketched) (?:at|in|during) (?:my |the |our )?(?:interview|presentation|case study|task)',
      '(?:covered|used|included|contained|reflected|echoed|mirrored|borrowed|took) (?:most|much|all|a lot|some|many|half|plenty) of (?:what|the ideas|the points|the plan) i (?:presented|pitched|proposed|suggested|shared|said|sketched|outlined)',
      '(?:pretty much|exactly|basically|essentially|almost exactly|precisely|very much|more or less) what i (?:proposed|suggested|pitched|presented|sketched|recommended|said|outlined|described|drew|wrote)',
    ],
  },
  {
    // The writer's own idea from the interview, held up afterwards.
    id: 'told-you-weak',
    label: 'your interview advice held up afterwards',
    patterns: [
      'i (?:had )?(?:flagged|raised|predicted|warned about|pointed out|spotted|sketched|proposed|suggested|mentioned) {GAP:5}(?:at|in|during) (?:my |the |our )?(?:interview|presentation|call|meeting|chat|conversation|trial|task)',
      '(?:not|hardly|no) (?:surprised|surprising|a surprise|a shock)',
      '(?:the|my) (?:fix|solution|idea|approach|design|plan|suggestion|proposal) i (?:sketched|proposed|suggested|pitched|presented|described|offered|outlined)',
      '(?:would|could) have (?:sorted|fixed|solved|prevented|avoided|caught|saved|stopped|handled) (?:the|that|this|it|all)',
      '(?:would have|might have) (?:gone|run|worked|been) (?:more smoothly|smoother|better|easier|faster|stronger|a lot better|much better|much stronger)',
      'i (?:did|had) (?:suggest|suggested|mention|mentioned|say|said|propose|proposed)',
    ],
  },
  {
    // Something of theirs that went wrong.
    id: 'misfortune',
    label: 'their trouble',
    patterns: [
      '(?:panned|slated|ridiculed|torn apart|went badly|went wrong|flopped|tanked|did not place|failed|was cancelled|crashed|fell over|overran|over budget|complaints|problems?|issues?|delays?|in the news|slipped|slipping|slips|stalled|stuck|late|behind schedule)',
      '(?:a |such a |what a )?(?:shame|pity)',
      '(?:lost|lose|losing|pushed back|delayed|in trouble|struggling|struggled|a struggle|behind|missed (?:the|its) (?:deadline|target))',
      '(?:numbers|figures|sales|visits|attendance|results|scores|ratings|bookings|reviews|uptake|footfall) (?:were|was|are|is|have been|has been) (?:down|lower|worse|poor|disappointing|mixed|bad)',
    ],
  },
  {
    // A jab at their process or their work.
    id: 'dig',
    label: 'a jab at how they work',
    patterns: [
      '(?:better|more smoothly|smoother|faster|quicker|more efficiently|better organi[sz]ed|more professionally|more organi[sz]ed|less painfully|more quickly|more clearly|more carefully|better run|better planned|more reliably) than (?:your|the|their|my|our) {GAP:2}(?:interview|interviews|process|recruitment|hiring|scheduling|feedback|communication|communications|panel|decision|selection|onboarding|trial|emails|admin|organisation|organization|assessment|rejection)',
      '(?:better|more smoothly|smoother|faster|more efficiently|more professionally) than (?:it|things|the interview|the process) (?:did|went|was|were) (?:for me|with me|in my case)',
      '(?:moves|moved|moving|runs|ran) (?:as|so) slowly as',
      '(?:needs|needed|takes|took|requires|required) (?:three|four|five|six|\\d+|several|multiple) (?:interviews|rounds|months|weeks|meetings|stages) to (?:make|reach|come to) (?:a|any|one) (?:decision|call|choice)',
      '(?:hope|hoping|trust) (?:someone|somebody|you|they|the team|your team) {GAP:2}(?:is listening|listens|learned|learnt|learns|has learned|has learnt|took notes|takes notes)',
      '(?:behaving|working|running|going|performing) (?:better|more smoothly|faster) than (?:it was|it did|they were|things were) when i',
      '(?:gone|going|went|has gone) downhill',
      'i hope {GAP:6}(?:moves|goes|runs|happens|progresses|gets decided|is decided) (?:faster|quicker|more quickly|more smoothly|at a better pace)(?! than)',
    ],
  },
  {
    // Sour grapes: the job was not worth having after all.
    id: 'sour',
    label: 'the job not being worth having',
    patterns: [
      'better off (?:elsewhere|without|out of it|somewhere else|staying|where i am)',
      '(?:not sure|doubt|do not think|am not convinced) i would have been (?:happy|comfortable|suited|content|fulfilled|challenged|a good fit|satisfied|at home)',
      '(?:probably|perhaps|maybe|possibly) (?:is not|was not|would not be|not|is never) (?:the right|a good|a great) (?:place|fit|team|environment|home|match|employer|culture) for (?:someone|somebody|a person|people)',
      '(?:perhaps|maybe|probably|possibly) (?:it is|it was|that is|that was|this is|all) (?:for the best|just as well|a blessing|a lucky escape)',
      '(?:it|that|this) (?:may|might|could) (?:be|have been) (?:just )?as well',
      '(?:so )?(?:it )?(?:all )?worked out (?:in the end|for the best|better) (?:for me|anyway|after all)?',
      '(?:so|and) no hard feelings',
      '(?:a )?(?:bullet dodged|dodged a bullet|lucky escape|narrow escape|blessing in disguise)',
      '(?:all good|no loss)(?: ,)? (?:honestly|really|truly|anyway)',
      '(?:so )?(?:it )?(?:all )?worked out for me',
      '(?:so|and) (?:it is|it was|that is) (?:probably |perhaps |maybe |all )?for the best',
      '(?:so )?no harm done',
      '(?:everything|things|it all|it) (?:happens|happened) for a reason',
      'i (?:suspect|think|imagine|expect|feel|reckon|suppose) i would have found (?:the|it|working|life) {GAP:5}(?:frustrating|slow|stifling|dull|boring|limiting|tedious|hard|difficult|unbearable|a struggle)',
      '(?:it was|it is|was|that is|what|such) (?:a|such a|quite a|a bit of a|something of a|a real) relief',
      '(?:relieved|a relief) (?:in some ways|in a way|in a sense|really)',
      'came out (?:ahead|on top|the winner|better off|the better)',
      'no need to (?:worry|feel bad|feel sorry|feel guilty) (?:about|for) me',
      '(?:would have been|would be|was) (?:a )?(?:poor|bad|wasted) (?:use|fit) (?:of|for) my',
    ],
  },
  {
    // Sacrifices the writer made for the application.
    id: 'sacrifice',
    label: 'what the application cost you',
    patterns: [
      '(?:turned|turn|turning) down (?:a|an|another|two|three|other|several|a paid|a permanent|an offer|the offer)',
      '(?:took|take|taking|used|booked|lost) (?:a |an |the |two |three )?(?:day|days|morning|afternoon|week|shift) (?:off|of (?:holiday|leave|annual leave|unpaid leave|pay)|unpaid)',
      "a day 's (?:holiday|leave|annual leave|unpaid leave|pay)",
      '(?:unpaid|for nothing|for free|at my own expense|out of my own pocket|without pay)',
      '(?:spent|put|invested|gave up|sacrificed|lost|poured|sunk) {GAP:3}(?:hours|days|weekends?|evenings|nights|week|weeks|holiday|savings|money)',
      '(?:arranged|organised|organized|paid for|found|booked) (?:cover|childcare|a sitter|a babysitter|my own travel|trains|flights|a hotel)',
      '(?:travelled|traveled|drove|driving|driven|flew|flying|commuted|travelling|traveling) {GAP:3}(?:hours|miles|kilometres|kilometers|across the country|the length of|all the way)',
      '(?:paid|paying|covered|funded) (?:my own|for my own|out of my own) {GAP:2}(?:fare|fares|travel|way|expenses|train|flight|hotel|petrol|parking)',
      '(?:prepared|wrote|built|made|put together|designed) (?:a|an) {GAP:2}(?:\\d+-minute|forty-minute|thirty-minute|twenty-minute|hour-long|detailed|full) (?:talk|presentation|deck|plan|report|proposal|prototype)',
      '(?:cancelled|canceled|missed|rearranged|skipped) {GAP:2}(?:plans|shift|shifts|holiday|appointment|appointments|classes|lessons|clients|patients|wedding|trip|trips|break)',
      'all (?:the|that|my) (?:time|effort|work|prep|preparation) (?:i|that i) (?:put|spent|invested|gave)',
      '(?:after|given|considering) (?:how much|all) (?:i|the time|the effort|the work)',
      '(?:after|with) (?:twelve|ten|fifteen|twenty|\\d+|many|all (?:my|these|those)) years',
    ],
  },
  {
    // What the writer is therefore owed.
    id: 'owed',
    label: 'what you feel you are owed',
    patterns: [
      '(?:at least(?! i )|in return|in exchange|the least|too much to ask|the decent thing|the right thing to do|only fair|only right|only decent|owed|deserve|deserved|basic courtesy|common courtesy|the courtesy|the decency)',
      'i would (?:hope|expect|have thought|have expected)',
      '(?:had|have) (?:hoped|expected) for (?:a|an|at least|some|more|better) (?:conversation|call|phone call|chat|meeting|explanation|reply|response|courtesy|notice|personal)',
      'more than a (?:one-line|two-line|one-word|form|standard|generic|canned|short) (?:reply|email|answer|response|message|note|rejection)',
      'surely',
      '(?<!if (?:it is|that is) )(?:not|is not|are not|was not) too much (?:trouble|to ask|bother|of an ask)',
    ],
  },
  {
    // Effort followed by a flat no: "four rounds for a no".
    id: 'effort-for-nothing',
    label: 'effort weighed against a no',
    patterns: [
      '(?:rounds|interviews|stages|tasks|weeks|months|hours|take-homes?|trips|presentations) {GAP:5}(?:for|and then|then|only to (?:get|receive|be given|hear)) (?:a|an|one) (?:no|rejection|form|two-line|one-line|canned|generic|automated|template)',
      'heard nothing for {GAP:3}(?:and|then|before)',
      'nothing for (?:a|two|three|four|five|six|\\d+|several|over a) (?:weeks?|months?) (?:and|then)',
    ],
  },
  {
    // Acceptance with an edge: "makes sense, I suppose", "I'm sure it's a coincidence".
    id: 'grudging',
    label: 'agreement through gritted teeth',
    patterns: [
      '(?:makes sense|fair enough|i see|understandable|figures|no surprise|typical)(?: ,)? i (?:suppose|guess)',
      '(?:i suppose|i guess) (?:that )?(?:makes sense|figures|explains)',
      '(?:i am sure|no doubt|doubtless) (?:you|they|the panel|the team|the partners|the board|the committee|the judges) (?:had|have) (?:your|their|its) (?:reasons|reasoning)',
      '(?:which|this|that) i am sure (?:is|was) (?:just |purely |entirely |only )?(?:a )?(?:coincidence|unrelated)',
      '(?:i am sure|no doubt|doubtless) (?:it is|it was|that is|this is) (?:just |purely |only )?(?:a )?coincidence',
      '(?:but|well|oh well|and|so) ,? (?:there we are|there we go|there you go|so be it|such is life|so it goes|that is that|it is what it is)',
      '(?:i )?(?:guess|suppose) (?:the|you|they|your) {GAP:2}(?:saw|thought|felt|wanted|preferred|see|think|had) (?:something|it|things) (?:different|differently|else|otherwise)',
    ],
  },
];

let compiled: CompiledCues | undefined;

/** The tone cues, compiled on first use and shared by every tone rule. */
export function toneCues(): CompiledCues {
  compiled ??= compileCues('tone', TONE_CUES);
  return compiled;
}
