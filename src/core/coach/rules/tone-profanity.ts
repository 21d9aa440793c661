import { bodySentences } from '../document';
import { defineRule, type BaseRuleOptions, type RuleFinding } from '../rule';

export interface ProfanityOptions extends BaseRuleOptions {
  /**
   * Swear words that are strong in every English, written as the canonical text has them (lower
   * case): a word starts with one of these stems. Mild or regional words that are also ordinary
   * ("bloody", "arse" of oneself, "hell") are left to the tone model, which reads them in their
   * sentence.
   */
  stems: readonly string[];
  /** Two-word dismissals, each as its two words: "piss off", "get stuffed". */
  dismissals: readonly (readonly [string, string])[];
}

/**
 * `tone/profanity`: a strong swear word, or a dismissal such as "get stuffed", in a message to
 * someone at the employer. Whoever it is aimed at, in writing it reads as anger and is what the
 * reader remembers. The published lexicons rate many ordinary words as profane ("welfare",
 * "reefer", "stringer"), so the words here are the unambiguous ones only; the tone model is
 * not asked about them (see `tone/gate.ts`).
 */
export const profanityRule = defineRule<ProfanityOptions>({
  id: 'tone/profanity',
  category: 'tone',
  defaults: {
    severity: 'error',
    stems: [
      'fuck',
      'fck',
      'fuk',
      'motherfuck',
      'shit',
      'bullshit',
      'horseshit',
      'wtf',
      'stfu',
      'cunt',
      'twat',
      'wanker',
      'dickhead',
      'arsehole',
      'asshole',
      'bollocks',
    ],
    dismissals: [
      ['piss', 'off'],
      ['pissed', 'off'],
      ['get', 'stuffed'],
      ['sod', 'off'],
      ['bugger', 'off'],
      ['screw', 'you'],
      ['up', 'yours'],
    ],
  },
  create(options) {
    const stems = options.stems.map((s) => s.toLowerCase());
    const strong = (word: string) =>
      stems.some((stem) => word.startsWith(stem)) && !EVERYDAY.has(word);
    return (doc) => {
      const found: RuleFinding[] = [];
      // People's and places' names can begin like a swear word ("Shittu"): names are not sworn.
      const { contactName, company } = doc.input.context;
      const named = new Set(`${contactName} ${company}`.toLowerCase().split(/[^\p{L}]+/u));
      for (const sentence of bodySentences(doc)) {
        for (let k = sentence.first; k < sentence.last; k += 1) {
          const word = doc.canon[k]?.text ?? '';
          const next = doc.canon[k + 1]?.text ?? '';
          const pair = options.dismissals.some(([a, b]) => a === word && b === next);
          if (!pair && !strong(word)) continue;
          const token = doc.canon[k];
          const last = pair ? doc.canon[k + 1] : token;
          if (!token || !last) continue;
          const written = doc.text.slice(token.start, token.end);
          if (named.has(word) || (k > sentence.first && /^\p{Lu}\p{Ll}/u.test(written))) continue;
          const said = doc.text.slice(token.start, last.end);
          found.push({
            start: token.start,
            end: last.end,
            message: `“${said}” is swearing. However it felt, in a message to someone at the company it reads as anger, and it is the word they will remember. Say what went wrong in plain words, or leave it out.`,
          });
          break;
        }
      }
      return found;
    };
  },
});

/** Words that begin like a swear word and are not one. */
const EVERYDAY = new Set(['shitake', 'shiitake', 'twattle']);
