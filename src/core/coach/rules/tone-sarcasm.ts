import { matchGroups, compileGroups, explain, quote, type PhraseGroup } from '../phrases';
import { defineRule, type BaseRuleOptions, type RuleFinding } from '../rule';
import type { CoachDocument } from '../document';
import type { Severity } from '../types';

/** Sarcasm and sour grapes: praise that means its opposite, parting shots, "your loss". */
export const SARCASM_GROUPS: readonly PhraseGroup[] = [
  {
    id: 'ironic-speed',
    patterns: [
      '(?:quick|speedy|prompt|fast|swift|rapid|snappy|lightning|efficient|timely|super fast|super quick)(?! (?:note|line|message|update|word|hello|email|catch-up|question|check-in)) {GAP:2}(?:\\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|twelve|several|few)[ -](?:week|month|year)s?',
      '(?:thanks?|thank you) (?:you )?for (?:finally|eventually|at last|at long last)',
      '(?:promptly|quickly|swiftly|speedily|prompt|quick|speedy|swift)(?: ,)? (?:only |just |a mere |barely )?(?:\\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|twelve|several|few) (?:week|weeks|month|months)',
      '(?:thanks?|thank you) for (?:getting back|replying|responding|coming back|your reply|the reply|the update|your email|getting in touch|letting me know) {GAP:3}(?:eventually|at last|finally|at long last)',
      '(?:after|following) {GAP:1}(?:weeks|months) of (?:silence|waiting|nothing|radio silence)',
      'impressive (?:efficiency|speed|work|communication|process|organisation|organization|turnaround|responsiveness)',
      '(?:wow|gee|oh|great|wonderful|brilliant|fantastic|lovely|nice|amazing) (?:, )?{GAP:4}(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|several) (?:weeks|months|rounds|interviews) (?:from|to|for|and|of|later)',
    ],
    message:
      '{match} reads as sarcasm about how they handled things. Sarcasm does not survive email: the reader hears contempt, not wit. If the wait was hard, it is fine to leave it unsaid.',
  },
  {
    id: 'parting-shot',
    patterns: [
      '(?:really|truly|certainly|clearly|sure|it|that|this) (?:shows|says|tells|speaks) (?:me )?(?:how much|a lot|everything|volumes|it all|what kind)',
      'speaks volumes',
      'tells me (?:all|everything) i need to know',
      '(?:great|good|nice|lovely|wonderful|interesting|useful|helpful|good) to (?:know|see|learn|find out) (?:how|what|that) (?:candidates|applicants|people|you|your|the company|{WORD}) (?:treat|value|are treated|respect|care|think)',
      '(?:care|mind) to (?:share|explain|elaborate)',
      '(?<!(?:thanks|thank you|thank you very|thanks ever) )so much for',
      'must be nice',
      '(?<=, )(?:nice|classy|lovely|real|great) touch(?= [.!]|$)',
      '(?<=, )(?:very|how|so) (?:classy|professional|thoughtful|considerate)(?= [.!]|$)',
      'not that (?:it matters|anyone cares|you care)',
      '(?:shame|pity) (?:that )?(?:a|the|your|you|they|{WORD}) {GAP:6}(?:could not|can not|did not|does not|prefers|prefer|would rather|could never|never)',
      '(?:culture|habit|tradition) of (?:last-minute|late|silence|ghosting|chaos|rejecting)',
      '(?:great|wonderful|brilliant|fantastic|perfect|lovely|super)(?: ,| \\.| !) (?:another|yet another|more) (?:rejection|automated|form|generic|template|round of|silence|delay)',
      '(?:i am sure|i suppose|i guess|clearly) you know best',
      'congratulations on (?:finding|hiring|getting|picking) (?:someone|somebody|a) {GAP:1}(?:cheaper|younger|less|more compliant|who)',
      '(?:thanks|cheers|thank you) (?:so much |a lot )?for nothing',
      '(?:nice|good|great|lovely|interesting) to know (?:that )?(?:my|how little|that i|what you)',
      '(?:your|the) (?:second|third|backup|fallback|cheaper|safe) (?:choice|option|pick)',
      '(?:mediocre|second-rate|second rate|cheap|lesser|inferior|budget) (?:hire|choice|candidate|replacement|option|pick)',
      '(?:the )?last time (?:i|i will|i will ever|i am going to) (?:apply|applying|bother|waste|deal)',
      '(?:never|not) (?:be )?(?:apply|applying) (?:to|at|with|for) {GAP:2}again',
      'better than (?:your|the) (?:current|existing|last|previous|new) (?:team|staff|hire|people|manager|employees)',
      '(?:did not|does not|never) (?:strike|seem to) (?:me )?(?:as )?(?:a place|somewhere|a company|an organi[sz]ation|a team|an employer) (?:that|which|where)',
      'i (?:rather |really |seriously )?doubt (?:it|that)(?= [.!]|$)',
      '(?:pity|shame) (?:that )?(?:a|the|your|you|they|{WORD}) {GAP:4}(?:puts?|values?|cares? (?:more )?about|chooses|prioriti[sz]es|prefers)',
      // "great to see the loyalty works both ways"
      '(?:loyalty|respect|communication|courtesy|honesty|transparency|commitment|trust|goodwill) (?:works|cuts|goes|runs) both ways',
      // "which I'm sure was just an administrative quirk"
      '(?:i am sure (?:it|that|this|which)|(?:which|that|it) i am sure) (?:was|is) (?:just|only|merely|purely|all|simply) (?:a |an )?(?:{WORD} )?(?:coincidence|quirk)',
      // Praise in scare quotes: 'the "detailed feedback"', 'your "personal" reply'.
      '" (?:very )?(?:detailed|thorough|personal|personali[sz]ed|constructive|helpful|valuable|careful|thoughtful|individual|tailored) (?:{WORD} )?"',
    ],
    message:
      '{match} is a parting shot at the company, however lightly put. The hiring manager will read it as contempt, and people remember parting shots longer than anything else in a message.',
  },
  {
    id: 'sour-grapes',
    patterns: [
      '(?:whoever|the person|the one|the candidate|the guy|the woman|someone|somebody) (?:you|they|the team|the panel) (?:picked|chose|hired|selected|went with|decided on|preferred|ended up with|found|went for)',
      '(?:turns? out|proves?|is|was|will be|would be) (?:to be )?worth (?:it|the money|the wait|the hype|the risk)',
      'your loss',
      '(?:you|your {WORD}|the {WORD}|they) (?:really )?missed out',
      '(?:you will|you would|you are going to|you might|you may) (?:live to |come to |soon )?regret',
      '(?:good|best of|lots of) luck (?:finding|replacing|getting|hiring) (?:someone|anyone|somebody|a person) (?:who|that|like|as|better|else)',
      'good luck with that',
      '(?:dodged a bullet|lucky escape|narrow escape|blessing in disguise|better off (?:without|elsewhere))',
      'did not (?:really )?want (?:it|the job|the role|the position|to work there|to join) anyway',
      '(?:was|am) not (?:that|really|even) (?:interested|keen|bothered) anyway',
      'already (?:accepted|got|have|received|taken) (?:a |an )?(?:better|bigger|higher-paying|more senior|stronger) (?:offer|role|job|position)',
      '(?:better|several|multiple|other) offers (?:anyway|already|on the table|elsewhere)',
      '(?:not|never) (?:ready|prepared) for (?:someone|a person|people|candidates|anyone) (?:like me|with my|like that)',
      '(?:realise|realize|know|see|understand) what you (?:have |just )?(?:lost|missed|passed up|let go|turned down|gave up|are missing)',
      '(?:copes?|deals?|handles?|manages?|gets? on) with {GAP:4}better than (?:i|me|your last|the last)',
      "if (?:it|they|he|she|the new hire|your new hire|the new person) (?:does not|do not|doesn't|don't) work out",
      'i am (?:actually |honestly |secretly |quite |a bit )?relieved(?! to (?:hear|see|know|learn|read)| that (?:you|the|it|your))',
      '(?:good|best of|lots of) luck {GAP:4}without (?:me|someone|somebody|anyone|a person)',
      '(?:glad|relieved|happy) in a way',
    ],
    requireInSentence:
      /\b(?:worth|money|cheaper|regret|luck|handle|cope|survive|deserve|loss|anyway|escape|bullet|disguise|offers?|ready|prepared|lol|lmao|haha|missed out|if they can|lost|missed|passed up|ha|work out|better than|as well as i|as good as me|as much as i|like i do|half as|relieved|as fast as|as well as you|doubt|without (?:me|someone|somebody|anyone)|in a way)\b/,
    message:
      '{match} sounds like sour grapes. It tells the reader the rejection stung, which is human, but it becomes the last impression they have of you. Wish them well plainly, or leave it out.',
  },
  {
    id: 'ill-will',
    strong: true,
    patterns: [
      'hope (?:it|this|they|the project|your team|you|the new hire|your new hire|the company) {GAP:2}(?:goes badly|go badly|fails|fail|falls apart|backfires|does not work out|struggles|regrets?)',
    ],
    message:
      '{match} wishes them ill. Whatever the hurt behind it, it ends the relationship, and a hiring manager may share it. If you cannot wish them well yet, wait a day before writing.',
  },
  {
    id: 'bitter-self-mockery',
    negatable: false,
    patterns: [
      '(?:guess|suppose|apparently|clearly|obviously) (?:i am|i was|i) (?:not|never|just not) (?:good|smart|young|old|experienced|fancy|qualified|posh|polished|connected|rich|cool|senior|junior|cheap|the right)',
      'not (?:good|smart|fancy|young|experienced|qualified|polished|connected|cheap|posh|glamorous|shiny) enough (?:for|to)',
      'apparently (?:, )?{GAP:6}(?:is not|was not|are not|were not|does not|did not) (?:enough|good enough|sufficient|count|matter)',
      'i guess (?:the|you|they|your|{WORD}) (?:wanted|needed|preferred|went|were looking|was looking)',
      '(?:thanks|thank you|cheers) (?:, )?(?:i guess|i suppose)',
      '(?:thanks|thank you|cheers|thx|ty) for {GAP:3}(?:, )?(?:i guess|i suppose)(?= [.!,]|$)',
      '(?:thx|ty) (?:, )?(?:i guess|i suppose)',
      'thanks (?:a lot |so much )?for nothing',
      'let me guess',
      '(?:experience|loyalty|talent|skill|hard work|qualifications|knowledge|seniority|care) (?:is not|was not|does not|did not) (?:really )?(?:a thing|count|matter|valued|worth much)',
      '(?:i suppose|i guess|presumably) {GAP:4}(?:will not|do not|would not) (?:mind|care|notice) (?:too much |much )?(?:who|which|what|whether)',
      '(?:i guess|i suppose|apparently|evidently|clearly) {GAP:3}(?:does not|do not|did not|is not|are not|was not) (?:count|matter|mean|amount)',
    ],
    message:
      '{match} is bitter, whatever tone you meant. It reads as resentment rather than humour and invites no reply. Say what you would like to improve instead.',
  },
];

