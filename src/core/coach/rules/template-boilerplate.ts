import { bodySentences, isCourteousTitle, type CoachDocument } from '../document';
import { compileGroups, matchGroups, quote, type PhraseGroup } from '../phrases';
import { contactMention, matchedFacts } from '../personal';
import { defineRule, type BaseRuleOptions, type RuleFinding } from '../rule';
import { factExample } from '../text/noun-phrase';

/** Stock lines found in countless letters: fine in passing, empty when they are all there is. */
export const STOCK_PHRASES: readonly PhraseGroup[] = [
  {
    id: 'stock',
    message: '',
    negatable: false,
    patterns: [
      'i hope this (?:email|e-mail|message|note|letter) finds you (?:well|in good health)',
      'i hope (?:you are|you have been) (?:well|doing well)',
      'thank you for (?:your )?(?:time and )?consideration',
      'thank you for considering (?:me|my application)',
      '(?:i )?wish you (?:all )?the (?:very )?best (?:of luck )?(?:in|with) (?:your )?(?:future )?(?:endeavou?rs|search|finding)',
      '(?:best of luck|good luck) (?:in|with) your (?:search|future endeavou?rs)',
      '(?:please )?keep my (?:resume|cv|details|application|information) on file',
      '(?:please )?keep me in mind for (?:any )?(?:future )?(?:openings|opportunities|positions|roles|vacancies)',
      '(?:any|future|upcoming) (?:future |upcoming )?(?:opportunities|openings|vacancies|positions) (?:that )?(?:match|fit|suit|might suit|that suit|that match)',
      'thank you for the opportunity to (?:interview|meet|speak|apply)',
      'thank you for the opportunity and (?:for )?your time',
      'it was a pleasure (?:to interview|interviewing|meeting|to meet|speaking|to speak) (?:with )?(?:you|your company|your team|everyone|the team)',
      'i would (?:appreciate|welcome|value|be grateful for) any feedback(?: you (?:can|could|might|may) (?:provide|give|share|offer))?(?: (?:regarding|on|about) my (?:application|interview|candidacy|performance|interview performance))?',
      'any feedback (?:on|regarding|about) my (?:application|interview|candidacy|performance)(?: would be (?:appreciated|welcome|helpful|great))?',
      '(?:so that|so) i can improve(?: in the future| for the future| in future)?',
      'i look forward to hearing from you',
      '(?:please )?do not hesitate to contact me',
      'i remain (?:very )?interested in',
      'thank you for (?:informing|letting) me (?:know )?(?:of|about) (?:your|the) decision',
      'thank you for informing me of the outcome',
      'thank you for (?:your|the) (?:update|time|email)',
      'thank you for taking the time to (?:speak|meet|interview|talk) (?:with|to) me',
      'i enjoyed (?:our|the) conversation',
      '(?:learning|to learn|hearing) (?:more )?about (?:the|your) (?:team|company|role|position|organi[sz]ation|work you do)',
      'the work you do',
      'i would (?:like|love) to (?:join|add you to) (?:your|my) (?:professional )?(?:linkedin )?network',
      'i would (?:like|love) to connect(?: with you)?(?: on linkedin)?',
      '(?:let us|i would love to|happy to|glad to) (?:stay connected|connect|keep in touch|stay in touch)',
      '(?:i )?(?:just )?(?:checking|wanted to check) in',
      'i (?:just )?wanted to reach out',
      '(?:see|ask) (?:if|whether) there are any (?:new |upcoming )?(?:openings|positions|vacancies|roles|opportunities)',
      'i have attached my (?:cv|resume)',
      'i hope (?:we can|to) stay in touch',
      'it was (?:nice|great|good|lovely) (?:meeting|to meet|speaking|talking) (?:with )?you',
      'thank you for your consideration',
      'for your reference',
      'i appreciate being considered',
    ],
  },
];

export interface BoilerplateOptions extends BaseRuleOptions {
  phrases: readonly PhraseGroup[];
  /** Share of the body's words in stock phrases, above which a message with no detail is boilerplate. */
  stockShare: number;
}

function stockMatches(doc: CoachDocument, compiled: ReturnType<typeof compileGroups>) {
  return doc.memo('boilerplate.stock', () => matchGroups(doc, compiled));
}

/** `template/boilerplate`: a greeting to nobody, and messages made of stock lines. */
export const boilerplateRule = defineRule<BoilerplateOptions>({
  id: 'template/boilerplate',
  category: 'template',
  defaults: { severity: 'warning', phrases: STOCK_PHRASES, stockShare: 0.4 },
  create(options) {
    const compiled = compileGroups(options.phrases);
    return (doc) => {
      const found: RuleFinding[] = [];
      const known = doc.input.context.contactName.trim() !== '';
      if (doc.greeting?.generic) {
        const greeting = doc.text.slice(doc.greeting.start, doc.greeting.end);
        found.push({
          start: doc.greeting.start,
          end: doc.greeting.end,
          // "Respected Sir," to someone you met is courtesy in much of the English-speaking
          // world, not a form letter: worth a tip, not a warning.
          severity: known && !isCourteousTitle(greeting) ? options.severity : 'info',
          message: known
            ? `“${quote(doc.text.slice(doc.greeting.start, doc.greeting.end))}” is addressed to nobody in particular, though you know who you are writing to. A greeting by name is the first sign the message was written for them.`
            : 'A greeting to nobody in particular reads like a form letter. If you know who will read it, greet them by name.',
          ...(known && { suggestion: `Hi ${doc.input.context.contactName.split(/\s+/)[0]},` }),
        });
      }
      const stock = stockMatches(doc, compiled);
      const body = bodySentences(doc);
      const from = body[0]?.start ?? 0;
      const to = body[body.length - 1]?.end ?? 0;
      const words = doc.tokens.filter((t) => t.kind === 'word' && t.start >= from && t.end <= to);
      const covered = words.filter((w) => stock.some((m) => m.start <= w.start && w.end <= m.end));
      const personal = matchedFacts(doc).length > 0;
      const share = words.length === 0 ? 0 : covered.length / words.length;
      if (
        !personal &&
        stock.length > 0 &&
        (share > options.stockShare || (!contactMention(doc) && doc.greeting?.generic !== false))
      ) {
        const first = body[0];
        const last = body[body.length - 1];
        const example = factExample(doc.input.context.facts);
        found.push({
          start: first?.start ?? 0,
          end: last?.end ?? doc.text.length,
          message:
            'This reads as a stock message: its lines could go to anyone, and nothing in it shows you remember this conversation. Hiring managers spot a template at once, and a template rarely gets a reply. Add one thing only you and they would know.',
          suggestion: example
            ? `Mention something specific you talked about, such as ${example}, in your own words.`
            : 'Mention something specific you talked about, in your own words.',
        });
        return found;
      }
      for (const match of stock) {
        found.push({
          start: match.start,
          end: match.end,
          severity: 'info',
          message: `“${quote(match.quote)}” is a stock phrase. It is harmless here, but your own words would carry more.`,
        });
      }
      return found;
    };
  },
});
