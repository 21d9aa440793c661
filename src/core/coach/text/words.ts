import { daleChall } from 'dale-chall';
import { stemmer } from 'stemmer';
import { syllable } from 'syllable';
import { memoizeWord } from '../memo';

/** Function words that say nothing about a topic. */
export const STOP_WORDS = new Set(
  (
    'a about above after again against all am an and any are as at be because been before being below ' +
    'between both but by can could did do does doing down during each few for from further had has have ' +
    'having he her here hers herself him himself his how i if in into is it its itself just me more most ' +
    'my myself no nor not now of off on once only or other our ours ourselves out over own same she ' +
    'should so some such than that the their theirs them themselves then there these they this those ' +
    'through to too under until up very was we were what when where which while who whom why will with ' +
    'would you your yours yourself yourselves s t re ve ll d m also really one two three four five six ' +
    'seven eight nine ten lot lots bit'
  ).split(' '),
);

/**
 * Words too common in these messages to show that a particular conversation is remembered
 * ("thanks for the call" is not a reference to "the on-call rotation").
 */
export const GENERIC_WORDS = new Set(
  (
    'team teams company companies role roles job jobs work working worked project projects process ' +
    'system systems new plan plans time times people person thing things way ways day days week weeks ' +
    'month months year years interview interviews interviewing conversation conversations chat chats talk ' +
    'talked talking discussion discussions discuss discussed idea ideas experience experiences position ' +
    'positions manager managers business part parts group department office client clients customer ' +
    'customers product products service services approach future program programme current next last ' +
    'first big small good great use using used call calls phone email emails meeting meetings note notes ' +
    'case cases form forms report reports learn learned learning learnt move moving moved make making ' +
    'made take taking get getting thank thanks hear hearing heard share sharing hope know like love ' +
    'enjoy enjoyed opportunity opportunities feedback update news decision role candidate candidates ' +
    'application applications monday tuesday wednesday thursday friday saturday sunday january february ' +
    'march april may june july august september october november december today tomorrow yesterday ' +
    'morning afternoon evening writing write data model models level levels side area areas kind sort ' +
    'type everyone anyone someone question questions answer answers help support well best'
  ).split(' '),
);

/** Dale–Chall's list of words familiar to most fourth-graders. */
/**
 * The vocabulary of any polite note after a rejection: thanks, the process, good wishes. Words
 * like these say nothing about this person or this conversation, whatever else is written.
 */
export const STOCK_NOTE_WORDS = new Set(
  (
    'thank thanks thanking appreciate appreciated appreciating grateful gratitude consideration ' +
    'considering considered opportunity opportunities interview interviewing interviewed team role ' +
    'position company future opening openings luck wish wishes best regards feedback decision ' +
    'decisions update updates learn learned learning pleased enjoyed enjoy meeting meet speaking ' +
    'hearing chance process candidate candidates touch connected connect hope hoping keep mind ' +
    'sincerely kind kindly warm warmly dear hello look forward reaching reach reached insights ' +
    'insight valuable wonderful great pleasure glad happy disappointed disappointing unfortunately ' +
    'understand understood respect respected organization organisation department vacancy ' +
    'application applied applying selection selected panel hiring manager recruiter recruitment'
  ).split(' '),
);

export const FAMILIAR_WORDS: ReadonlySet<string> = new Set(daleChall);

/** Whether a lower-case word is everyday English (on the Dale–Chall list), so not a name. */
export function isEnglishWord(word: string): boolean {
  return FAMILIAR_WORDS.has(word.toLowerCase());
}

/**
 * Evens out British and American spellings before stemming, so "optimisation" meets
 * "optimization" and "colour" meets "color".
 */
export function americanize(word: string): string {
  return word
    .replace(/is(e|ed|es|ing|ation|ations|er|ers)$/, 'iz$1')
    .replace(/our(s|ed|ing|ite|ites|able)?$/, (match, tail: string | undefined) =>
      word.length > 5 ? `or${tail ?? ''}` : match,
    )
    .replace(/tre(s)?$/, (match, tail: string | undefined) =>
      word.length > 5 ? `ter${tail ?? ''}` : match,
    )
    .replace(/ogue$/, 'og')
    .replace(/mme$/, 'm');
}

/** The stem of a word, after spelling is evened out: `migrating` → `migrat`. */
export const stemWord = memoizeWord((word: string): string =>
  stemmer(americanize(word.toLowerCase().replace(/’/g, "'").replace(/'s$/, ''))),
);

/** The words of a phrase, hyphenated compounds both split and joined. */
export function wordsOf(value: string): string[] {
  const out: string[] = [];
  for (const match of value.matchAll(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*(?:-[\p{L}\p{N}]+)*/gu)) {
    const word = match[0];
    if (word.includes('-')) {
      out.push(...word.split('-'));
      out.push(word.replace(/-/g, ''));
    } else {
      out.push(word);
    }
  }
  return out;
}

/** Syllables in a word (the `syllable` package), remembered across checks. */
export const syllableCount = memoizeWord(syllable);
