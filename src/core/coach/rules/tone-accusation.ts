import { definePhraseRule } from '../phrase-rule';
import type { PhraseGroup } from '../phrases';

const WHO =
  '(?:you|they|he|she|the team|your team|the company|the panel|the recruiter|your recruiter|hr|the interviewers?|the hiring manager|management|everyone)';

/** Accusations: bias, bad faith, a decision made in advance, neglect, rudeness. */
export const ACCUSATION_GROUPS: readonly PhraseGroup[] = [
  {
    id: 'unfairness',
    strong: true,
    patterns: [
      '(?:was|is|were) my (?:age|gender|race|accent|ethnicity|disability|religion|nationality|pregnancy|visa status|sexuality|health) (?:a|the) (?:factor|issue|problem|reason)',
      '(?:only|oldest|youngest) (?:applicant|candidate|person) (?:over|under) (?:\\d+|forty|fifty|sixty|thirty)',
      '(?:bias|biased|prejudice|prejudiced|discriminated|discriminating|discrimination|discriminatory|racist|sexist|ageist|ableist|unfair|unfairly|unjust|unjustly|rigged|illegal|unlawful)',
      '(?:the )?(?:deck|game|process|system) (?:was|is) (?:stacked|rigged|fixed)',
      '(?:sue|report) (?:you|the company|your company|this)',
      '(?:because|since) (?:of )?(?:my|i am|i was) (?:age|gender|race|accent|ethnicity|disability|religion|name|a woman|a man|older|too old|pregnant|foreign|not from)',
      '(?:how|the way) (?:candidates|applicants|people|we|i) (?:are|were|was|get|got|is|am) (?:treated|handled)',
      '(?:how|the way) you treat (?:candidates|people|applicants|staff|anyone)',
      '(?:should be|be) ashamed|ashamed of (?:yourselves|yourself|the way|how)',
      '(?:leave|leaving|write|writing|post|posting) (?:a |an )?(?:honest |negative |bad |public )?review (?:about|of) (?:you|your|this|the process|the company|how)',
      '(?:leave|leaving|write|writing|post|posting) (?:a |an )?(?:negative|bad|scathing) review',
      'warn (?:others|people|everyone|my network|friends|other candidates)',
      '(?:how|the way) you treat (?:professionals|others|adults|people like me|your candidates|humans)',
    ],
    message:
      '{match} accuses them of unfair treatment. If you believe you were treated unlawfully, that belongs in a formal route, not in this note; here it ends the relationship and gets no feedback.',
  },
  {
    // Age (or the like) offered as the unspoken reason: "I guess at my age nobody is hiring".
    id: 'hints-at-bias',
    strong: true,
    negatable: false,
    requireInSentence:
      /\b(?:hire|hires|hiring|hired|want|wanted|wants|looking|interested|employ|employing|consider|considered|chance|picked|chose|choose|take on|taking on)\b/,
    patterns: [
      '(?:at|for|with) (?:my|our) age {GAP:6}(?:not|no one|nobody|never|no|nothing)',
      '(?:someone|somebody|a person|people|anyone|candidates|applicants) (?:my|of my|our|of our) age',
      '(?:too old|too grey|over the hill|past it) (?:for|to)',
    ],
    message:
      '{match} hints that something other than your work, such as your age, decided it. Even said lightly it reads as an accusation of bias, and the reader may have decided in good faith. If you believe you were treated unfairly, raise it formally; keep this note to what you would like to learn.',
  },
  {
    id: 'legal-route',
    strong: true,
    unlessTopic: true,
    patterns: [
      '(?:lawsuit|lawyer|attorney|legal action|tribunal|formal complaint|glassdoor)',
      // Legal help in the Englishes that do not say "lawyer": a solicitor, counsel, a barrister.
      '(?:my|our) (?:solicitors?|counsel|barristers?|attorneys?|legal (?:team|adviser|advisor|representative|rep|counsel)|union (?:rep|representative|official))',
      '(?:spoken|speaking|spoke|talked|talking|consulted|consulting|instructed|instructing|engaged) (?:to |with )?(?:a|an) (?:employment )?(?:solicitor|lawyer|barrister|attorney|counsel)',
      '(?:taken|taking|take|seek|seeking|sought|get|getting|got|consulted|consulting) (?:some |independent |proper )?legal advice',
      '(?:ombudsman|employment tribunal|labou?r board|labou?r commissioner|eeoc|acas|fair work commission|human rights commission|subject access request)',
      // Bodies of other countries that hear work complaints: Ireland's WRC, a labour
      // inspectorate, the NLRB, an employment court, an equality or human rights tribunal.
      '(?:wrc|workplace relations commission|labou?r inspectorate|labou?r inspection|nlrb|employment court|industrial (?:tribunal|relations commission|court)|equality (?:tribunal|commission)|human rights tribunal|fair work ombudsman)',
      // A union's hiring hall told: "the hall is going to hear about it".
      '(?:the (?:hall|union|local)|my (?:union|local)) (?:is going to|will|would|gonna|should) (?:hear|know) (?:about|of) (?:this|it)',
      '(?:report|reporting|raise|raising|escalate|escalating|refer|referring|take|taking) (?:this|it|the matter|this matter|my case|the decision|your conduct|the process|how i was treated) (?:up )?(?:to|with|further with) (?:the |your |my )?(?:regulator|ombudsman|authorities|labou?r board|tribunal|commission|ceo|chief executive|board|head office|mp|congressman|councillor|press|media)',
    ],
    message:
      '{match} brings in a formal or public route. Even mentioned in passing it reads as a warning, and a hiring manager will pass the note to someone else rather than answer it. If you believe you were treated unlawfully, take that route separately and keep this note friendly.',
  },
  {
    id: 'bad-faith',
    strong: true,
    patterns: [
      `${WHO} {GAP:1}(?:lied|misled|deceived|tricked|strung me along|led me on|played me|used me|kept me waiting|kept me hanging|left me hanging|ghosted|ignored me|ignored my|never intended|had no intention|never planned|never meant)`,
      "wasted (?:my|our|everyone 's|people 's|candidates '|a lot of my|so much of my|{NUM} (?:hours|days|weeks|months) of my|(?:hours|days|weeks|months) of my) time",
      "waste of (?:my|our|everyone 's|your and my) time",
      'wast(?:ed|ing|e) (?:my|our|an entire|a whole|the whole|a full|my whole|my entire) {GAP:1}(?:time|afternoon|morning|day|evening|weekend|week|holiday|leave|effort|energy)',
      'strung (?:me|us|candidates) along',
      'i (?:feel|felt) (?:like i was |that i was |i was |like i have been |that i have been )?(?:cheated|used|misled|deceived|set up|strung along|played|betrayed|disrespected|dismissed|humiliated|mistreated|lied to)',
    ],
    message:
      '{match} accuses them of bad faith. Whatever happened, the reader will defend themselves rather than help you. If you want to keep this contact, leave the grievance out.',
  },
  {
    id: 'decided-in-advance',
    unlessSelfSubject: true,
    strong: true,
    patterns: [
      '(?:already|always) (?:had|picked|chosen|decided|selected|knew|planned|set on|earmarked) {GAP:3}(?:someone|somebody|your|their|an internal|the internal|a friend|who|in mind|the job|the role)',
      '(?:the )?(?:job|role|position|post|vacancy) (?:was|is) never (?:really |actually |truly |genuinely )?(?:open|available|real)',
      '(?:was|is|were) (?:the|this|that) (?:job|role|position|post|vacancy|opening) (?:ever|even) (?:really|actually|truly|genuinely) (?:open|available|real)',
      '(?:was|is|were) (?:the|this|that) (?:job|role|position|post|vacancy|opening) (?:ever|even) real',
      '(?:fake|phantom|ghost|sham) (?:job|role|posting|listing|vacancy|opening|process|interview)',
      '(?:a )?(?:box-ticking|box ticking|tick-box|tick box|rubber-stamp|rubber stamp|rubber-stamping)(?: exercise)?',
      '(?:just|only|merely|nothing but|simply) (?:a )?(?:formality|for show)',
      'already (?:promised|given|offered|earmarked|lined up|set aside|reserved) (?:to|for)',
      'already (?:promised|given|offered|earmarked) (?:the job|the role|it|the post|the position|the contract) to',
      '(?:clearly|obviously|evidently) (?:already )?(?:decided|made up (?:their|your|its) minds?|chosen|picked)',
      '(?:it is|it was|it is all|it was all|all) (?:about|down to) who you know',
      'already (?:made up (?:your|their|its|his|her) minds?|decided|chosen|picked|settled on)',
      '(?:filled|given away|sewn up|promised|decided|made|settled|taken|chosen) (?:long )?before (?:i|we) (?:sat|took|did|walked in|arrived|even applied|applied|interviewed|had a chance|got there|started|even started|even met|met|spoke|even spoke|sat down)',
      '(?:the )?decision was (?:already )?(?:made|taken) (?:in advance|beforehand|before)',
      '(?:had|have|has) (?:someone|somebody|a candidate|an internal candidate|another candidate|a favourite|a favorite) (?:else )?(?:lined up|in mind|picked out|ready|waiting)',
      '(?:had|have|has) (?:already |clearly |obviously )?made up (?:its|their|your|his|her) minds?',
      'before (?:the|my|i|we) {GAP:2}(?:even )?(?:started|began|begun|walked in|arrived|presented|opened my mouth|said a word)',
    ],
    message:
      '{match} suggests the outcome was settled before you walked in. Even if it was, saying so closes the door, and the person reading may not have made that call.',
  },
  {
    id: 'neglect',
    strong: true,
    patterns: [
      `(?<!(?:know|understand|appreciate|realise|realize|aware|accept|if|unless|whether|case) (?:that )?)(?:${WHO}|anyone|nobody|no one) (?:could not|did not|can not|would not|never|could never) (?:even )?(?:bother(?:ed)? to |be bothered to )?(?:call|phone|pick up the phone|reply|respond|answer|tell me|let me know|inform|look at|read|write|give me|have the decency|have the courtesy|say|send|manage)`,
      '(?:could not|did not|can not|never) (?:even )?(?:manage|bother) (?:a|one|even a|to)',
      '(?:instead of|rather than|than|just|kept|keep|been|was|were|got|get|am being|was being) ghost(?:ing|ed)',
      '(?:nobody|no one|no-one|not one person|not a single person|none of you) {GAP:2}(?:rang|phoned|emailed|wrote|got back|informed|told|called|contacted|replied|responded|bothered|let me know|got back|could tell|could be bothered|thought to|had the courtesy|had the decency|explained|read|looked at|reviewed|listened|cared)',
      '(?:it is|it was|it seems|it seemed) (?:pretty |very |quite |abundantly |painfully )?(?:clear|obvious|evident) (?:that )?(?:no one|nobody|you|they|the panel|the team|your team|the interviewers?) (?:did not|never|could not|was not|were not|had not|read|looked|wanted|cared)',
      '(?:clearly|obviously|evidently) (?:no one|nobody|you|they|the panel|the team|your team|the interviewers?) (?:did not|never|could not|was not|were not|had not)',
      '(?:did not|never|would not) (?:give|gave) me a (?:fair|real|proper|genuine|decent) (?:chance|shot|hearing|go)',
      '(?:the )?questions? (?:had|have|has) nothing to do with',
      'set me up to fail',
      '(?:the|any|basic|common|simple) (?:courtesy|decency|respect) (?:of|to)',
      '(?:lack|absence) of (?:communication|respect|courtesy|professionalism|feedback|transparency|organisation|organization|updates)',
      '(?:poor|terrible|awful|bad|zero|no) (?:communication|organisation|organization|candidate experience|professionalism)',
      'without (?:telling|informing|letting|notifying|warning|contacting) (?:me|us|candidates|anyone|applicants)',
      '(?:prefers?|preferred|went with|chose|hired?|hires|hiring|picked|pick) (?:cheaper|younger|older|less experienced|less qualified|unqualified|inexperienced)',
      '(?:did not|never|would not|could not) (?:even )?(?:give|gave|offer|offered|allow|allowed) me (?:a|the|any) (?:fair |real |proper |genuine |decent )?(?:chance|shot|hearing|go|opportunity)',
      '(?:and|but|yet) (?:you )?(?:did not|never) (?:contact|call|email|tell|inform|reach out to|let) me',
      '(?:did not|never) even (?:get|receive|have|got|merit|warrant) (?:a|an) (?:call|phone call|interview|reply|response|conversation|chance|email)',
    ],
    message:
      '{match} blames them for how you were treated. It may well be fair to feel, but in writing it reads as a complaint, and complaints rarely get a reply. Thank them for letting you know, however they did it.',
    suggestion: 'Thank you for letting me know.',
  },
  {
    id: 'insinuation',
    strong: true,
    patterns: [
      '(?:funny|interesting|convenient|strange|odd|curious|telling|amazing) (?:how|that) {GAP:6}(?:went to|got|was given|were given|ended up|landed|chose|picked|hired|gave)',
      "(?:owner|boss|manager|director|ceo|founder|partner|chair) 's (?:nephew|niece|son|daughter|friend|mate|buddy|relative|cousin|brother|sister|wife|husband)",
      '(?:overlook|overlooks|overlooked|overlooking|ignore|ignores|ignored|turn away|turns away|turned away|pass over|passes over|passed over) (?:experienced|qualified|good|strong|older|talented|capable|seasoned|skilled) (?:candidates|people|applicants|talent|staff|professionals)',
      'can afford to (?:overlook|ignore|lose|turn away|pass on|reject|pass up|waste)',
      'no offen[cs]e(?: ,)? but',
      '(?:tends|tend|likes|like|prefers|prefer) to (?:hire|pick|choose|promote|take on|appoint) (?:people|those|candidates|friends|its own|their own) (?:it|they|you|who) {GAP:1}(?:already )?(?:know|knows|knew)',
      'some of us (?:actually|really|still|have to|do)',
      // Favouritism hinted at: a friend inside, the favourite, the boss's golden boy.
      '(?:have|having|know|knowing|need|needed|get|getting|find|make) (?:a |an |some )?(?:friend|friends|mate|mates|contact|contacts|connection|connections|cousin|uncle|aunt|relative|someone|somebody) (?:on the inside|inside|in high places|on the panel|in hr)',
      '(?:an? |the )?(?:internal|inside|in-house) (?:favourite|favorite|pick|darling)',
      "(?:favourite|favorite|golden boy|golden girl|golden child|teacher 's pet) (?:all along|from the start|from day one)",
      "to the (?:nephew|niece|golden boy|golden girl|golden child|favourite|favorite|teacher 's pet)",
      // "I only ask because the role was advertised for just four days."
      '(?:because|since|given|considering|seeing as|as) (?:that )?(?:the )?(?:role|job|position|post|vacancy|opening|it) was (?:only )?(?:advertised|posted|listed|up) (?:for )?(?:only|just|a mere|barely) (?:{NUM} )?(?:days?|hours?|a day|a week|a weekend)',
    ],
    message:
      '{match} hints at something unfair without saying it outright. A hiring manager will still read it as an accusation, and an insinuation is harder to answer than a question. Leave it out; ask about your own next step instead.',
  },
  {
    id: 'veiled-threat',
    strong: true,
    patterns: [
      "(?:copying|copied|cc|cc-ing|ccing|cc'ing|cc'd|looping|looped|including|forwarding|forwarded|escalating|escalated) (?:in )?(?:your|the) (?:head of|manager|boss|director|ceo|hr|chief|line manager|managing partner|managing director|head|chair|hr team|hr department|superior|supervisor|founder|owner)",
      // "I've copied in Helen Carver, Director of Nursing", "Mr Hargreaves, the Trust's CEO".
      "(?:copying|copied|cc-ing|ccing|cc'ing|cc'd|cced|looping|looped) in (?:{WORD} ){1,3}, (?:the |your )?(?:{WORD} 's )?(?:{WORD} )?(?:director|head|ceo|chief executive|chief|managing partner|managing director|chair|chairman|chairwoman|chairperson|founder|owner|president|vice president|vp|superior|boss)",
      '(?:escalate|escalating|take|taking) (?:this|it|the matter|my complaint) (?:further|higher|up|with (?:your|the) (?:manager|director|ceo|head|board|hr))',
      '(?:mention|mentioning|share|sharing|tell|telling|post|posting|write up|writing up|describe|describing|talk about|talking about|raise|raising) {GAP:5}(?:how (?:this|it|i|my application) was (?:handled|treated)|the way (?:this|i|it) was (?:handled|treated)|my experience (?:with|of|at) (?:you|your|the)|how i was treated)',
      '(?:give|giving|gave) you (?:the |a )?chance to (?:respond|reply|explain|comment|put (?:things|it) right|make (?:it|things) right)',
      'before i (?:post|share|write|mention|escalate|raise|leave|publish|go public|report|put|upload)',
      '(?:review|experience|write-up|post|story) {GAP:3}(?:up )?on (?:indeed|glassdoor|trustpilot|reddit|google reviews)',
      '(?:the|my) {GAP:4}(?:i|we) (?:pitched|proposed|suggested|presented|shared|showed|mocked up|designed|sketched) {GAP:4}(?:is|are|was|were) now (?:on|in|part of|live|used|being used)',
      '(?:writing|write|blog|blogging|posting|post|reviewing|review|talking|talk|speaking|speak) (?:about|up) my experience (?:of|with|at)',
      '(?:kept|keeping|have kept|i keep) (?:a )?(?:record|records|notes|a log|copies|a note|screenshots) of (?:our|the|your|all|every)',
      '(?:take|taking|raise|raising) (?:the|this) matter (?:up|further)',
      'unless i hear (?:from you|back)',
      '(?:mentioned|told|spoke|spoken|talked) (?:to )?{GAP:6}how (?:the|this|my|it) {GAP:2}(?:was|were) (?:run|handled|conducted|managed|treated)',
      'before (?:anything|more) (?:else )?(?:gets|is|will be) (?:said|posted|shared|written)',
      '(?:in touch|talking|speaking) with (?:a few|several|some|other) (?:other )?(?:candidates|applicants|designers|people) who (?:also )?(?:did|sat|took|had)',
      '(?:looks|look|looked|seems|seemed|is|are|was|were) {GAP:3}(?:like|similar to|familiar|close to|identical to) (?:the one|the ones|mine|my|what) (?:i|we) (?:mocked up|designed|pitched|proposed|presented|sketched|built|showed|suggested|shared|drew|wrote|submitted)',
      "(?:i will|i shall|i am going to|i won't|i will not|i will never) (?:remember|forget|bear in mind|keep in mind) (?:how|the way) (?:this|it|i|my application|we) (?:was|were|has been|have been|got) (?:handled|treated|dealt with|managed)",
      '(?:find|found|get|got|finding|getting|hire|hiring) (?:someone|somebody|a person|people|an applicant|a candidate) (?:cheaper|younger|less experienced|more junior|who costs less)',
      '(?:values?|valued|prioriti[sz]es?|cares? more about|rewards?|prefers?) {GAP:2}(?:over|above|rather than|more than|ahead of) (?:compassion|experience|ability|talent|people|skill|substance|real|actual|hands-on|practical|loyalty|care|common sense)',
      '(?:keep|keeping) an eye on what',
      'what else you (?:borrow|take|use|copy|steal|lift|pinch|reuse)',
      '(?:confirm|confirmation|assurance|assure me|guarantee|promise) (?:that )?(?:it|they|my {WORD}(?: {WORD})?|the {WORD}(?: {WORD})?|this|none of it) (?:will not|will never|would not|has not|have not|is not|are not) (?:be |been )?(?:used|reused|shared|kept|passed on|copied)',
      '(?:my|the) {GAP:2}(?:test|work|assignment|task|designs?|samples?|submission|case study|portfolio|slides|code|answers) (?:returned|deleted|destroyed)',
      '(?:used|took|borrowed|lifted|copied|stole|pinched|helped (?:yourself|yourselves) to|reused|repurposed) (?:my|the) (?:ideas?|work|designs?|concepts?|pitch|plans?|slides|proposal|approach|code)',
      '(?:my|the) ideas? (?:i|we) (?:pitched|shared|suggested|presented|proposed|gave) {GAP:8}(?:now|already|appear|appeared|are on|in your|on your|turned up|turning up|showing up|showed up|live)',
      '(?:funny|convenient|telling) (?:how|that)(?! (?:much|quickly|fast|many|long|time|things|life|often|easily|well|soon)(?![a-z]))',
    ],
    message:
      '{match} reads as a warning: that you will take this further, or that they took something of yours. Whatever happened, the reader will now deal with you carefully rather than warmly. If there is a real grievance, raise it formally and keep this note friendly.',
  },
  {
    id: 'criticises-conduct',
    strong: true,
    patterns: [
      'barely (?:looked up|looked at me|listened|spoke|engaged|acknowledged|said|paid attention|glanced|made eye contact)',
      '(?:the )?(?:interview|interviews|panel|process|call|meeting|conversation|assessment|day) (?:felt|seemed|was|were) {ADV}(?:rushed|disorgani[sz]ed|chaotic|cold|hostile|unprepared|one-sided|superficial|perfunctory|a formality|a mess)',
      '(?:was|were|kept) (?:on|checking|looking at) (?:his|her|their|your) (?:phone|laptop|emails?|screen)',
      `${WHO} (?:did not|never|could not) (?:seem to |even )?(?:listen|care|pay attention|engage|read my|look at my|prepare)`,
      '(?:your|the) {GAP:2}(?:process|recruitment|hiring|communication|organi[sz]ation|system|interviews?|onboarding) (?:really )?(?:needs|could use|could do with|requires|needs some|needs a lot of) (?:work|improvement|improving|a rethink|an overhaul|attention|fixing)',
      '(?:expected|hoped for|anticipated) (?:a |an )?(?:much |far |rather )?(?:more|better) (?:professional|organi[sz]ed|respectful|courteous|personal|timely|transparent|competent)',
      '(?:expected|hoped for|deserve|deserved) (?:much |far )?(?:more|better) (?:from|of|treatment|than this|communication|respect|courtesy|care)',
      '{NUM} (?:days|weeks|months) of (?:silence|radio silence|waiting|nothing|no reply|no news|being ignored)',
      '(?:your|the) (?:company|team|organi[sz]ation|firm|business|council|studio|agency|school|hospital|department) {ADV}(?:does not|do not|did not) (?:value|care about|respect|appreciate|understand|want) (?:experience|people|talent|candidates|loyalty|skill|hard work|its candidates|applicants)',
      '(?:never|rarely|seldom) (?:been )?treated (?:so |this |as )?(?:poorly|badly|rudely|disrespectfully|unprofessionally)',
      'treated (?:so |very |really |incredibly )?(?:poorly|badly|rudely|unfairly|disrespectfully|unprofessionally)',
      '(?:puts?|put|values?|valued|cares? (?:more )?about|prioriti[sz]es?) {GAP:3}(?:ahead of|over|before|more than) (?:residents|patients|people|staff|candidates|quality|customers|students|children|its people|clients)',
      '(?:did not|does not|do not|never) seem (?:very |particularly |that |at all )?(?:open|interested|welcoming|friendly|organi[sz]ed|competent|professional|prepared|engaged)',
    ],
    message:
      '{match} criticises how they ran the interview. Even if it is fair, the reader hears a complaint about themselves or a colleague, and the note stops being about what you can learn. If something went badly, it is better raised, calmly, with the recruiter separately.',
  },
  {
    id: 'rudeness',
    strong: true,
    unlessSelfSubject: true,
    patterns: [
      '(?:unprofessional|disrespectful|rude|dismissive|condescending|patronising|patronizing|arrogant|incompetent|careless|sloppy|shoddy|chaotic|disorgani[sz]ed)',
    ],
    message:
      '{match} passes judgement on how they behave. Even if it is deserved, the reader will take it personally and is unlikely to help you afterwards.',
  },
];

/** `tone/accusation`: accusing them of bias, bad faith, a fixed outcome or neglect. */
export const accusationRule = definePhraseRule({
  id: 'tone/accusation',
  category: 'tone',
  severity: 'error',
  groups: ACCUSATION_GROUPS,
});
