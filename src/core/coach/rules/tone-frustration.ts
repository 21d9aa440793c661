import { definePhraseRule } from '../phrase-rule';
import type { PhraseGroup } from '../phrases';

const HOSTILE_WORDS =
  'ridiculous|absurd|unacceptable|outrageous|insulting|disgraceful|shameful|pathetic|laughable|infuriating|appalling|disgusting';

/** Anger, exasperation and complaints about how the news came. */
export const FRUSTRATION_GROUPS: readonly PhraseGroup[] = [
  {
    id: 'hostile-verdict',
    strong: true,
    patterns: [
      `(?:this|that|it|the (?:whole )?(?:process|situation|decision|outcome|experience|treatment)) (?:is|was|has been|feels|felt|seems|seemed) {ADV}(?:absolutely |completely |totally |utterly |pretty |a bit |beyond |a complete |a total |an absolute )?(?:${HOSTILE_WORDS}|a joke|a farce|a sham|a disgrace|unbelievable|insane|shocking|terrible|awful|horrible|a mess|a shambles|(?:a |an )?(?:complete |total |utter |absolute )?waste of (?:my |everyone 's |our )?time)`,
      `(?:${HOSTILE_WORDS})`,
      'what a (?:joke|farce|waste|mess|shambles|disgrace)',
      'to be (?:blunt|brutally honest|perfectly blunt)',
      '(?:is|was|been) (?:a |an )?(?:complete |total |absolute |bit of a )?joke',
      '(?:the )?worst (?:recruitment |hiring |interview |candidate |application )?(?:experience|process)(?= [.!,]| i| of| i have| ever|$)',
      'beyond the pale',
      '(?:that|this|it|you|the way {GAP:3}) (?:was|is|were|are) (?:completely |totally |way |well |really )?out of order',
      '(?:ugh|smh|ffs|omg)',
      'why (?:even )?bother',
    ],
    message:
      '{match} reads as anger at the person who will read it. A hiring manager is unlikely to answer, and may remember it. It is fair to feel let down; a calmer note keeps this door open. Say what you valued, then ask your question.',
    suggestion:
      'I was sorry to hear the news, and I would still value your view on what I could do better.',
  },
  {
    id: 'anger',
    strong: true,
    patterns: [
      'i {BE} {ADV}(?:so |really |very |extremely |incredibly |absolutely |pretty |quite |beyond |utterly )?(?:furious|livid|fuming|outraged|disgusted|appalled|pissed(?: off)?|fed up|sick of|sick and tired|tired of|angry|mad|insulted|offended|bitter|enraged|incensed)',
      '(?:makes|made) me (?:so |really )?(?:angry|furious|mad|sick)',
      'i {BE} {ADV}(?:seething|speechless|lost for words|beside myself)',
      'i am (?:done|finished) with (?:this|your|applying|job hunting|companies like)',
      'i give up',
      '(?:pretty|really|so|very|bit|a bit|totally|utterly|properly|thoroughly|well) (?:fed up|annoyed|miffed|peeved|cheesed off|hacked off|narked|livid|furious|angry|mad|sore)',
      'i am (?:pretty |really |quite |a bit |a little )?(?:sore|miffed|peeved|put out) (?:about|at|with|over)',
    ],
    message:
      '{match} puts your anger in writing. The reader will respond to the anger, not to your question, if they respond at all. Let the feeling settle before you send, and keep the note about what comes next.',
  },
  {
    id: 'exasperation',
    unlessAccepted: true,
    patterns: [
      'i {BE} {ADV}(?:so |really |very |extremely |incredibly |absolutely |pretty |quite |a bit |a little |beyond |utterly )?(?:frustrated|upset|annoyed|irritated|hurt|aggrieved|exasperated|resentful)',
      '(?:this|that|it|the process|the news|the decision|the outcome) (?:is|was|has been) {ADV}(?:so |really |very |extremely |incredibly |pretty |quite )?(?:frustrating|annoying|upsetting|maddening|exasperating|galling|demoralising|demoralizing|disheartening)',
    ],
    message:
      '{match} tells them the rejection has upset you, without the acceptance that makes it gracious. Mild disappointment is fine to share (“I was sorry to hear it, but I understand”); frustration on its own reads as a complaint.',
    suggestion: 'I was sorry to hear it, but I understand the decision.',
  },
  {
    id: 'disbelief',
    strong: true,
    patterns: [
      '(?:i )?(?:still |honestly |just |really |simply )?(?:can not|could not) (?:quite )?believe (?:that )?(?:you|i|this|it|they|the|how (?:long|badly|rude|little|poorly|unprofessional)|what|after|there|no one|nobody|my|anyone|someone|your)',
      '(?:hard|difficult|impossible) to believe (?:that )?(?:you|they|anyone|someone|the|this|your|i)',
      'how (?:could|can|dare) (?:you|they|anyone|the team|the company|he|she)',
      '(?:are you|is this) (?:serious|kidding|joking)',
      'seriously \\?',
      'unbelievable',
      'you (?:can not|could not) (?:possibly |seriously |really )?be (?:serious|joking|kidding)',
    ],
    message:
      '{match} expresses disbelief at their decision or their conduct. It reads as an accusation wrapped in a question, and it invites a defensive reply or none. Acknowledge the news plainly instead.',
  },
  {
    id: 'deep-disappointment',
    unlessAccepted: true,
    patterns: [
      '(?:very|really|extremely|deeply|incredibly|so|terribly|bitterly|hugely|massively|seriously|thoroughly|utterly|profoundly|truly|beyond|most|immensely|greatly) disappointed',
      'disappointed (?:in|with|by|at) (?:you|your|the (?:way|process|handling|lack|company|team|communication|recruitment|treatment|level|response)|how|this whole|the whole)',
      'disappointing (?:process|experience|treatment|way|response|communication)',
      'disappointed (?:that )?(?:you|the panel|the team|they) (?:did not|could not|would not|chose|went|failed|never)',
    ],
    message:
      '{match} leans on your disappointment, or aims it at them. Disappointment you have accepted is gracious (“while I’m disappointed, I understand”); disappointment with them reads as blame.',
    suggestion: 'While I was disappointed, I understand and respect the decision.',
  },
  {
    id: 'grievance',
    strong: true,
    patterns: [
      '(?:all i got was|all i received was|all i get is|i (?:only |just )?(?:got|received|get)|and (?:got|received) (?:only |just )?|in return for) (?:was )?(?:a|an|one|just a|only a|another) (?:form|generic|automated|standard|template|two-line|one-line|canned|stock|boilerplate|impersonal|copy-paste|copy-and-paste) (?:email|e-mail|rejection|reply|response|letter|message|note|text)',
      '(?:a|an) (?:form|generic|automated|standard|template|canned|boilerplate|impersonal) (?:rejection|email|reply|response) (?:is|was) (?:not|hardly) (?:acceptable|good enough|enough|ok|okay|fair|right)',
      'to (?:a|an) (?:form|generic|automated|canned|boilerplate|impersonal) (?:rejection|email|reply|response)',
      '(?:rather than|instead of|not|than|not just) (?:a|an|another|just a|yet another) (?:form|generic|automated|standard|template|canned|boilerplate|impersonal|copy-paste) (?:email|e-mail|rejection|reply|response|letter|message|note|text)',
      '(?:generic|standard|polite|automated) brush-off|brush-off|fobbed off|fob (?:me )?off|the runaround|the cold shoulder',
      '(?:actual|real|proper|genuine|meaningful) (?:feedback|answer|reply|response|explanation|reason) (?:this time|for once|rather than|instead of)',
      '(?:my )?(?:time|effort|application|work|experience) (?:means|meant|counts?|counted|matters?|mattered) (?:nothing|little|for nothing|so little|nothing at all)',
    ],
    message:
      '{match} complains about how the rejection was delivered. Many companies send standard replies, and the person you are writing to may not have chosen it. The complaint will be what they remember; leave it out.',
  },
  {
    // A courtesy they did not show, said as a wish about the past ("it would have been nice to…").
    id: 'missed-courtesy',
    patterns: [
      '(?:it )?would have been (?:nice|good|polite|courteous|decent|kind|considerate|respectful) (?:to (?:hear|get|receive|be told|have been told|know|learn|be given)|if (?:you|someone|somebody|anyone|the team|they|he|she))',
      '(?:hoped|expected|wished) for (?:a little |a bit |something )?more than (?:silence|radio silence|nothing|a form|an automated|a generic|a template|a standard|a two-line|a one-line|a no)',
    ],
    message:
      '{match} points at a courtesy they did not show. It is put gently, but the reader hears a reproach about how you were treated, and it will be what they answer, if they answer at all. Leave it out and keep to what you would like to learn.',
  },
  {
    id: 'effort-grievance',
    requireInSentence:
      /\b(?:not|never|nothing|no one|nobody|only|just|even|form|generic|automated|without)\b/,
    patterns: [
      '(?:after|for) (?:all )?(?:that|the|my|this|those|so much|so many) (?:work|effort|time|prep|preparation|hours|days|weeks|rounds|interviews|stages)',
    ],
    message:
      '{match} weighs your effort against their answer. It reads as a grievance, and it cannot change the outcome. The effort was real; it belongs in your own notes, not in this message.',
  },
  {
    id: 'profanity',
    strong: true,
    negatable: false,
    patterns: [
      '(?:damn|dammit|goddamn|crap|crappy|shit|shitty|bullshit|fuck|fucking|fucked|wtf|pissed|screw (?:you|this|that|it)|what the (?:hell|heck)|sucks|sucked|bloody hell)',
    ],
    message:
      '{match} is language a hiring manager will not expect in a professional note, and it will colour everything else you wrote.',
  },
  {
    id: 'stung',
    unlessAccepted: true,
    patterns: [
      '(?:sting|stings|stung|stinging|exhausted by|exhausting|draining|demoralising|demoralizing|deflating|deflated|disheartening|soul-destroying|galling|hard to swallow|a bitter pill)',
      '(?:kick|slap) in the (?:teeth|face|stomach)',
      'forgive me if i (?:sound|seem|come across as) (?:a (?:bit|little) )?(?:weary|bitter|frustrated|short|curt|blunt|annoyed|upset|tired|jaded)',
      '(?:not going to|will not|i will not|i am not going to) (?:sugar-coat|sugarcoat|pretend|lie)',
      '(?:disappointing|frustrating|galling|hurtful) to be (?:asked|told|given|made|kept|left|sent|treated|interviewed|quizzed|tested|ignored)',
    ],
    message:
      '{match} lets the hurt show. That is human, and it is fine to name it alongside acceptance (“it stung, but I understand”); on its own it tells the reader you are still upset with them, and they will answer that rather than your question.',
    suggestion:
      'I was disappointed, but I understand, and I would value your view on what to work on.',
  },
  {
    id: 'snide-aside',
    patterns: [
      '(?:assuming|if|provided|presuming) (?:anyone|there|you|somebody|someone|they) (?:even |actually |ever )?(?:wrote|write|is|are|was|kept|took|made|has|have|bothered to write|bothered to take) (?:any|one|some)(?= [.!?]|$)',
      '(?:that is|it is|this is) (?:pretty |rather |quite |very )?(?:poor|bad form|poor form|not good enough|not on|disappointing)(?= [,.!]| ,| honestly| really| frankly|$)',
      '(?:rather than|instead of|not) the (?:usual|standard|normal|same old) (?:platitudes|lines?|template|brush-off|stock reply|boilerplate|spiel)',
    ],
    message:
      '{match} is a dig tucked into the request. It reads as doubting they did their job, and it makes a helpful reply less likely. Ask plainly, or leave the aside out.',
    suggestion: 'If there are any notes from the interview, I would be grateful to hear them.',
  },
  {
    id: 'dismissal',
    strong: true,
    negatable: false,
    patterns: [
      '(?:do not|never mind|no need to|do not even) bother (?:with|replying|responding|sending|getting back|answering|explaining|to reply|to respond|with feedback)',
      'forget it',
      '(?:lol|lmao|haha) (?:ok|okay|k|sure|cool|fine|whatever|right)(?= [.!,]|$)',
      'whatever (?:\\.|!)',
    ],
    message:
      '{match} waves them off. It reads as a door slammed on the way out, and it is the last thing they will remember of you.',
  },
];

/** `tone/frustration`: anger, exasperation, disbelief and grievances about the process. */
export const frustrationRule = definePhraseRule({
  id: 'tone/frustration',
  category: 'tone',
  groups: FRUSTRATION_GROUPS,
});
