import { definePhraseRule } from '../phrase-rule';
import type { PhraseGroup } from '../phrases';

/** Begging, bargaining and sharing hardship the reader cannot act on. */
export const PLEADING_GROUPS: readonly PhraseGroup[] = [
  {
    id: 'begging',
    strong: true,
    negatable: false,
    patterns: [
      '(?:i am )?(?:begging|i beg|beg you|pleading with you|i implore|implore you)',
      'please (?:, )?please',
      '(?:i will|i would|i can|i could|willing to|happy to|prepared to|ready to|i am willing to) (?:do|take|accept|work|consider) (?:anything|whatever it takes|any (?:salary|role|position|job|shift|shifts|hours|pay|terms|conditions|rate|level|title))',
      '(?:take|accept|consider|start (?:at|on|with|as)|work for|go for) (?:a )?(?:lower|reduced|smaller|lesser|junior|entry-level|minimum|any|cut in) (?:salary|pay|wage|rate|role|position|title|level|grade|package)',
      '(?:work|do it|start|intern|volunteer|help out|come in) {GAP:3}(?:for free|for nothing|unpaid|without pay|at no cost)',
      'if (?:that|it|this) (?:changes|would change|will change|could change|helps|would help|makes a difference|would make a difference)(?: anything| things| your mind)?',
      '(?:work|try) harder than (?:anyone|anybody|everyone)',
      'i (?:promise|swear)(?= [.!,]|$| i will| to| you)',
      '(?:anything|any (?:role|post|position|job|opening|vacancy|hours|shift|shifts|days|work|opportunity)) at all',
      'i would (?:jump at|leap at|grab) (?:them|it|the chance|anything|any)',
      '(?:the|even the) (?:smallest|tiniest|slightest) (?:opening|chance|role|opportunity|position)',
      'is there anything (?:at all )?(?:i|we) (?:can|could) (?:do|say)(?= [?]| to (?:change|get|be reconsidered|make you|convince|persuade|turn))',
      '(?:even )?(?:just )?(?:a|an|one) (?:unpaid |free )?trial (?:week|day|period|month|shift|run)',
      '(?:forever|eternally) grateful',
      '(?:work|do it|start|come in) for (?:less|lower|reduced|a lower|a reduced|much less) (?:money|pay|salary|wage|rate)?',
      '(?:not giving up|will not give up|keep (?:applying|trying|asking|writing)|will keep (?:applying|trying|asking|writing)) until (?:you|i get|they)',
      'until you (?:say yes|hire me|give me|change your mind|let me)',
      '(?:even|just) (?:agency|supply|casual|zero-hours|temp|temporary|bank|relief|unpaid|voluntary|cover|weekend|night|part-time) (?:shifts?|days?|work|cover|hours|roles?|contracts?|basis)',
      'drop everything',
      'please (?:do not|never) forget (?:me|about me)',
      '(?:be|would be|is) (?:a|an absolute|a real) (?:lifeline|godsend)',
      '(?:even a|even just a|even one|just a) (?:junior|part-time|temporary|entry-level|lower|smaller|trainee|cover) {GAP:2}(?:post|role|position|job|shift|contract)',
      "i (?:will|would|'ll) {ADV}(?:happily |gladly )?take (?:any|anything|whatever)",
      '(?:if it|to|that) (?:gets|get) me (?:through|in|a foot in) the door',
      '(?:find|offer|give) me (?:something|anything|any (?:work|role|job|shifts?|hours))',
    ],
    message:
      '{match} reads as pleading. It puts the hiring manager in an awkward spot and undersells you, and it rarely changes a decision. You can be warm and keep your footing: thank them and ask for one piece of advice.',
    suggestion: 'I would be grateful for one piece of advice for my next application.',
  },
  {
    id: 'hardship',
    patterns: [
      'i {ADV}(?:really |desperately |badly |truly |urgently )?need (?:this|that) (?:job|role|position|opportunity|post|offer|work)',
      'i {ADV}(?:really |desperately |badly |truly |urgently )?need (?:the|an?) (?:job|income|money|paycheck|paycheque|work)(?= [.!,]|$)',
      'desperate(?:ly)?',
      '(?:my|our) (?:family|kids|children|wife|husband|partner|mother|father|parents|son|daughter) (?:is|are|was|were) {ADV}(?:counting|depending|relying|dependent|struggling)',
      '(?:family|kids|children|wife|husband|partner|mother|father|parents) (?:depends|depend|relies|rely|counts|count) on (?:me|this)',
      // "My parents have already told relatives I am joining."
      '(?:parents|family|relatives|mum|mom|mother|father|dad|wife|husband|grandmother|grandfather|grandparents) (?:have|has|had) already (?:told|informed|announced|celebrated|bragged|boasted)',
      '(?:bills|rent|mortgage|debt|debts) (?:to pay|are piling|piling up|are due|due)',
      '(?:unemployed|out of work|without work|jobless|job hunting|looking for work|applying|job searching|searching|looking) (?:for )?(?:over |more than |nearly |almost |about )?{NUM} (?:months|years)',
      '(?:last|only|final) (?:hope|chance|option)',
      '(?:do not|can not) know what (?:else )?to do',
      '(?:meant|means) (?:everything|the world) to me',
      '(?:really |very |incredibly )?(?:difficult|tough|hard|desperate|precarious) (?:situation|time|place|spot|position) (?:right now|at the moment|financially|at home)',
      '(?:visa|residency|permit|work permit) (?:depends|relies|is riding|hangs) on',
      '(?:running|run|ran) out of (?:money|savings|options|hope)',
      'how i (?:will|am going to|can) (?:pay|afford|manage|cope|feed)',
      'can not afford to (?:be picky|be choosy|wait|lose|miss|turn)',
      '(?:mortgage|debts|kids to feed|mouths to feed)',
      '(?:do not|can not) know how (?:much )?(?:longer|long) i can (?:keep going|go on|last|cope|manage|keep this up|hold on)',
      '(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\\d+(?:st|nd|rd|th)) (?:final round|final interview|rejection|no|role|job|interview) (?:i have|this year|in a row|running|so far)',
      '(?:rent|bills|mortgage|loan|payments?) (?:is|are) (?:overdue|due|late|behind|piling up)',
      'i {ADV}(?:really |desperately |badly |truly |urgently )?need (?:work|a job|money|the money|an income|income)(?= [.!,]|$)',
      '(?:out of work|unemployed|jobless|without work|looking for work) (?:since|for)',
      'i {ADV}need (?:something|anything|a break|a job|this|work) (?:after|now|soon|badly|right now)',
      '(?:it has been|i have had|it is been|it has been such) (?:a |such a )?(?:really |very |incredibly |truly )?(?:hard|tough|difficult|rough|awful|terrible|horrible|bad) (?:year|few months|time|stretch|spell|couple of months|few weeks)(?! for (?:the|your|you|everyone))',
    ],
    message:
      '{match} shares a pressure the reader cannot act on. It is understandable, and it is yours to keep: in a note to a hiring manager it reads as pressure and can make them uneasy about replying at all.',
  },
  {
    id: 'distress',
    unlessAccepted: true,
    patterns: [
      '(?:devastated|heartbroken|crushed|shattered|distraught|in tears|cried|crying|gutted)',
      'i am (?:honestly |really |genuinely |just )?struggling(?= [.!,]| here| at the moment| right now| badly| a lot|$)',
      '(?:can not|could not) (?:go through|face|take|handle|bear|cope with|do) (?:this|that|it|another one|another rejection) (?:again|anymore|any more)',
    ],
    message:
      '{match} puts a strong feeling on the reader. Naming it briefly alongside acceptance is fine (“I was gutted, but I understand”); on its own it asks them to manage your disappointment.',
  },
];

/** `tone/pleading`: begging, bargaining, desperation. */
export const pleadingRule = definePhraseRule({
  id: 'tone/pleading',
  category: 'tone',
  groups: PLEADING_GROUPS,
});
