import { defineFederalRule } from '../rule';
import { SOURCES } from '../sources';

const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/;
const PHONE =
  /(?:\+?1[\s.-]?)?\(?\b\d{3}\)?[\s.-]?\d{3}[\s.-]?\d{4}\b|\+\d{1,3}[\s.-]?\d[\d\s.-]{6,}\d/;
const NAME_WORD = /^(?:\p{Lu}[\p{L}'’-]+|\p{Lu}\.)$/u;
/** Lower-case particles inside a family name: "Ana de la Cruz", "Jan van der Berg". */
const PARTICLE = /^(?:de|del|della|der|den|di|da|do|dos|du|la|le|van|von|bin|ibn|al|el|y|e)$/;
const HONORIFIC = /^(?:dr|mr|mrs|ms|mx|miss|prof)\.?\s+/i;
/** A credential or suffix after a comma: ", RN", ", Ph.D.", ", P.E.", ", MBA, PMP", ", Jr.". */
const CREDENTIAL = /,\s*(?:\p{Lu}[\p{L}]?\.?){1,6}\s*$/u;
/** Headings written in capitals at the top ("FEDERAL RÉSUMÉ", "CURRICULUM VITAE"). */
const NOT_A_NAME =
  /(?<!\p{L})(?:r[ée]sum[ée]|curriculum|vitae|cv|federal|objective|summary|profile|experience|contact)(?!\p{L})/iu;
/** A nickname in quotes or brackets: Ignatius "Iggy" Moreau. */
const NICKNAME = /\s+(?:"[^"]{1,20}"|“[^”]{1,20}”|\([^)]{1,20}\))(?=\s)/gu;

function nameWords(words: readonly string[]): boolean {
  if (words.length < 1 || words.length > 5) return false;
  return words.every((w, i) => NAME_WORD.test(w) || (i > 0 && PARTICLE.test(w)));
}

/**
 * Whether a line reads as a person's name: two to five capitalized words, nothing else, allowing
 * what people put around a name on a résumé — a title before it, credentials after a comma, a
 * nickname in quotes, particles ("de la", "van der") and the family name first ("HOLLOWAY,
 * Bernadette A.").
 */
export function looksLikeName(text: string): boolean {
  if (NOT_A_NAME.test(text)) return false;
  let cleaned = text.trim().replace(HONORIFIC, '').replace(NICKNAME, '');
  while (CREDENTIAL.test(cleaned)) cleaned = cleaned.replace(CREDENTIAL, '').trim();
  cleaned = cleaned.replace(/,?\s+(?:jr|sr|ii|iii|iv)\.?$/i, '').trim();
  const [family, given, ...rest] = cleaned.split(/\s*,\s*/);
  if (given !== undefined && rest.length === 0) {
    const familyWords = (family ?? '').split(/\s+/);
    const givenWords = given.split(/\s+/);
    return familyWords.length <= 2 && nameWords(familyWords) && nameWords(givenWords);
  }
  const words = cleaned.split(/\s+/);
  if (words.length < 2 || words.length > 5) return false;
  return nameWords(words) || /^[\p{Lu}'’ .-]+$/u.test(cleaned);
}

/** Name, phone and email: agencies need them to reach you and may refuse a résumé without. */
export const contactInfoRule = defineFederalRule({
  id: 'contact-info',
  source: SOURCES.hiringProcess,
  defaults: { severity: 'error' as const },
  create: () => (context) => {
    // A file with no readable text (encrypted, scanned) is reported by the file checks instead.
    if (context.document.lines.every((l) => l.text.trim() === '')) return [];
    const top =
      context.structure.contact.length > 0
        ? context.structure.contact
        : context.document.lines.slice(0, 6);
    const topText = top.map((l) => l.text);
    const all = context.document.lines.map((l) => l.text).join('\n');
    const missing: string[] = [];
    const hasName = topText.some((t) => looksLikeName(t.split(/\s[|•·]\s|\t/)[0]?.trim() ?? ''));
    if (!hasName) missing.push('your name at the top');
    if (!PHONE.test(topText.join('\n')) && !PHONE.test(all)) missing.push('a phone number');
    if (!EMAIL.test(all)) missing.push('an email address');
    if (missing.length === 0) return [];
    const list =
      missing.length === 1
        ? missing[0]
        : `${missing.slice(0, -1).join(', ')} and ${missing.at(-1)}`;
    return [
      {
        at: context.document.lines.find((l) => l.text.trim() !== ''),
        message: `The résumé is missing ${list}. Agencies use them to reach you, and some will not consider a résumé without them.`,
      },
    ];
  },
});
