import { foldText } from './cues';
import { withoutCjkLegalForm, withoutScriptLegalForm } from './legal-forms';

const LEGAL_SUFFIX =
  /[\s,]+\(?(?:inc|incorporated|llc|l\.l\.c|llp|ltd|limited|gmbh(?:\s*&\s*co\.?\s*kg)?|&\s*co\.?\s*kg|ag|se|sa|s\.a|s\.a\.s|sas|sarl|bv|b\.v|nv|n\.v|plc|corp|corporation|co|company|kg|oy|oyj|ab|as|a\/s|asa|aps|spa|s\.p\.a|srl|s\.r\.l|s\.l|sl|pty|pte|pvt|w\.l\.l|wll|s\.n\.c|snc|s\.c\.s|sa de cv|s\.a\. de c\.v|private limited|lda|ltda|e\.v|eg|k\.k|kk|kgaa|mbh|pte|bhd|sdn bhd|kft|zrt|s\.l\.u|s\.a\.u|s\.r\.o|a\.s|d\.o\.o|oü|uab|s\.c|s\.à\s?r\.l|s\.a\.r\.l|g?gmbh|e\.k|sp\.?(?:\s*z\.?\s*o\.?\s*o)?|group|holdings?|&\s*co|&)\.?\)?$/i;

/** A name without its legal form: "Acme Robotics GmbH" is "Acme Robotics". */
export function withoutLegalSuffix(name: string): string {
  let value = withoutScriptLegalForm(withoutCjkLegalForm(name.trim()));
  for (let i = 0; i < 3; i += 1) value = value.replace(LEGAL_SUFFIX, '').trim();
  return value;
}

/** Keys already made: the same names come up many times in one message and across a mailbox. */
const KEYS = new Map<string, string>();
const MAX_KEYS = 10_000;

/**
 * A company name reduced for comparison: case, accents, punctuation and legal form do not
 * count; letters of other scripts do ("みなと精機" is a name, not nothing).
 */
export function companyKey(name: string): string {
  const known = KEYS.get(name);
  if (known !== undefined) return known;
  const key = foldText(withoutLegalSuffix(name))
    .replace(/^the\s+/, '')
    .replace(/&/g, 'and')
    .replace(/[^a-z0-9\u0080-\uffff]+/g, '')
    // Beyond ASCII, letters of any script stay and anything else goes.
    .replace(/[^a-z0-9]/g, (c) => (/[\p{L}\p{N}]/u.test(c) ? c : ''));
  if (KEYS.size >= MAX_KEYS) KEYS.clear();
  KEYS.set(name, key);
  return key;
}

