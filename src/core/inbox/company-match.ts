import { ORG_WORDS, withoutLegalSuffix } from './company-name';
import { foldText } from './cues';

/*
 * Whether two spellings name one company: "Acme Group plc" and "ACME Ltd", "Halcyon" and
 * "Halcyon Travel", "NHS FT" and "NHS Foundation Trust", "Agro Cerrado" and "Cooperativa Agro
 * Cerrado". The inbox decides with it whether a message is about an application on file, and
 * the evaluation whether the employer read matches the label.
 */

/** How alike two names are: one key, one name inside the other, or two companies. */
export type CompanyLikeness = 'same' | 'alike' | 'different';

/** Words that introduce a name and are not part of it. */
const ARTICLE = /^(?:the|die|der|das|le|la|les|l|el|los|las|il|lo|het|de|den|det|o|a|os|as)$/;
/** Words joining the words of a name: an acronym leaves them out ("Bank of X" is BoX or BX). */
const JOINER =
  /^(?:and|of|for|de|der|des|du|la|le|del|della|di|do|da|dos|das|fur|y|e|i|et|und|en|og|och|van|von|the|w|z)$/;
/** A legal form in the middle or at the end of a folded name, as words: "ltd", "pty", "reit". */
const LEGAL_WORD =
  /^(?:inc|incorporated|llc|llp|lp|ltd|limited|gmbh|ag|se|sa|sas|sarl|srl|sl|spa|bv|nv|plc|corp|corporation|co|company|kg|oy|oyj|ab|as|asa|aps|pty|pte|pvt|private|kk|bhd|sdn|kft|zrt|sro|ltda|lda|ev|reit|group|groupe|grupo|gruppo|holding|holdings|cv)$/;

/** A name as words for comparing: folded, articles and legal forms gone, "&" read as "and". */
export function companyWords(name: string, withForms = false): string[] {
  const folded = foldText(withForms ? name : withoutLegalSuffix(name))
    .replace(/&/g, ' and ')
    // Dotted forms are one word: "S.A." is "sa", "e.V." is "ev", "N.V." is "nv".
    .replace(/\b(\p{L})\.(?=\p{L}\b\.?)/gu, '$1');
  const words = folded.split(/[^\p{L}\p{N}]+/u).filter((w) => w !== '');
  while (words.length > 1 && ARTICLE.test(words[0] as string)) words.shift();
  if (withForms) return words;
  const kept = words.filter((w, i) => i === 0 || !LEGAL_WORD.test(w));
  return kept.length > 0 ? kept : words;
}

/** The same word, or one inflected ("Mleczarnia" and "Mleczarni", "Podlaska" and "Podlaskiej"). */
function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  let common = 0;
  while (common < a.length && common < b.length && a[common] === b[common]) common += 1;
  return common >= 5 && a.length - common <= 3 && b.length - common <= 3;
}

/** A word that names, not describes: at least three letters and no organisation word. */
const distinctive = (word: string) =>
  word.length >= 3 && !JOINER.test(word) && !ORG_WORDS.test(word) && !/^\d+$/.test(word);

/**
 * The ends of runs of `words` from `start` (two words or more) that spell `short` by their
 * beginnings: each word gives all of itself or its first letters, a joiner may give nothing.
 * Initials ("NHS FT"), words run together ("Agrocerrado", "Tanong") and shortened words
 * ("Sisab" for Sistemi Informativi Sabaudi) are all such runs.
 */
function beginningsEnds(short: string, words: readonly string[], start: number): number[] {
  const ends: number[] = [];
  const walk = (i: number, at: number) => {
    if (at === short.length) {
      if (i - start >= 2) ends.push(i);
      return;
    }
    if (i >= words.length || i >= start + 8) return;
    const word = words[i] as string;
    if (i > start && JOINER.test(word)) walk(i + 1, at);
    for (let n = Math.min(word.length, short.length - at); n >= 1; n -= 1)
      if (short.startsWith(word.slice(0, n), at)) walk(i + 1, at + n);
  };
  walk(start, 0);
  return ends;
}

/** A word that is the start of another, long enough not to be chance: "Tech", "Technologies". */
const shortened = (a: string, b: string) => a.length >= 4 && b.startsWith(a);

/**
 * Whether every word of `short` is found in `long` in order, each as the same word, a shortened
 * word, or the beginnings of a run of words; words of `long` may be left over. Some distinctive
 * word must be found whole, or one word must spell the whole of the longer name.
 */
function inside(short: readonly string[], long: readonly string[]): boolean {
  const search = (i: number, j: number, named: boolean): boolean => {
    if (i === short.length) return named;
    const word = short[i] as string;
    for (let k = j; k < long.length; k += 1) {
      const other = long[k] as string;
      if (sameWord(word, other) && search(i + 1, k + 1, named || distinctive(word))) return true;
      const startNamed = named || (word.length >= 5 && distinctive(word));
      if (shortened(word, other) && search(i + 1, k + 1, startNamed)) return true;
      if (word.length < 2) continue;
      for (const end of beginningsEnds(word, long, k)) {
        const whole = k === 0 && end === long.length;
        const spelled = word.length >= 6 && word.startsWith(other.slice(0, 3));
        if (search(i + 1, end, named || whole || spelled)) return true;
      }
    }
    return false;
  };
  return search(0, 0, false);
}

/**
 * How alike two company names are. `same`: one name, legal form, articles, case, accents and
 * punctuation aside ("The Acme Group plc" and "ACME Ltd"). `alike`: one name's words are found in
 * the other's, in order, as words, initials or words run together ("Halcyon" and "Halcyon
 * Travel", "NHS FT" and "NHS Foundation Trust", "Gemeente Zuiderwolde" and "Zuiderwolde").
 */
export function compareCompanies(a: string, b: string): CompanyLikeness {
  const x = companyWords(a);
  const y = companyWords(b);
  if (x.join('') === y.join('') && x.length > 0) return 'same';
  if (x.length === 0 || y.length === 0) return 'different';
  const [short, long] = x.join('').length <= y.join('').length ? [x, y] : [y, x];
  // An acronym may count the legal form: BCG is Boston Consulting Group.
  const withForms = short.length === 1 ? companyWords(short === x ? b : a, true) : long;
  return inside(short, long) || (withForms !== long && inside(short, withForms))
    ? 'alike'
    : 'different';
}

/** Whether two names are one company, spelled alike or one inside the other. */
export const sameCompany = (a: string, b: string): boolean =>
  compareCompanies(a, b) !== 'different';