export interface SarcasmOptions extends BaseRuleOptions {
  groups: readonly PhraseGroup[];
  /** Words put in scare quotes to sneer at them (`your "process"`). */
  scareQuotedWords: readonly string[];
}

const SCARE_QUOTE = /(?:["“]|(?<![\p{L}])['‘])([\p{L}-]+(?: [\p{L}-]+)?)(?:["”]|['’](?![\p{L}]))/gu;

function scareQuotes(
  doc: CoachDocument,
  words: ReadonlySet<string>,
  severity: Severity,
): RuleFinding[] {
  const found: RuleFinding[] = [];
  for (const match of doc.masked.matchAll(SCARE_QUOTE)) {
    const word = match[1]?.toLowerCase() ?? '';
    if (!words.has(word)) continue;
    const before = doc.masked.slice(Math.max(0, match.index - 12), match.index).toLowerCase();
    if (!/\b(?:your|the|their|this|so-called|such)\s*$/.test(before)) continue;
    found.push({
      start: match.index,
      end: match.index + match[0].length,
      severity,
      message: `Putting ${quote(match[0])} in quotation marks sneers at it. The reader will hear the tone, not the point. Say it plainly, or leave it out.`,
    });
  }
  return found;
}

/**
 * Faces that say the words around them are not meant (upside-down, eye-roll, unamused). A smile
 * or a laugh is left alone: it is warmth, or nerves, as often as irony.
 */
const IRONIC_EMOJI = /\u{1F643}|\u{1F644}|\u{1F612}|\u{1F611}|\u{1F921}/gu;

function ironicEmoji(doc: CoachDocument, severity: Severity): RuleFinding[] {
  const found: RuleFinding[] = [];
  for (const match of doc.masked.matchAll(IRONIC_EMOJI)) {
    if (match.index >= doc.closingStart) continue;
    found.push({
      start: match.index,
      end: match.index + match[0].length,
      severity,
      message: `${match[0]} tells the reader the words beside it are not meant. In a note after a rejection it reads as an eye-roll at their decision. Say it plainly, or leave it out.`,
    });
  }
  return found;
}

/** `tone/sarcasm`: sarcasm, parting shots and sour grapes. */
export const sarcasmRule = defineRule<SarcasmOptions>({
  id: 'tone/sarcasm',
  category: 'tone',
  defaults: {
    severity: 'warning',
    groups: SARCASM_GROUPS,
    scareQuotedWords: [
      'process',
      'feedback',
      'culture',
      'team',
      'values',
      'opportunity',
      'decision',
      'fit',
      'experience',
      'policy',
      'professional',
      'professionalism',
      'family',
      'transparency',
      'communication',
      'interview',
      'respect',
      'candidate experience',
      'best fit',
      'right fit',
    ],
  },
  create(options) {
    const compiled = compileGroups(options.groups);
    const words = new Set(options.scareQuotedWords);
    return (doc) => [
      ...matchGroups(doc, compiled).map((match) => ({
        start: match.start,
        end: match.end,
        message: explain(match.group.message, match),
        suggestion: match.group.suggestion,
      })),
      ...scareQuotes(doc, words, options.severity),
      ...ironicEmoji(doc, options.severity),
    ];
  },
});
