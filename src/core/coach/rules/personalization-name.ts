import { isCourteousTitle, isFormLetterAddress } from '../document';
import { contactMention } from '../personal';
import { defineRule, type BaseRuleOptions } from '../rule';

export interface NoNameOptions extends BaseRuleOptions {
  /** A message shorter than this many words is a quick reply, where a missing name is a tip. */
  shortReplyWords: number;
}

/** `personalization/no-name`: the message never names the person it is for. */
export const noNameRule = defineRule<NoNameOptions>({
  id: 'personalization/no-name',
  category: 'personalization',
  defaults: { severity: 'warning', shortReplyWords: 25 },
  create(options) {
    return (doc) => {
      const first = doc.input.context.contactName.trim().split(/\s+/)[0];
      if (!first || doc.masked.trim() === '' || contactMention(doc)) return [];
      // A greeting with some other name is an accuracy problem, reported there; a greeting to a
      // slot never filled in (`Dear [Name]`) is the placeholder rule's.
      if (doc.greeting?.name || doc.greeting?.placeholder) return [];
      const start = doc.greeting?.start ?? doc.masked.search(/\S/);
      const end =
        doc.greeting?.end ??
        Math.max(
          start,
          doc.masked.indexOf('\n', start) === -1
            ? doc.text.length
            : doc.masked.indexOf('\n', start),
        );
      // "Respected Sir" to someone you met is a courtesy, and a one-line reply ("Thanks for
      // letting me know 🙂") needs no greeting: a gentle tip, not a warning.
      const words = doc.tokens.filter((t) => t.kind === 'word').length;
      const courteous =
        words < options.shortReplyWords ||
        (doc.greeting !== null && isCourteousTitle(doc.text.slice(start, end)));
      const greeting = doc.text.slice(start, end);
      return [
        {
          start: Math.max(0, start),
          end,
          ...(courteous && { severity: 'info' as const }),
          message:
            doc.greeting !== null && isFormLetterAddress(greeting)
              ? `“${greeting.trim().replace(/[,:]$/, '')}” is how a letter greets a reader the writer does not know, and you know this one: ${first}. A greeting by name is the simplest sign that it was written for them and not sent to a list.`
              : `The message never uses ${first}'s name. A greeting by name is the simplest sign that it was written for them and not sent to a list.`,
          suggestion: `Hi ${first},`,
        },
      ];
    };
  },
});
