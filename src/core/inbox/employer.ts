import {
  capitalised,
  companyKey,
  isOrganisationNoun,
  ORG_WORDS,
  plausibleCompany,
  sameEmployer,
  withoutLegalSuffix,
} from './company-name';
import { companyWords, sameCompany } from './company-match';
import { isDepartment, isGenericWord } from './departments';
import { companyFromDisplayName, looksLikePersonName } from './display-name';
import {
  actorCandidates,
  addressedPeople,
  affiliationCandidates,
  AGENCY,
  AGENCY_TITLE,
  bodyCandidates,
  childCandidates,
  CLIENT_SPEECH,
  OWN_CLIENT,
  clientCandidates,
  copyrightCandidates,
  equalOpportunityCandidates,
  fieldCandidates,
  isTitle,
  parentCandidates,
  heardCandidates,
  subjectCandidates,
  weakCandidates,
} from './employer-candidates';
import {
  brandKeys,
  isPlatform,
  relayedBy,
  servedEmployers,
  withoutBrandLines,
} from './employer-platform';
import { SERVICE_FOOTER, signatureCandidates, signaturePieces } from './employer-signature';
import { spelledInSignature, spelledInText, spelledOut } from './employer-spelling';
import { cjkCompanyNames, cjkIntroducedNames, hasLegalForm, legalNames } from './legal-forms';
import type { Mailbox } from './mail';
import { writerOf } from './writer';
import {
  atsEmployerLabel,
  domainOf,
  isAtsDomain,
  isAtsVendor,
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
  /** The alt text of the logo atop an HTML body ("Ardent Foods"). */
  logo?: string | null;
}

/** Where a candidate name was found; each place has its own weight. */
type Source =
  | 'sender'
  /** The sender naming itself in its text: a footer's legal name. */
  | 'own'
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
  /** The fullest spelling seen, legal form and all: initials may stand for all of it. */
  written: string;
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

/**
 * German words for people in the plural, written for all genders ("Bewerberinnen und
 * Bewerber", "Kolleg:innen", "MitarbeiterInnen"): people, never an employer.
 */
const PEOPLE = /\p{L}{4,}(?:innen|[:*_]innen|Innen)(?!\p{L})/u;

/** Where a company's name ends in its country ("Arcadia Logistics UK"), the country goes. */
const COUNTRY =
  /\s+(?:UK|U\.K\.|USA|US|Ireland|India|Canada|Australia|Singapore|Deutschland|Germany|France|Espa[nñ]a|Spain|Italia|Italy|Nederland|Netherlands|Belgi[eë]|Belgique|Sverige|Sweden|Danmark|Denmark|Norge|Norway|Polska|Poland|Portugal|Brasil|Brazil|Schweiz|Suisse|[ÖO]sterreich|Austria|South Africa|UAE|Qatar)$/u;

function tally(votes: Map<string, Vote>, raw: string, candidate: Omit<Candidate, 'name'>) {
  const { weight, source } = candidate;
  const fromDomain = candidate.fromDomain === true;
  const beyondSender = source === 'sender' || source === 'own' ? 0 : weight;
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
      written: raw,
    });
    return;
  }
  if (raw.length > current.written.length) current.written = raw;
  current.weight += weight;
  current.beyondSender += beyondSender;
  if (!fromDomain && (current.fromDomain || weight > current.best)) {
    Object.assign(current, { name: withoutLegalSuffix(name), best: weight, fromDomain: false });
  }
}

/**
 * Whether `short` is the initials of `long`: "DPCL" of Deccan Power Corporation Ltd. A word of
 * the name is not its initials: "ING" of ING Bank is the name itself, shortened.
 */
function standsFor(short: string, long: string): boolean {
  if (!/^[\p{Lu}\p{N}]{2,6}$/u.test(short.trim())) return false;
  return !companyWords(long, true).includes(short.trim().toLowerCase()) && sameCompany(long, short);
}

/**
 * Merges spellings of one employer: a domain's and the text's, initials and the name they
 * stand for ("DPCL" and "Deccan Power Corporation"); the spelled-out, longer name is kept.
 */
