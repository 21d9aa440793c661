import { defineRule, type BaseRuleOptions } from '../rule';
import { GENERIC_WORDS, STOP_WORDS } from '../text/words';

export interface BareLinkOptions extends BaseRuleOptions {
  /** Fewer words of substance than this around a link, and the message is just the link. */
  minOwnWords: number;
}

const LINK = /\bhttps?:\/\/[^\s<>"“”]+|\bwww\.[^\s<>"“”]+/gi;
/** A quoted title is the article's words, not the user's. */
const QUOTED = /“[^”\n]*”|"[^"\n]*"|«[^»\n]*»/g;
/** Words that only announce a link ("came across this and thought of you"). */
const ANNOUNCING = new Set(
  'came come across found saw read thought thinking reading article articles piece link links post posts interesting might may find check out enjoy'.split(
    ' ',
  ),
);

function ownWords(text: string): number {
  let count = 0;
  for (const match of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    const word = match[0].toLowerCase();
    if (!STOP_WORDS.has(word) && !GENERIC_WORDS.has(word) && !ANNOUNCING.has(word)) count += 1;
  }
  return count;
}

/**
 * `personalization/bare-link`: a link with no line of the user's own around it. Sharing an article
 * keeps a contact warm only with a word on why it made you think of them; a bare link reads like
 * something sent to a list.
 */
export const bareLinkRule = defineRule<BareLinkOptions>({
  id: 'personalization/bare-link',
  category: 'personalization',
  defaults: { severity: 'warning', minOwnWords: 4 },
  create({ minOwnWords }) {
    return (doc) => {
      // An unfilled room is where that line goes; the placeholder rule already asks for it.
      if (doc.rooms.length > 0) return [];
      const links = [...doc.masked.matchAll(LINK)];
      const first = links[0];
      if (first === undefined) return [];
      const start = doc.greeting?.end ?? 0;
      const end = doc.closingStart > start ? doc.closingStart : doc.masked.length;
      const body = doc.masked.slice(start, end).replace(LINK, ' ').replace(QUOTED, ' ');
      if (ownWords(body) >= minOwnWords) return [];
      return [
        {
          start: first.index,
          end: first.index + first[0].length,
          message:
            'A link with nothing of your own around it reads like something sent to a list. One line on why it made you think of them, or how it connects to what you talked about, is what makes it a personal note.',
          suggestion: 'This made me think of what you said about …',
        },
      ];
    };
  },
});
