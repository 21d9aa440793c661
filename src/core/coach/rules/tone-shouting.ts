import type { CoachDocument } from '../document';
import { STAND_IN_WORDS } from '../text/stand-ins';
import { foldName, isAllCaps, type Token } from '../text/tokens';

/** Placeholders in capitals (`NAME`) are reported by the placeholder rule instead. */
const STAND_INS = new Set(STAND_IN_WORDS);
import { defineRule, type BaseRuleOptions, type RuleFinding } from '../rule';

export interface ShoutingOptions extends BaseRuleOptions {
  /**
   * Capitalized words that are ordinary English, so writing them in capitals is emphasis, not an
   * acronym. Longer words (`minLetters`) count as shouting unless the context uses them.
   */
  shoutedWords: readonly string[];
  /** Capitalized words of at least this many letters are shouting unless they are acronyms. */
  minLetters: number;
  /** Acronyms long enough to look like words. */
  acronyms: readonly string[];
  /** Repeated marks (`!!`, `??`, `?!`) from this many characters. */
  minMarks: number;
}

/**
 * Ordinary words people shout. Short words that are also common acronyms (IT, US, AM, OR, OK)
 * are left out: three capital words in a row still count.
 */
const COMMON_SHOUTED =
  "i my mine you your yours we our they them their he she him her this that these those the and but not no never nothing none all any every each everything anything only just even very really so too much more most why what how who when where which did does done didn't don't doesn't can can't cannot could couldn't would wouldn't should shouldn't will won't was wasn't were weren't is isn't are aren't been have has had haven't hasn't get got need want know think told said asked please thanks thank sorry yes two three four five six seven eight nine ten hours days weeks months years time job role interview feedback chance perfect best worst right wrong fair unfair again ever always still now today with from about after before least last first";

/** `tone/shouting`: words in capitals and repeated `!!!` / `???`. */
export const shoutingRule = defineRule<ShoutingOptions>({
  id: 'tone/shouting',
  category: 'tone',
  defaults: {
    severity: 'warning',
    shoutedWords: COMMON_SHOUTED.split(' '),
    minLetters: 6,
    acronyms: [
      'nasdaq',
      'unicef',
      'fedramp',
      'hipaa',
      'cobol',
      'fortran',
      'scada',
      'lidar',
      'radar',
      'nato',
      'ofsted',
      'sharepoint',
      'crispr',
      'mlops',
      'devops',
      'finops',
      'safe',
    ],
    minMarks: 2,
  },
  create(options) {
    const shouted = new Set(options.shoutedWords);
    const acronyms = new Set(options.acronyms);
    return (doc) => [
      ...shoutedCapitals(doc, shouted, acronyms, options.minLetters),
      ...repeatedMarks(doc, options.minMarks),
    ];
  },
});

/** Words the context itself writes in capitals (company, role, facts) are names, not shouting. */
function contextWords(doc: CoachDocument): Set<string> {
  return doc.memo('shouting.context', () => {
    const { company, role, contactName, facts } = doc.input.context;
    const words = new Set<string>();
    for (const value of [company, role, contactName, ...facts]) {
      for (const word of value.split(/[^\p{L}\p{N}'’]+/u)) if (word) words.add(foldName(word));
    }
    return words;
  });
}

function shoutedCapitals(
  doc: CoachDocument,
  shouted: ReadonlySet<string>,
  acronyms: ReadonlySet<string>,
  minLetters: number,
): RuleFinding[] {
  const known = contextWords(doc);
  const found: RuleFinding[] = [];
  let run: Token[] = [];
  const flush = () => {
    const loud = run.filter((t) => {
      const folded = foldName(t.text).replace(/’/g, "'");
      if (
        known.has(folded) ||
        acronyms.has(folded) ||
        STAND_INS.has(folded) ||
        insideBrackets(doc, t)
      )
        return false;
      const letters = folded.replace(/[^a-z]/g, '').length;
      return shouted.has(folded) || (letters >= minLetters && /[aeiouy]/.test(folded));
    });
    // Three capital words in a row are shouting even if each could be an acronym.
    if (loud.length > 0 || run.length >= 3) {
      const first = run[0];
      const last = run[run.length - 1];
      if (first && last) {
        found.push({
          start: first.start,
          end: last.end,
          message: `“${doc.text.slice(first.start, last.end)}” in capitals reads as shouting. In writing, capitals carry anger even when you mean emphasis; ordinary case lets the sentence do the work.`,
          suggestion: doc.text.slice(first.start, last.end).toLowerCase(),
        });
      }
    }
    run = [];
  };
  for (const token of doc.tokens) {
    // `I` continues a shouted run ("WHY DID I NOT"); punctuation and ordinary words end it.
    const continues =
      token.kind === 'word' && (isAllCaps(token.text) || (token.text === 'I' && run.length > 0));
    if (continues) run.push(token);
    else flush();
  }
  flush();
  return found;
}

const BRACKETED = /\[[^\]\n]*\]|\{[^}\n]*\}|<[^>\n]*>|%[^%\n]*%|\([^)\n]*\)/g;

/** A capitalized word inside brackets is a placeholder (`[ARTICLE LINK]`), reported as such. */
function insideBrackets(doc: CoachDocument, token: Token): boolean {
  const spans = doc.memo('shouting.brackets', () =>
    [...doc.masked.matchAll(BRACKETED)].map((m) => ({
      start: m.index,
      end: m.index + m[0].length,
    })),
  );
  return spans.some((s) => s.start < token.start && token.end < s.end);
}

function repeatedMarks(doc: CoachDocument, minMarks: number): RuleFinding[] {
  const found: RuleFinding[] = [];
  const pattern = new RegExp(`[!?]{${minMarks},}`, 'g');
  // A greeting that names someone or only says hello ("Jermaine!!", "hiya fiona!!") greets with
  // warmth; "Thanks for nothing!!!" opens a letter too, and is not a greeting of that kind.
  const greeting =
    doc.greeting &&
    (doc.greeting.name !== null ||
      /^\s*(?:hi|hiya|hey|heya|hello|yo|morning|good (?:morning|afternoon|evening))\b[\s!,.]*$/i.test(
        doc.text.slice(doc.greeting.start, doc.greeting.end),
      ))
      ? doc.greeting
      : null;
  for (const match of doc.masked.matchAll(pattern)) {
    const question = match[0].includes('?');
    if (!question && greeting && match.index >= greeting.start && match.index < greeting.end + 1)
      continue;
    found.push({
      start: match.index,
      end: match.index + match[0].length,
      message: question
        ? `“${match[0]}” reads as exasperation, as if the answer should have been obvious. One question mark asks; several demand.`
        : `“${match[0]}” reads as shouting. One exclamation mark is plenty, and in a note like this, often none is better.`,
      suggestion: question ? '?' : '.',
    });
  }
  return found;
}
