import {
  capitalised,
  companyKey,
  ORG_WORDS,
  plausibleCompany,
  withoutLegalSuffix,
} from './company-name';
import { compareCompanies, sameCompany } from './company-match';
import { companyFromDisplayName, looksLikePersonName } from './display-name';
import {
  actorCandidates,
  AGENCY,
  bodyCandidates,
  CLIENT_SPEECH,
  clientCandidates,
  fieldCandidates,
  isTitle,
  parentCandidates,
  reportedCandidates,
  signatureCandidates,
  subjectCandidates,
  weakCandidates,
  wholeName,
} from './employer-candidates';
import { spelledInText, spelledOut } from './employer-spelling';
import type { Mailbox } from './mail';
import {
  atsEmployerLabel,
  domainOf,
  isAtsDomain,
  isJobBoardDomain,
  isPersonalDomain,
  NO_REPLY_LOCAL,
  ownerLabel,
} from './senders';

export { companyKey } from './company-name';
export { looksLikePersonName } from './display-name';

export interface EmployerEvidence {
  sender: Mailbox | null;
  subject: string;
  lines: readonly string[];
  /** The original sender of a message a business passed on (an agency forwarding a client). */
  original?: Mailbox | null;
}

/** Where a candidate name was found; each place has its own weight. */
type Source =
  | 'sender'
  | 'original'
  | 'client'
  | 'field'
  | 'reported'
  | 'body'
  | 'weak'
  | 'signature'
  | 'subject';

interface Candidate {
  name: string | null;
  weight: number;
  source: Source;
  fromDomain?: boolean;
}

interface Vote {
  name: string;
  weight: number;
  /** The strongest single vote for this spelling. */
  best: number;
  fromDomain: boolean;
  /** The weight of the votes that came from anywhere but the sender's own name and address. */
  beyondSender: number;
}

/** The employer a message names, how much evidence there is, and how much is not the sender's. */
export interface WeighedEmployer {
  name: string;
  weight: number;
  beyondSender: number;
}

/** Domain labels that name a mail service, not an employer: notify-mail, hirebee-mail. */
const SERVICE_LABEL =
  /(?:mail|notif|notify|hire|recruit|talent|jobs?|career|portal|apply|ats|bewerb|send|smtp|alert)/i;

/** The labels of the sender's address that may name the employer, with their weight. */
function domainVotes(sender: Mailbox): { label: string; weight: number }[] {
  const domain = domainOf(sender.address);
  if (domain === '' || isPersonalDomain(domain) || isJobBoardDomain(domain)) return [];
  const ats = atsEmployerLabel(sender);
  if (ats) return [{ label: ats, weight: 1 }];
  if (isAtsDomain(domain)) return [];
  const owner = ownerLabel(domain);
  if (!owner || SERVICE_LABEL.test(owner)) return [];
  return [{ label: owner, weight: 0.75 }];
}

/** Single words that name no employer, whatever the capitals: sectors, departments, labels. */
const GENERIC_WORDS = new Set([
  'technical',
  'tech',
  'panel',
  'service',
  'services',
  'retail',
  'infrastructure',
  'coop',
  'inc',
  'ltd',
  'llc',
  'gmbh',
  'west',
  'east',
  'north',
  'south',
  'confidential',
  'vertraulich',
  'confidentiel',
  'confidencial',
  'riservato',
  'example',
  'support',
  'admin',
  'office',
  'general',
  'business',
  'digital',
  'online',
  'global',
  'international',
  'engineering',
  'finance',
  'marketing',
  'sales',
  'operations',
  'mum',
  'mummy',
  'mom',
  'dad',
]);

/** One employer's spellings are one vote: "acmerobotics" from a domain and "Acme Robotics". */
function sameEmployer(a: string, b: string, fromDomain = false): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  // A domain may leave out a leading word: loscardones.com.ar is Bodega Los Cardones.
  return (
    (short.length >= 4 && long.startsWith(short)) ||
    (fromDomain && short.length >= 6 && long.endsWith(short))
  );
}

/** Where a company's name ends in its country ("Arcadia Logistics UK"), the country goes. */
const COUNTRY =
  /\s+(?:UK|U\.K\.|USA|US|Ireland|India|Canada|Australia|Singapore|Deutschland|Germany|France|Espa[nñ]a|Spain|Italia|Italy|Nederland|Netherlands|Belgi[eë]|Belgique|Sverige|Sweden|Danmark|Denmark|Norge|Norway|Polska|Poland|Portugal|Brasil|Brazil|Schweiz|Suisse|[ÖO]sterreich|Austria|South Africa|UAE|Qatar)$/u;

