import { defineFederalRule } from '../rule';
import { SOURCES } from '../sources';

const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/;
const PHONE =
  /(?:\+?1[\s.-]?)?\(?\b\d{3}\)?[\s.-]?\d{3}[\s.-]?\d{4}\b|\+\d{1,3}[\s.-]?\d[\d\s.-]{6,}\d/;
const NAME_WORD = /^(?:[A-Z][a-zA-Z'’-]+|[A-Z]\.)$/;

/** Whether a line reads as a person's name: two to five capitalized words, nothing else. */
export function looksLikeName(text: string): boolean {
  const cleaned = text.replace(/,?\s+(?:jr|sr|ii|iii|iv|phd|mba|pmp|cpa)\.?$/i, '').trim();
  const words = cleaned.split(/\s+/);
  if (words.length < 2 || words.length > 5) return false;
  return words.every((w) => NAME_WORD.test(w)) || /^[A-Z][A-Z'’ .-]+$/.test(cleaned);
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
