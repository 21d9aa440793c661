import { companyKey, ORG_WORDS, plausibleCompany } from './company-name';
import { isAddress, isDepartment } from './departments';
import { isTeamOnly, looksLikePersonName } from './display-name';
import { isTitle, wholeName } from './employer-candidates';
import { hasLegalForm, legalNames } from './legal-forms';
import type { Mailbox } from './mail';

/** Where a signature line splits into pieces: "Senior Recruiter | Acme", "Acme GmbH · Street". */
const PIECES = /\s*[|•·]\s*|\s+[-–—/]\s+|,\s+|\s{2,}|\s+(?:at|bei|chez|hos|presso|@)\s+/u;
/** A piece that is no name: a phone number, an address, a link, a label. */
const NOT_NAME = /:|\d{3}|@|https?:|www\.|©/;
/**
 * A footer of the service that sent the mail: "© 2026 Workday, Inc.", "Powered by X", "Con la
 * tecnología de X". The legal name in it is the service's, or a copyright line's.
 */
export const SERVICE_FOOTER =
  /©|\(c\)\s*\d{4}|copyright|powered by|sent (?:via|with|using)|con la tecnolog[ií]a de|desarrollado por|bereitgestellt von|propulsé par|fourni par|tecnologia (?:di|da)|drivs av|levert av|leveret af|mogelijk gemaakt door/i;

/** An article before a name: "The Tin Kettle" is no person's name. */
const ARTICLE = /^(?:the|die|der|das|het)\s/i;

/** The pieces of a signature line: "Acme GmbH · Street 1 · City" is three. */
export const signaturePieces = (line: string) =>
  line
    .split(PIECES)
    .map((piece) => piece.trim())
    .filter((piece) => piece !== '');

/** The keys of the lines a writer signs with: their full name and their first name. */
function signOffKeys(writer: string | null): Set<string> {
  if (writer === null) return new Set();
  const first = writer.trim().split(/\s+/)[0] ?? '';
  return new Set([companyKey(writer), companyKey(first)].filter((k) => k.length >= 2));
}

/** A name in the signature; `weak` when only its place under the writer's name says so. */
export interface SignatureName {
  name: string;
  weak: boolean;
  /** Read from a line of addresses and numbers, as a footer is. */
  footer: boolean;
}

/**
 * Organisation names in the signature: a line that is one ("Acme Robotics GmbH"), one under
 * a job title or under the writer's own name, the other half of "Senior Recruiter | Acme", and
 * in a line of addresses and numbers ("Velder Aerospace GmbH · Flughafenallee 20 · 28199
 * Bremen") the piece with a legal form or an organisation word. A desk under a title ("Senior
 * Consultant – Finance & Accounting") and a street are no employer.
 */
export function signatureCandidates(
  lines: readonly string[],
  sender: Mailbox | null,
  writer: string | null = null,
): SignatureName[] {
  const found: SignatureName[] = [];
  const senderName = sender?.name ? companyKey(sender.name) : '';
  const signOff = signOffKeys(writer);
  const tail = lines.slice(-8);
  tail.forEach((raw, i) => {
    const line = raw.replace(/^--\s*/, '').trim();
    if (line.length > 120 || /^[-•*]\s/.test(line) || SERVICE_FOOTER.test(line)) return;
    // A line of numbers and links names an organisation only with a legal form or an org word.
    const plain = line.length <= 80 && !/:|\d{3}|@|https?:|www\./.test(line);
    const parts = signaturePieces(line);
    const titled = parts.length > 1 && parts.some(isTitle);
    const previous = tail[i - 1] ?? '';
    const underTitle = i > 0 && previous.split(/\s+/).length <= 6 && isTitle(previous);
    const underWriter = i > 0 && signOff.has(companyKey(previous.trim()));
    // "Human Resources Department" over "Al Manara Grand Doha": the organisation the team is in.
    const bare = previous.trim().replace(/\s+(?:department|dept\.?|division|office)$/i, '');
    const underTeam = i > 0 && bare !== '' && (isDepartment(bare) || isTeamOnly(bare));
    // "Dayle" / "Night Manager" / "FreshFare Mt Eden": the writer, their title, then where.
    const blockEnd = underTitle && i > 1 && signOff.has(companyKey((tail[i - 2] ?? '').trim()));
    parts.forEach((part, k) => {
      if (NOT_NAME.test(part) || isTitle(part) || companyKey(part) === senderName) return;
      if (signOff.has(companyKey(part)) || (k > 0 && isAddress(part))) return;
      const legal = hasLegalForm(part);
      if (isDepartment(part) && !legal) return;
      const name = legal ? (legalNames(part).at(-1) ?? wholeName(part)) : wholeName(part);
      if (!plausibleCompany(name)) return;
      const org = legal || ORG_WORDS.test(part);
      // "Founder, Chai Adda Café": what follows a title that opens the line is where the writer
      // holds it. Further along a line ("Panel interview - Analyst - Wei Ling Tan") it may be anyone.
      const afterTitle = k === 1 && isTitle(parts[0] ?? '');
      // "Dermot - Keane's Bar": the business the writer signs for, beside their name.
      const besideWriter = k > 0 && signOff.has(companyKey(parts[k - 1] ?? ''));
      const person =
        !ARTICLE.test(part) &&
        !afterTitle &&
        !besideWriter &&
        !((underTeam || blockEnd) && parts.length === 1) &&
        looksLikePersonName(name, '');
      // "Chai Adda Café · Bengaluru", "PlaceRight Consultants | Ludhiana": one word after a
      // name in the line is the town it is in.
      const town =
        k > 0 &&
        !afterTitle &&
        !/\s/.test(name.trim()) &&
        parts.slice(0, k).some((p) => !isTitle(p));
      const placed =
        plain &&
        !town &&
        !person &&
        (titled || ((underTitle || underTeam) && parts.length === 1) || besideWriter);
      if (org || placed) found.push({ name, weak: false, footer: !plain });
      else if (plain && underWriter && k === 0) found.push({ name, weak: true, footer: false });
    });
  });
  return found;
}