function tally(votes: Map<string, Vote>, raw: string, candidate: Omit<Candidate, 'name'>) {
  const { weight, source } = candidate;
  const fromDomain = candidate.fromDomain === true;
  const beyondSender = source === 'sender' ? 0 : weight;
  const base = withoutLegalSuffix(raw);
  const name = ORG_WORDS.test(base.replace(COUNTRY, '')) ? base.replace(COUNTRY, '') : raw;
  const key = companyKey(name);
  if (key.length < 2) return;
  const current = votes.get(key);
  if (!current) {
    votes.set(key, {
      name: withoutLegalSuffix(name),
      weight,
      best: weight,
      fromDomain,
      beyondSender,
    });
    return;
  }
  current.weight += weight;
  current.beyondSender += beyondSender;
  if (!fromDomain && (current.fromDomain || weight > current.best)) {
    Object.assign(current, { name: withoutLegalSuffix(name), best: weight, fromDomain: false });
  }
}

/** Merges spellings of one employer; the spelled-out, longer name is the one kept. */
function merge(votes: Map<string, Vote>): Vote[] {
  const merged: (Vote & { key: string })[] = [];
  const sorted = [...votes].sort((a, b) => b[0].length - a[0].length);
  for (const [key, vote] of sorted) {
    // A domain's run-together or shortened name is the name the text spells out: "sisab" is
    // Sistemi Informativi Sabaudi, "stroopwafelenco" Stroopwafel & Co.
    const into = merged.find(
      (m) =>
        sameEmployer(m.key, key, vote.fromDomain) ||
        (m.fromDomain !== vote.fromDomain && sameCompany(m.name, vote.name)),
    );
    if (!into) {
      merged.push({ ...vote, key });
      continue;
    }
    into.weight += vote.weight;
    into.beyondSender += vote.beyondSender;
    if (into.fromDomain && !vote.fromDomain)
      Object.assign(into, { name: spelledOut(vote.name, into.key), fromDomain: false });
  }
  return merged;
}

/** The employer a sender's display name and address give, scaled by `own`. */
function senderCandidates(sender: Mailbox, own: number, source: Source): Candidate[] {
  const domain = domainOf(sender.address);
  if (domain === '' || isJobBoardDomain(domain)) return [];
  const automated = isAtsDomain(domain) || NO_REPLY_LOCAL.test(sender.address.split('@')[0] ?? '');
  const found: Candidate[] = domainVotes(sender).map(({ label, weight }) => ({
    name: capitalised(label),
    weight: weight * own,
    source,
    fromDomain: true,
  }));
  // "Nina Alvarez <no-reply@hire-notify.io>": a person's name over a system's mailbox.
  if (sender.name)
    found.push({
      name: companyFromDisplayName(sender.name, sender.address),
      weight: (automated ? 3 : 2.5) * own,
      source,
    });
  return found;
}

/** A brand made of a hiring word: a job board or a careers service ("HireIndia", "GovJobs"). */
const PLATFORM_BRAND =
  /(?:jobs?|hire|hiring|careers?|recruit|staffing|vacanc|stellen|emplois?|empleos?|vagas|lavoro|banen|werk(?:en|bij)|jobb|praca)/;

/**
 * Whether the sender is a platform writing about another company: its own name, team words
 * aside, still says it finds jobs or people ("PublicServiceJobs", "CareerLift"); "Acme Careers"
 * is Acme. A recruiting system's own domain names the employer another way.
 */
function isPlatform(sender: Mailbox, lines: readonly string[], subject: string): boolean {
  const domain = domainOf(sender.address);
  if (!sender.name || domain === '' || isAtsDomain(domain) || atsEmployerLabel(sender))
    return false;
  const brand = companyFromDisplayName(sender.name, sender.address);
  if (brand === null || !PLATFORM_BRAND.test(companyKey(brand))) return false;
  // A public jobs service that hires for itself names no other organisation.
  const own = companyKey(brand);
  return [
    ...subjectCandidates(subject),
    ...bodyCandidates(lines),
    ...signatureCandidates(lines, sender),
    ...actorCandidates(lines, subject),
  ].some((name) => ORG_WORDS.test(name) && !sameEmployer(companyKey(name), own));
}

/**
 * Every name the message offers as its employer, scored by where it was found. A recruitment
 * agency's own name, or a business passing on another's message, counts little: the employer
 * is the client, or the original sender.
 */
