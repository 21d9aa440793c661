import { isHonorific, type CoachDocument } from '../document';
import { quote } from '../phrases';
import { defineRule, type BaseRuleOptions, type RuleFinding } from '../rule';
import { STAND_IN_WORDS } from '../text/stand-ins';
import { foldName } from '../text/tokens';

export interface PlaceholderOptions extends BaseRuleOptions {
  /** Words that mark bracketed text as a slot to fill (`[Company Name]`, `<insert link>`). */
  slotWords: readonly string[];
  /** Stand-in names written in capitals (`XYZ`, `COMPANY`). */
  standIns: readonly string[];
}

const SLOT_WORDS = [
  'name',
  'first',
  'last',
  'surname',
  'company',
  'organisation',
  'organization',
  'employer',
  'role',
  'position',
  'job',
  'title',
  'date',
  'day',
  'time',
  'link',
  'url',
  'insert',
  'your',
  'recipient',
  'interviewer',
  'manager',
  'hiring',
  'team',
  'department',
  'city',
  'location',
  'skill',
  'skills',
  'project',
  'topic',
  'detail',
  'details',
  'specific',
  'industry',
  'field',
  'school',
  'university',
  'product',
  'number',
  'amount',
  'salary',
  'address',
  'email',
  'phone',
  'here',
  'person',
  'contact',
  'restaurant',
  'hospital',
  'agency',
  'article',
  'event',
  'achievement',
  'accomplishment',
  'x',
  'xx',
  'xxx',
  'tbd',
  'blank',
  'something',
  'mention',
  'example',
  'placeholder',
];

/**
 * `[…]`, `{…}`, `{{…}}`, `<…>`, `(Name)`, `%NAME%`, `${job.title}` or `$name` (whole, dotted
 * paths included), runs of underscores.
 */