function merge(votes: Map<string, Vote>): Vote[] {
  const merged: (Vote & { key: string })[] = [];
  const sorted = [...votes].sort((a, b) => b[0].length - a[0].length);
  for (const [key, vote] of sorted) {
    // A domain's run-together or shortened name is the name the text spells out: "sisab" is
    // Sistemi Informativi Sabaudi, "stroopwafelenco" Stroopwafel & Co.
    const into = merged.find(
      (m) =>
        sameEmployer(m.key, key, vote.fromDomain) ||
        (m.fromDomain !== vote.fromDomain && sameCompany(m.name, vote.name)) ||
        standsFor(vote.name, m.written),
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
  // "Aroha Walker via SEEK" from SEEK's own domain: the address names the service.
  const votes = relayedBy(sender) ? [] : domainVotes(sender);
  const found: Candidate[] = votes.map(({ label, weight }) => ({
    name: capitalised(label),
    weight: weight * own,
    source,
    fromDomain: true,
  }));
  // "Nina Alvarez <no-reply@hire-notify.io>": a person's name over a system's mailbox.
  const named = sender.name ? companyFromDisplayName(sender.name, sender.address) : null;
  // "SAP SuccessFactors <no-reply@successfactors.eu>": the recruiting system's own name.
  const vendor =
    named !== null && isAtsVendor(companyKey(named).replace(/^(?:sap|oracle|ukg|adp)/, ''));
  if (sender.name && !vendor)
    found.push({ name: named, weight: (automated ? 3 : 2.5) * own, source });
  return found;
}

/** How a message stands to the employer it is about. */
interface Standing {
  /** A business passed on another's message: the original sender is the employer. */
  passedOn: boolean;
  /** A job board, careers service or relay carries the employer's news. */
  platform: boolean;
  /** The sender finds people for others: their own name counts little. */
  agency: boolean;
  /** The mail itself says so: the sender's own name, wherever written, is not the employer. */
  forOthers: boolean;
  /** Whether a name is not the sender's own brand. */
  other: (name: string) => boolean;
}

/**
 * Whether the sender writes for another employer: an agency names its client ("on behalf
 * of"), speaks of "the client", passes on another organisation's answer, has a recruiter's
 * title or domain; a platform is one by its domain, brand or words.
 */
function standingOf(
  { sender, subject, original }: EmployerEvidence,
  lines: readonly string[],
  found: { writer: string | null; clients: string[]; reported: string[] },
): Standing {
  const domain = sender ? domainOf(sender.address) : '';
  const originalDomain = original ? domainOf(original.address) : '';
  const passedOn =
    original != null &&
    originalDomain !== '' &&
    originalDomain !== domain &&
    !isPersonalDomain(originalDomain);
  const platform = sender !== null && isPlatform(sender, lines, subject, found.writer);
  const own = sender ? brandKeys(sender) : [];
  const other = (name: string) => !own.some((k) => sameEmployer(k, companyKey(name), true));
  // As before a person wrote only when the display name and the mailbox say so.
  const person = sender !== null && looksLikePersonName(sender.name, sender.address);
  // Evidence that names another organisation as the employer, or the sender as a go-between.
  const forOthers =
    passedOn ||
    found.clients.some(other) ||
    platform ||
    (person &&
      (found.reported.some((n) => !looksLikePersonName(n, '') && other(n)) ||
        lines.some((line) => OWN_CLIENT.test(line)) ||
        (AGENCY.test(ownerLabel(domain) ?? '') && !isAtsDomain(domain)) ||
        lines.slice(-8).some((line) => AGENCY_TITLE.test(line))));
  // "The client" alone makes an agency too, but says less: its own name still counts.
  const agency = forOthers || (person && lines.some((line) => CLIENT_SPEECH.test(line)));
  return { passedOn, platform, agency, forOthers, other };
}

/**
 * Every name the message offers as its employer, scored by where it was found. A recruitment
 * agency's or a platform's own name, or a business passing on another's message, counts
 * little: the employer is the client, or the original sender.
 */
function candidatesOf(
  evidence: EmployerEvidence,
  lines: readonly string[],
  writer: string | null,
): Candidate[] {
  const { sender, subject, original } = evidence;
  // A service's mail (a booking tool, a background check) names whom it acts for.
  const clients = [...clientCandidates(lines, subject), ...servedEmployers(sender, subject, lines)];
  const heard = heardCandidates(lines);
  const reported = heard.reported.filter((n) => !isDepartment(n));
  const posts = heard.posts.filter((n) => !isDepartment(n));
  // "Employing body: Slievemore Community Healthcare", "Client organisation: …": a labelled
  // employer other than the sender makes the sender a go-between, as a named client does.
  const fields = fieldCandidates(lines);
  const { passedOn, platform, agency, forOthers, other } = standingOf(evidence, lines, {
    writer,
    clients: [...clients, ...fields],
    reported: [...reported, ...posts],
  });
  // A platform's footer names the platform and its owners, never the employer.
  const footer = platform && sender ? withoutBrandLines(lines, sender) : lines;
  const addressed = addressedPeople(lines);
  const named = (names: string[], weight: (name: string) => number, source: Source) =>
    names.map((name) => ({ name, weight: weight(name), source }));
  const agencyName = (name: string) => AGENCY.test(companyKey(name));
  const found: Candidate[] = [
    ...(sender ? senderCandidates(sender, agency ? 0.2 : 1, 'sender') : []),
    ...(passedOn && original ? senderCandidates(original, 1, 'original') : []),
    ...named(clients, () => 3, 'client'),
    ...named(fields, () => 3, 'field'),
    ...named(childCandidates(lines), () => 2, 'body'),
    // The logo atop the mail is its sender's brand: the employer's, or a platform's own.
    // Initials ("HMT") are left out: the name the footer spells out says more.
    ...(evidence.logo &&
    plausibleCompany(evidence.logo) &&
    !/^[\p{Lu}\p{N}&]{2,5}$/u.test(evidence.logo)
      ? named([evidence.logo], () => 1, 'body')
      : []),
    ...named(equalOpportunityCandidates(lines), () => 3, 'field'),
    ...named(affiliationCandidates(lines), () => 2, 'body'),
    // "Julia Hollins (julia@hollybank.example) sent you…": her address names her organisation.
    ...addressed.flatMap(({ address }) =>
      senderCandidates({ name: null, address }, 2, 'body').filter((c) => c.fromDomain),
    ),
    // A person's name after "feedback from" is someone at the employer, rarely the employer.
    ...named(reported, (n) => (looksLikePersonName(n, '') ? 0.5 : agency ? 3 : 1.5), 'reported'),
    // "The CFO of X": X is an organisation, whatever its name looks like.
    ...named(posts, () => (agency ? 3 : 1.5), 'reported'),
    ...named(actorCandidates(lines, subject), () => (agency ? 2 : 1), 'reported'),
    ...named(bodyCandidates(lines), () => 1, 'body'),
    ...named(weakCandidates(lines), (n) => (ORG_WORDS.test(n) ? 0.75 : 0.4), 'weak'),
    // The sender's own legal name in its footer ("RailGo Ltd is registered in…") is the
    // sender naming itself: no more than its display name says.
    ...legalNamesIn(footer).map((name) => ({
      name,
      weight: agencyName(name) ? 0.3 : 1,
      source: other(name) ? ('body' as const) : ('own' as const),
    })),
    ...[...[subject, ...footer].flatMap(cjkCompanyNames), ...cjkIntroducedNames(lines)].map(
      (name) => ({
        name,
        weight: 1.5,
        source: other(name) ? ('body' as const) : ('own' as const),
      }),
    ),
    // A signature line that is the sender's domain ("quillfeather" at quillfeather.io) names it.
    ...named(domainLines(footer, sender), () => 1.5, 'own'),
    // The owner a footer's copyright line names: the employer, unless a vendor's own.
    ...copyrightCandidates(footer)
      .filter((name) => !isAtsVendor(companyKey(name)))
      .map((name) => ({
        name,
        weight: agencyName(name) ? 0.3 : 1.5,
        source: other(name) ? ('body' as const) : ('own' as const),
      })),
    // A line under the writer's name is the organisation's as often as not: it counts weakly.
    ...signatureCandidates(footer, sender, writer).map(({ name, weak, footer: inFooter }) => ({
      name,
      weight: agencyName(name) ? 0.3 : weak ? 0.75 : hasLegalForm(name) ? 2 : 1.5,
      source: inFooter && !other(name) ? ('own' as const) : ('signature' as const),
    })),
    // A subject's capitalised words are often just words: they count when they name a company.
    ...named(
      subjectCandidates(subject),
      (n) => (ORG_WORDS.test(n) ? 1.5 : 0.7) * (agency ? 2 : 1),
      'subject',
    ),
  ];
  // A person the mail names with their address is a person, whatever the display name says.
  const people = new Set(addressed.map(({ person }) => companyKey(person)));
  const withoutPeople = found.filter((c) => !c.name || !people.has(companyKey(c.name)));
  return forOthers ? withoutOwnName(withoutPeople, other) : withoutPeople;
}

/** An agency's or a platform's own name, wherever the mail writes it, counts little. */
function withoutOwnName(candidates: Candidate[], other: (name: string) => boolean): Candidate[] {
  return candidates.map((candidate) =>
    candidate.source === 'sender' ||
    candidate.source === 'original' ||
    !candidate.name ||
    other(candidate.name)
      ? candidate
      : { ...candidate, weight: candidate.weight * 0.1 },
  );
}

/**
 * Lines near the end that spell the sender's own domain in lower case, as brands styled so
 * sign ("quillfeather" at quillfeather.io).
 */
function domainLines(lines: readonly string[], sender: Mailbox | null): string[] {
  const domain = sender ? domainOf(sender.address) : '';
  if (domain === '' || isPersonalDomain(domain) || isAtsDomain(domain)) return [];
  const owner = (ownerLabel(domain) ?? '').replace(/[^a-z0-9]/g, '');
  if (owner.length < 4) return [];
  return lines.slice(-8).filter((line) => {
    const text = line.trim();
    // Capitalised names are the signature's to read; a lower-case brand ("quillfeather") is not.
    return (
      text === text.toLowerCase() &&
      text.length <= 40 &&
      !/[@/]|\.\p{L}/u.test(text) &&
      companyKey(text) === owner
    );
  });
}

/**
 * Names with a legal form in the body's sentences and the signature's longer lines; a
 * signature line that is the name ("Acme GmbH · Street") is the signature's, counted once.
 */
function legalNamesIn(lines: readonly string[]): string[] {
  const tail = lines.length - 8;
  return lines.flatMap((line, i) => {
    const names = legalNames(line);
    if (names.length === 0 || SERVICE_FOOTER.test(line)) return [];
    return names.filter((name) => i < tail || !signaturePieces(line).includes(name));
  });
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
  const writer = writerOf(sender, lines);
  const writerWords = new Set((writer ?? '').toLowerCase().split(/[\s,]+/));
  const writtenLower = lowerCaseWords([subject, ...lines]);
  const parents = new Set(parentCandidates(lines).map(companyKey));
  const votes = new Map<string, Vote>();
  for (const { name, ...candidate } of candidatesOf(evidence, lines, writer)) {
    const fromDisplayName = candidate.source === 'sender' || candidate.source === 'original';
    if (!plausibleCompany(name, fromDisplayName) || isTitle(name)) continue;
    if (!candidate.fromDomain && isDepartment(name) && !hasLegalForm(name)) continue;
    if (PEOPLE.test(name)) continue;
    if (!candidate.fromDomain && !/\s/.test(name.trim())) {
      const word = name.trim().toLowerCase();
      // A brand that writes itself in lower case ("loopwise") is not a word for being so written.
      const styledLower = name.trim() === word;
      if (isGenericWord(word) || isOrganisationNoun(word) || (!styledLower && writtenLower(word)))
        continue;
    }
    // The writer's own name ("Derek", "Nina Alvarez") is never the employer.
    if (
      writerWords.has(name.toLowerCase()) ||
      (writer !== null && companyKey(name) === companyKey(writer))
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