const ELIDED_NOUN = /^\p{Lu}['’]\p{Ll}/u;
const ORG_CHARS = /^[\p{Lu}\p{N}][\p{L}\p{N}&'’.+/-]*$/u;
const JOINERS = new Set([
  '&',
  'and',
  'of',
  'de',
  'der',
  'des',
  'du',
  'la',
  'le',
  'les',
  'del',
  'della',
  'di',
  'do',
  'da',
  'dos',
  'das',
  'für',
  'y',
  'e',
  'i',
  'w',
  'und',
  'et',
  'en',
  'van',
  'von',
  'the',
  'for',
]);

/**
 * Capitalised words from the start of `text` that read as a name ("Acme Robotics", "Bank of
 * X", "Comune di Borgo San Vitale"); a possessive or a number ends it. With `inName`, a
 * possessive before another capitalised word is part of the name ("Keane's Bar"), as it is
 * when the text is only a name, such as a piece of a signature.
 */
export function leadingName(text: string, maxWords = 6, inName = false): string | null {
  const words = text.trim().split(/\s+/);
  const taken: string[] = [];
  for (const [index, raw] of words.entries()) {
    // "Acme and the team", "Acme und die Stelle": a joiner before an article ends the name.
    if (
      /^(?:and|und|et|y|e|en|og|och|i)$/i.test(raw) &&
      /^(?:the|die|der|das|le|la|les|el|los|las|il|de|het|den|det)$/i.test(words[index + 1] ?? '')
    )
      break;
    const word = raw.replace(/[,;:!?)"”»]+$/u, '');
    const inner =
      inName && word === raw && /['’]s$/.test(word) && /^\p{Lu}/u.test(words[index + 1] ?? '');
    const possessive = /['’]s$/.test(word) && !inner;
    const ends = possessive || word !== raw || (/\.$/.test(word) && !/^(?:\p{Lu}\.)+$/u.test(word));
    const clean = (inner ? word : word.replace(/['’]s$/, '')).replace(/\.$/, '');
    if (/^\d+$/.test(clean)) break;
    // "L'azienda", "D'une": an elided article before a common noun; "L'Oréal" is a name.
    if (ELIDED_NOUN.test(clean)) break;
    if (ORG_CHARS.test(clean) || (taken.length > 0 && JOINERS.has(clean.toLowerCase()))) {
      taken.push(clean);
    } else break;
    if (ends || taken.length >= maxWords) break;
  }
  while (taken.length > 0 && JOINERS.has((taken.at(-1) as string).toLowerCase())) taken.pop();
  const name = taken.join(' ');
  return name === '' ? null : name;
}

/** Words that start sentences or name roles, never an employer on their own. */
const NOT_COMPANY = new Set(
  `we i you our your the this that a an hi hello dear thank thanks unfortunately please team
  recruiting careers hr jobs interview application position role job offer update regards best
  monday tuesday wednesday thursday friday saturday sunday january february march april may june
  july august september october november december zoom teams google calendly us senior junior lead
  head principal staff all it my ihre votre su tu je uw sua la el de die der das le les los las
  greenhouse lever workday workable ashby icims smartrecruiters personio taleo successfactors
  bamboohr recruitee teamtailor jobvite no noreply no-reply sie vous usted candidate applicant
  talent people mr ms mrs dr herr frau madame monsieur sr sra today tomorrow next et und and y en
  bei chez bij at in por para re fwd aw wg tr rv sv vs vb next step linkedin indeed glassdoor
  hej hallo bonjour hola ciao cześć dzień hoi beste kind warm with from for to on of
  congratulations welcome greetings herrn ihnen ihr ihrer ihrem ihren dich dir uns euch nein ja
  warmly cheers regards groetjes mvh mfg vh bh hilsen halsningar cordialement saludos
  atentamente cumprimentos saluti pozdrawiam sincerely yours cordially greetings thanks
  vous nous usted ustedes voce você lei loro ni jij u wij ons pan pani panie państwo du dere
  deg dig er ni vi oss`.split(/\s+/),
);

/** Greetings that open a line of mail, and may open a brand's name too ("Ciao Spesa"). */
const GREETING_WORDS = new Set(
  'hi hello dear hej hallo bonjour hola ciao hoi welcome greetings cheers'.split(' '),
);

/**
 * Whether a captured name can be an employer's. A sender's display name greets nobody, so
 * there (`displayName`) a greeting word may start a name: "Ciao Spesa", "Hello Harvest".
 */
export function plausibleCompany(name: string | null, displayName = false): name is string {
  if (name === null) return false;
  const key = companyKey(name);
  if (key.length < 2 || /^\d+$/.test(key)) return false;
  // A reference ("JR-118204", "R-10423", "REQ 5521"): letters only as a prefix to a number.
  if (/^[\p{L}]{1,4}[\s#:-]*\d{3,}$/u.test(name.trim())) return false;
  // A code of several parts with a number in it ("CTU-LT-26-19", "HSG/261", "KSG/24417").
  if (/^(?=[^\s]*\d)[\p{Lu}\p{N}]+(?:[-/][\p{Lu}\p{N}]+)+\)?$/u.test(name.trim())) return false;
  // A legal form alone ("S.A.", "AB", "Ltd") is what follows a name, not one.
  if (
    /^(?:s\.?\s?a|s\.?\s?l|s\.?a\.?s|ag|ab|as|a\/s|bv|b\.v|nv|n\.v|ltd|inc|llc|gmbh|plc|spa|s\.p\.a|srl|oy|kg|eg|e\.v)\.?$/i.test(
      name.trim(),
    )
  )
    return false;
  const words = name.split(/\s+/);
  const first = words[0]?.toLowerCase() ?? '';
  const greetsFirst = displayName && words.length > 1 && GREETING_WORDS.has(first);
  return !NOT_COMPANY.has(name.toLowerCase()) && (greetsFirst || !NOT_COMPANY.has(first));
}

/** A domain label written as a name: `acme-robotics` is "Acme Robotics". */
export function capitalised(label: string): string {
  return label
    .split('-')
    .map((part) =>
      part.length <= 3 && part === part.toUpperCase()
        ? part
        : part.charAt(0).toUpperCase() + part.slice(1),
    )
    .join(' ');
}

/**
 * Where German, Dutch and Nordic languages write an organisation word as the end of one long
 * word: "Zuivelcoöperatie", "Baugenossenschaft", "Energieversicherung", "Byggföreningen".
 */
const ORG_ENDINGS = [
  'genossenschaft',
  'gesellschaft',
  'verein',
  'versicherung(?:en)?',
  'kasse',
  'werke',
  'co[öo]peratie',
  'stichting',
  'vereniging',
  'fastigheter',
  'bolaget',
  'f[oö]rening(?:en)?',
  'forening(?:en)?',
  'kommune',
  'fabrik(?:en)?',
  'verk(?:et)?',
  'banken',
].join('|');

/**
 * Words that make a name an organisation's, in the languages Rebound reads: "Kite Labs",
 * "Nordlicht Versicherung", "Comune di Borgo San Vitale". Names with one are never a person's.
 */
export const ORG_WORDS = new RegExp(
  `(?:\\b(?:${[
    'bank|banca|banco|banque|fastighet(?:er)?|eiendom|ejendomme|group|groupe|grupo|gruppo|labs?|health|healthcare|hospitals?|clinic|systems?|software|media|games|studios?|energy|energi|energie|energia|foods?|logistics|logistik|logistique|logistica|insurance|versicherung(?:en)?|f[oö]rs[aä]kring(?:ar)?|forsikring|verzekering(?:en)?|vakuutus|ubezpieczenia|assurances?|seguros|assicurazioni|capital|partners|consulting|solutions|services|technolog(?:y|ies)|tech|analytics|university|universit[aäé]t|universidad|universit[eé]|universidade|universiteit|uniwersytet|universitet|hochschule|hogeschool|school|academy|college|council|trust|city|stadt|gemeente|comune|commune|kommune|kommun|municipality|region|ministry|department|agency|agentur|agence|agencia|agenzia|fabrik|fabryka|werke|holding|retail|motors|pharma|shipping|payments|cloud|digital|data|hotels?|hoteles|properties|construction|engineering|industries|industrie|manufacturing|maschinenbau|brewer(?:y|ies)|bakery|coffee|roasters|dental|medical|care|nurser(?:y|ies)|cooperative|co-operative|cooperativa|association|foundation|fondation|fundacion|stiftung|society|institute|institut|instituto|istituto|centre|center|centrum|zentrum|authority|office|store|stores|shop|market|airlines?|airways|cargo|freight|resorts?|pharmac(?:y|ies)|aviation|rail|transit|transport|water|power|electric|mining|minera|farms?|wines?|winery|realty|estates?|homes|housing|finance|financial|fintech|credit|union|mutual|ventures|collective|network|platform|studio|design|creative|marketing|communications|press|publishing|books|news|radio|broadcasting|telecom|mobile|robotics|biotech|therapeutics|sciences|research|biuro|spolka|spółka|sklep|urz[aą]d|kancelaria|firma|landratsamt|stadtwerke|magistrat|ayuntamiento|diputaci[oó]n|c[aâ]mara|mutuelle|fiduciaire|laboratoires?|laboratorios?|hot[eé]is|construtora|constructora|tiendas?|officine|cantine|garage|bost[aä]der|rederi(?:et)?|entrepren[oø]r|infotech|agritech|contracting|developments|hospitality|brewing|accountants|outfitters|aerospace|utilities|architects|consultants|associates|automotive|biosciences|security|supply|living|webshop|clinics?|surgery|practice|charity|trust|council|kommun|verkstad|versicherungen|sparkasse|kreissparkasse|volksbank|werk|bouw|zorg|zorggroep|woonstichting|hogeschool|stichting|vereniging|fundaci[oó]n|associa[cç][aã]o|associazione|stowarzyszenie|forening|förening|foreningen|gmbh|ag|ltd|inc|llc|plc|s\\.a|a\\/s|b\\.v|n\\.v|s\\.p\\.a|s\\.r\\.l|srl|sarl|sp\\.|kg|corp',
  ].join('|')})\\b|(?:${ORG_ENDINGS})(?![a-zß-ÿ])(?<=[a-zß-ÿ]{3}(?:${ORG_ENDINGS})))`,
  'i',
);

/**
 * Whether a single word is only an organisation noun: "the Bank", "the Council", "our
 * Department" refer to an employer without naming it.
 */
export function isOrganisationNoun(word: string): boolean {
  const match = ORG_WORDS.exec(word.trim());
  return match !== null && match.index === 0 && match[0].length === word.trim().length;
}

/**
 * Whether two company keys are one employer's spellings: "acmerobotics" from a domain and
 * "Acme Robotics"; `fromDomain` lets a domain leave out a leading word (loscardones.com.ar is
 * Bodega Los Cardones).
 */
export function sameEmployer(a: string, b: string, fromDomain = false): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return (
    (short.length >= 4 && long.startsWith(short)) ||
    (fromDomain && short.length >= 6 && long.endsWith(short))
  );
}

/** Senders who find people for other employers: their own name is not the employer. */
export const AGENCY =
  /(?:recruit|staffing|search|talent|personal|bemanning|interim|uitzend|headhunt|hunters?|executive|consult|resourcing|placement|selection|werving|rekryt|rekrut|hire|jobs?partner)/i;