function candidatesOf(
  { sender, subject, original }: EmployerEvidence,
  lines: readonly string[],
): Candidate[] {
  const domain = sender ? domainOf(sender.address) : '';
  const originalDomain = original ? domainOf(original.address) : '';
  const passedOn =
    original != null &&
    originalDomain !== '' &&
    originalDomain !== domain &&
    !isPersonalDomain(originalDomain);
  const clients = clientCandidates(lines, subject);
  const person = sender !== null && looksLikePersonName(sender.name, sender.address);
  const agency =
    passedOn ||
    clients.length > 0 ||
    (person && lines.some((line) => CLIENT_SPEECH.test(line))) ||
    (person && AGENCY.test(ownerLabel(domain) ?? '') && !isAtsDomain(domain)) ||
    (sender !== null && isPlatform(sender, lines, subject));
  const named = (names: string[], weight: (name: string) => number, source: Source) =>
    names.map((name) => ({ name, weight: weight(name), source }));
  return [
    ...(sender ? senderCandidates(sender, agency ? 0.2 : 1, 'sender') : []),
    ...(passedOn ? senderCandidates(original, 1, 'original') : []),
    ...named(clients, () => 3, 'client'),
    ...named(fieldCandidates(lines), () => 3, 'field'),
    ...named(reportedCandidates(lines), () => (agency ? 3 : 1.5), 'reported'),
    ...named(actorCandidates(lines, subject), () => (agency ? 2 : 1), 'reported'),
    ...named(bodyCandidates(lines), () => 1, 'body'),
    ...named(weakCandidates(lines), (n) => (ORG_WORDS.test(n) ? 0.75 : 0.4), 'weak'),
    ...named(
      signatureCandidates(lines, sender),
      (n) => (AGENCY.test(companyKey(n)) ? 0.3 : 1.5),
      'signature',
    ),
    // A subject's capitalised words are often just words: they count when they name a company.
    ...named(
      subjectCandidates(subject),
      (n) => (ORG_WORDS.test(n) ? 1.5 : 0.7) * (agency ? 2 : 1),
      'subject',
    ),
  ];
}

/**
 * The employer a message is about: candidates from the sender's display name, the recruiting
 * system's subdomain, the body ("your interest in Acme"), an agency's client, the signature,
 * the subject and the sender's domain, each weighted by how reliable it is; spellings of one
 * name add up, and the best-supported name wins. A parent group the mail names ("a Kestrel
 * Group company") is not the employer.
 */
export function findEmployer(evidence: EmployerEvidence): string | null {
  return weighEmployer(evidence)?.name ?? null;
}

/** The employer {@link findEmployer} names, with the weight of the evidence for it. */
export function weighEmployer(evidence: EmployerEvidence): WeighedEmployer | null {
  const { sender, subject, lines: all } = evidence;
  // The employer is named near the top or in the signature; the middle of a long mail is noise.
  const lines = all.length > 48 ? [...all.slice(0, 40), ...all.slice(-8)] : all;
  const writer =
    sender?.name && looksLikePersonName(sender.name, sender.address) ? sender.name : '';
  const writerWords = new Set(writer.toLowerCase().split(/[\s,]+/));
  const writtenLower = lowerCaseWords([subject, ...lines]);
  const parents = new Set(parentCandidates(lines).map(companyKey));
  const votes = new Map<string, Vote>();
  for (const { name, ...candidate } of candidatesOf(evidence, lines)) {
    if (!plausibleCompany(name) || isTitle(name)) continue;
    if (!candidate.fromDomain && !/\s/.test(name.trim())) {
      const word = name.trim().toLowerCase();
      if (GENERIC_WORDS.has(word) || writtenLower(word)) continue;
    }
    // The writer's own name ("Derek", "Nina Alvarez") is never the employer.
    if (
      writerWords.has(name.toLowerCase()) ||
      (writer !== '' && companyKey(name) === companyKey(writer))
    )
      continue;
    const parent = [...parents].some((p) => sameEmployer(p, companyKey(name)));
    tally(votes, name, parent ? { ...candidate, weight: candidate.weight * 0.2 } : candidate);
  }
  const best = merge(votes).sort((a, b) => b.weight - a.weight)[0];
  if (best?.fromDomain)
    best.name =
      spelledInText(companyKey(best.name), [subject, ...lines]) ??
      spelledInSignature(best.name, lines) ??
      best.name;
  return best && best.weight >= 0.75
    ? { name: best.name, weight: best.weight, beyondSender: best.beyondSender }
    : null;
}

/**
 * A signature line that spells a name only the domain gave, however the domain ran it together
 * or shortened it: "Stroopwafel & Co" for stroopwafelenco.nl, "Sistemi Informativi Sabaudi
 * S.r.l." for sisab.it.
 */
function spelledInSignature(domainName: string, lines: readonly string[]): string | null {
  for (const line of lines.slice(-8)) {
    const name = line.length <= 80 ? wholeName(line.trim()) : null;
    if (plausibleCompany(name) && compareCompanies(domainName, name) !== 'different')
      return withoutLegalSuffix(name);
  }
  return null;
}

/**
 * Words the mail also writes in lower case are words ("Technical", "Panel"), not names; the
 * set is made only when a one-word name needs it.
 */
function lowerCaseWords(texts: readonly string[]): (word: string) => boolean {
  let words: Set<string> | null = null;
  return (word) => {
    words ??= new Set(
      texts
        .flatMap((line) => line.split(/\s+/))
        // Addresses and links spell names in lower case: "jobs@lumio.io" says nothing.
        .filter((token) => !/[@/]|\.\p{L}/u.test(token))
        .flatMap((token) => token.match(/^[^\p{L}]*(\p{Ll}[\p{L}-]+)/u)?.slice(1) ?? []),
    );
    return words.has(word);
  };
}