const BRACKETED =
  /\[([^[\]\n]{0,60})\](?!\()|\{\{?\s*([^{}\n]{1,50}?)\s*\}?\}|<<?([^<>\n]{1,50})>>?|\(([^()\n]{1,40})\)|%([A-Za-z_]{2,30})%|\$(?:\{([A-Za-z_][\w.]{1,40})\}|([A-Za-z_]\w{1,30}(?:\.[A-Za-z_]\w*)*))|(_{3,})/g;
/** The group of BRACKETED that holds a run of underscores. */
const UNDERSCORES = 8;
const TITLE = '\\b(?:Mrs|Miss|Mr|Ms|Mx|Dr)\\b\\.?';
const NAME_WORD = '(?:(?:First|Last|Family|Full)\\s?[Nn]ame|Surname|Name)\\b';
/**
 * A name slot written out in a template's own words: "Mr./Ms. Last Name", "Dear First Name",
 * "Ms. Surname". Case matters: "your last name" in a sentence is not a slot.
 */
const NAMED_SLOT = new RegExp(
  [
    `${TITLE}(?:\\s*/\\s*${TITLE})+(?:\\s*${NAME_WORD})?`,
    `${TITLE}\\s+(?:(?:Last|Family|Full)\\s?[Nn]ame|Surname)\\b`,
    '\\b(?:First|Last|Family|Full)\\s[Nn]ame\\b',
  ].join('|'),
  'g',
);
const STAND_IN_NEAR = /\b(?:Company|Mr\.?|Ms\.?|Mrs\.?|Dr\.?|Person) [XYZ]\b/g;
const INSERT_HERE =
  /\binsert (?:the )?(?:company|name|role|position|date|link|title)(?: name)? here\b/gi;

function looksLikeSlot(inner: string, delimiter: string, slotWords: ReadonlySet<string>): boolean {
  const text = inner.trim();
  // An empty pair of square brackets is a slot left blank (`Dear [ ],`).
  if (text === '') return delimiter === '[';
  if (/^\d+$/.test(text) || /^(sic|\.\.\.|…|edit|sic\.)$/i.test(text)) return false;
  if (/^(https?:|mailto:|www\.)|@/.test(text)) return false;
  // HTML-ish tags (`<br>`, `<b>`) are markup, not slots.
  if (delimiter === '<' && /^\/?[a-z]{1,6}\b[^>]*$/.test(text) && !/\s/.test(text)) {
    return slotWords.has(text.toLowerCase());
  }
  // Template variables are slots whatever they are called: `${job.title}`, `$first_name`.
  if (delimiter === '$') return true;
  const words = text.split(/[\s_.'’-]+/).map((w) => w.toLowerCase());
  const hasSlotWord = words.some((w) => slotWords.has(w));
  const capitalized = text.split(/\s+/).every((w) => /^\p{Lu}/u.test(w));
  // Parentheses are ordinary prose; only a short slot (`(Name)`, `(company name)`) counts.
  if (delimiter === '(') {
    const onlySlots = words.every((w) => slotWords.has(w) || w === 'the');
    return hasSlotWord && text.split(/\s+/).length <= 3 && (capitalized || onlySlots);
  }
  return hasSlotWord || (capitalized && text.split(/\s+/).length <= 4);
}

function contextWords(doc: CoachDocument): Set<string> {
  const { company, role, contactName, facts } = doc.input.context;
  return new Set(
    [company, role, contactName, ...facts].flatMap((v) => v.split(/[^\p{L}\p{N}]+/u)).map(foldName),
  );
}

/**
 * What fills a slot, when the context knows it for certain. The most specific word decides:
 * "[School Name]" is about a school (the user's own, never the company or the person), and
 * "[Your Name]" is the user's own; "{company.name}" is the company, "[Last Name]" the surname.
 */
function suggestionFor(inner: string, doc: CoachDocument): string | undefined {
  const { company, role, contactName } = doc.input.context;
  const words = new Set(inner.toLowerCase().split(/[^a-z]+/));
  const any = (...list: string[]) => list.some((w) => words.has(w));
  if (any('your', 'my', 'school', 'university', 'college', 'degree', 'redacted')) return undefined;
  if (any('company', 'organisation', 'organization', 'employer', 'firm', 'business'))
    return company || undefined;
  if (any('role', 'position', 'job', 'title')) return role || undefined;
  const parts = contactName
    .trim()
    .split(/\s+/)
    .filter((p) => !isHonorific(p));
  if (any('last', 'surname', 'family')) return parts[parts.length - 1] || undefined;
  if (any('name', 'first', 'interviewer', 'recipient', 'person', 'contact', 'manager'))
    return parts[0] || undefined;
  return undefined;
}

const MESSAGE =
  'is a placeholder that was never filled in. A reader who spots one knows at once the message came from a template, which undoes everything personal in it.';

/** `template/placeholder`: unfilled slots, stand-in names, and the rooms a draft leaves. */
export const placeholderRule = defineRule<PlaceholderOptions>({
  id: 'template/placeholder',
  category: 'template',
  defaults: { severity: 'error', slotWords: SLOT_WORDS, standIns: STAND_IN_WORDS },
  create(options) {
    const slotWords = new Set(options.slotWords);
    const standIns = new Set(options.standIns);
    return (doc) => {
      const found: RuleFinding[] = doc.rooms.map((room) => ({
        start: room.start,
        end: room.end,
        message:
          'This is the room Rebound left for a sentence in your own words. Write it before sending: it is the part that makes the message yours, and no template can.',
      }));
      for (const match of doc.masked.matchAll(BRACKETED)) {
        const inner = match.slice(1).find((g) => g !== undefined) ?? '';
        const delimiter = match[0][0] ?? '';
        if (!match[UNDERSCORES] && !looksLikeSlot(inner, delimiter, slotWords)) continue;
        const suggestion = suggestionFor(inner, doc);
        found.push({
          start: match.index,
          end: match.index + match[0].length,
          message: `${quote(match[0])} ${MESSAGE}`,
          ...(suggestion !== undefined && { suggestion }),
        });
      }
      for (const match of [
        ...doc.masked.matchAll(STAND_IN_NEAR),
        ...doc.masked.matchAll(INSERT_HERE),
        ...doc.masked.matchAll(NAMED_SLOT),
      ]) {
        const end = match.index + match[0].length;
        // One slot, one finding: "[insert company name here]" is already reported whole.
        if (found.some((f) => f.start < end && match.index < f.end)) continue;
        const suggestion = suggestionFor(match[0], doc);
        found.push({
          start: match.index,
          end,
          message: `${quote(match[0])} ${MESSAGE}`,
          ...(suggestion !== undefined && { suggestion }),
        });
      }
      const known = contextWords(doc);
      for (const token of doc.tokens) {
        if (token.kind !== 'word' || !/^\p{Lu}{2,}(?:['’][sS])?$/u.test(token.text)) continue;
        const word = foldName(token.text.replace(/['’][sS]$/, ''));
        if (!standIns.has(word) || known.has(word)) continue;
        if (found.some((f) => f.start <= token.start && token.end <= f.end)) continue;
        const suggestion = suggestionFor(word, doc);
        found.push({
          start: token.start,
          end: token.end,
          message: `“${token.text}” ${MESSAGE}`,
          ...(suggestion !== undefined && { suggestion }),
        });
      }
      return found;
    };
  },
});
