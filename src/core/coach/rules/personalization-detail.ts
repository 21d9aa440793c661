import { matchedFacts, mentions, recallsConversation, specificWords } from '../personal';
import { defineRule, type BaseRuleOptions } from '../rule';
import { factExample } from '../text/noun-phrase';

export interface NoDetailOptions extends BaseRuleOptions {
  /**
   * A message with at least this many specific words (see `specificWords`) recalls something of
   * its own, even when it matches none of the user's notes.
   */
  specificWords: number;
}

/** `personalization/no-detail`: nothing in the message recalls this conversation. */
export const noDetailRule = defineRule<NoDetailOptions>({
  id: 'personalization/no-detail',
  category: 'personalization',
  defaults: { severity: 'warning', specificWords: 3 },
  create(options) {
    return (doc) => {
      const { company, role } = doc.input.context;
      const facts = doc.input.context.facts.filter((f) => f.trim() !== '');
      // An unfilled draft room is where the detail goes; the placeholder rule already says so.
      if (doc.masked.trim() === '' || doc.rooms.length > 0 || matchedFacts(doc).length > 0)
        return [];
      if (specificWords(doc).size >= options.specificWords || recallsConversation(doc)) return [];
      const end = doc.closingStart > 0 ? doc.closingStart : doc.text.length;
      // A follow-up continues an exchange that already carried the detail.
      const continuing = doc.input.kind === 'follow_up' || doc.input.kind === 'other';
      if (facts.length > 0) {
        const example = factExample(facts);
        return [
          {
            start: 0,
            end,
            ...(continuing && { severity: 'info' as const }),
            message:
              'Nothing here recalls your conversation with them. One specific detail (something you discussed, something they told you) is what shows the message was written for this person, and it is what makes a reply likely.',
            ...(example !== '' && {
              suggestion: `Mention something you talked about, such as ${example}.`,
            }),
          },
        ];
      }
      // Without notes to compare with, only a message that names neither company nor role is flagged, gently.
      if ((company && mentions(doc, company)) || (role && mentions(doc, role))) return [];
      return [
        {
          start: 0,
          end,
          severity: 'info',
          message:
            'Nothing here is specific to this company or conversation. If you noted what you talked about, Rebound can check that the message recalls it.',
        },
      ];
    };
  },
});
