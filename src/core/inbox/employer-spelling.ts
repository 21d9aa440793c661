import { companyKey, ORG_WORDS, plausibleCompany, withoutLegalSuffix } from './company-name';
import { compareCompanies } from './company-match';
import { foldText } from './cues';
import { wholeName } from './employer-candidates';

/*
 * How the mail spells a name that only the sender's domain gave: domains run words together
 * and shorten them ("mapleridgecu", "hanbitsemi", "unimonteverde"); the text has the name.
 */

const CAPITALISED = /^[\p{Lu}\p{N}]/u;
const NAME_JOINER = /^(?:&|and|of|de|di|du|da|do|del|della|i|y|e|et|und|en|og|och|w|z|van|von)$/i;
/** "l'Orme", "dall'Università": an elided article or preposition is not the name's start. */
const ELIDED = /^(?:[lLdD]|dall|dell|nell|sull|all|qu)['’]/;
const edgeless = (word: string) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}.'’&]+$/gu, '');
const bare = (word: string) => word.replace(ELIDED, '');
const wordKey = (word: string) => foldText(bare(word)).replace(/[^a-z0-9]/g, '');
const capitalised = (word: string) => CAPITALISED.test(bare(word));

/** Whether `short` takes a word's first letter and then some of its letters, in order. */
function abbreviates(short: string, word: string): boolean {
  if (short[0] !== word[0]) return false;
  let at = 1;
  for (const letter of word.slice(1)) if (letter === short[at]) at += 1;
  return at >= short.length;
}

/**
 * The index of the last word of a run from `start` that spells `key`, or -1. Each word gives
 * the key all of itself or a beginning (a shortened word, at least three letters for the
 * first, an initial for later ones); joiners ("di", "of") may give nothing.
 */
function spellingEnd(words: readonly string[], start: number, key: string): number {
  const search = (i: number, at: number): number => {
    if (at === key.length) return i - 1;
    if (i >= words.length || i >= start + 6) return -1;
    const word = words[i] ?? '';
    const joiner = i > start && NAME_JOINER.test(word);
    if (!capitalised(word) && !joiner) return -1;
    const folded = wordKey(word);
    // The last two or three letters may shorten a word by some of its letters: "oj" for Østjylland.
    const rest = key.slice(at);
    if (i > start && rest.length <= 3 && rest.length >= 2 && abbreviates(rest, folded)) return i;
    const least = i === start ? Math.min(3, folded.length) : 1;
    for (let n = folded.length; n >= least; n -= 1) {
      if (!key.startsWith(folded.slice(0, n), at)) continue;
      const end = search(i + 1, at + n);
      if (end >= 0) return end;
    }
    return joiner ? search(i + 1, at) : -1;
  };
  return search(start, 0);
}

/**
 * How the mail spells a name that only the sender's domain gave: "lusailcrest" is "Lusail
 * Crest Developments" where the text says so, "mapleridgecu" is "Maple Ridge Credit Union",
 * "hanbitsemi" is "Hanbit Semiconductor". Organisation words around the match are kept.
 */
export function spelledInText(key: string, texts: readonly string[]): string | null {
  let best: string | null = null;
  for (const text of texts) {
    const words = text.split(/\s+/).map(edgeless);
    for (let i = 0; i < words.length; i += 1) {
      const first = words[i] ?? '';
      if (!capitalised(first) || !key.startsWith(wordKey(first).slice(0, 3))) continue;
      let end = spellingEnd(words, i, key);
      if (end < 0) continue;
      let begin = i;
      while (end + 1 < words.length && ORG_WORDS.test(words[end + 1] ?? '')) end += 1;
      // "Coopérative Laitière Boréale" at laitiereboreale.coop: the organisation word before.
      if (begin > 0 && capitalised(words[begin - 1] ?? '')) {
        if (ORG_WORDS.test(foldText(words[begin - 1] ?? ''))) begin -= 1;
      }
      const phrase = words
        .slice(begin, end + 1)
        .join(' ')
        .replace(/[.,;:]+$/, '')
        .replace(ELIDED, '');
      // "(Ref: CTU-LT-26-19)" at ctu.ie: a reference that starts with the initials is no name.
      if (!plausibleCompany(phrase)) continue;
      if (best === null || phrase.length > best.length) best = phrase;
    }
  }
  return best;
}

/**
 * A name completed from the domain it is a prefix of: "Halcyon" at halcyontravel.com is
 * Halcyon Travel, when what remains of the domain is a word names are made of.
 */
export function spelledOut(name: string, domainKey: string): string {
  const key = companyKey(name);
  if (!domainKey.startsWith(key) || domainKey === key) return name;
  const rest = domainKey.slice(key.length);
  const word = rest.charAt(0).toUpperCase() + rest.slice(1);
  return rest.length >= 3 &&
    ORG_WORDS.test(word) &&
    new RegExp(`^${ORG_WORDS.source}$`, 'i').test(word)
    ? `${name} ${word}`
    : name;
}

/**
 * A signature line that spells a name only the domain gave, however the domain ran it together
 * or shortened it: "Stroopwafel & Co" for stroopwafelenco.nl, "Sistemi Informativi Sabaudi
 * S.r.l." for sisab.it.
 */
export function spelledInSignature(domainName: string, lines: readonly string[]): string | null {
  for (const line of lines.slice(-8)) {
    const name = line.length <= 80 ? wholeName(line.trim()) : null;
    if (plausibleCompany(name) && compareCompanies(domainName, name) !== 'different')
      return withoutLegalSuffix(name);
  }
  return null;
}
