import {
  capitalised,
  companyKey,
  leadingName,
  ORG_WORDS,
  plausibleCompany,
  withoutLegalSuffix,
} from './company-name';
import {
  companyFromDisplayName,
  isTeamOnly,
  looksLikePersonName,
  withoutTeamWords,
} from './display-name';
import { foldText } from './cues';
import { endsLikeJobTitle, looksLikeJobTitle } from './job-titles';
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

/** Where a company name may follow in a sentence: "at Acme", "joining Acme", "the Acme team". */
const BODY_TRIGGERS: RegExp[] = [
  /\b(?:interest in|applying to|applied to|application to|application with|application at|applying at|career at|careers at|opportunities at|role at|position at|job at|team at|work at|working at|join|joining|on behalf of|here at|for a position with|for the position with|from the team at|with us at|hiring team at|recruiting team at|talent team at|position with|role with|opening with|opportunity with|opportunity at|team of|everyone at|greetings from|welcome to|interview with|interviewing with|offer from|news from|feedback from|back from|heard back from)\s+(?:the\s+)?/gi,
  /(?:^|\s)(?:bei|chez|bij|presso|hos|von|für|auprès de|au sein de|de la part de|namens)\s+(?:der\s+|die\s+|dem\s+|den\s+|la\s+|l'|het\s+|de\s+)?(?=\p{Lu})/gu,
  /\b(?:Bewerbung bei|Interesse an|intérêt pour|candidature chez|candidatura en|candidatura a|candidatura na|candidatura presso|interés en|interesse in|interesse na|interesse per|sollicitatie bij|zainteresowanie|ansökan till|ansøgning hos|søknad til|ansøgning til|Gespräch mit|entretien avec|entrevista con|gesprek met|colloquio con|entrevista com|rozmowa w|intervju med|samtale med)\s+(?:der\s+|die\s+|dem\s+|la\s+|l'|el\s+|de\s+|het\s+|a\s+|o\s+)?/giu,
];

/** Phrases that name an agency's client: the employer when a recruiter writes. */
const CLIENT =
  /\b(?:(?:my|our|a) client,?\s+|unser(?:em|en|er)? (?:Kunden?|Mandanten?|Auftraggeber),?\s*(?:der|die|das)?\s*|(?:notre|mon) client(?:e)?,?\s+|(?:nuestro|mi) cliente,?\s+|(?:onze|mijn) (?:klant|opdrachtgever),?\s+|(?:nosso|meu) cliente,?\s+|(?:nostro|mio) cliente,?\s+|(?:naszego|nasz|naszym) (?:klienta|klient|klientem)\s*[-–,:]?\s*|(?:vår|min) (?:kund|klient|kunde|oppdragsgiver),?\s+|vores kunde,?\s+)/giu;

/** Senders who find people for other employers: their own name is not the employer. */
const AGENCY =
  /(?:recruit|staffing|search|talent|personal|bemanning|interim|uitzend|headhunt|hunters?|executive|consult|resourcing|placement|selection|werving|rekryt|rekrut|hire|jobs?partner)/i;

/** A title in a signature line, beside the employer's name: "Senior Recruiter | Acme". */
const JOB_TITLE =
  /\b(?:recruiter|manager|partner|consultant|specialist|director|head|lead|officer|advis[eo]r|coordinator|assistant|associate|executive|generalist|sourcer|acquisition|ceo|cto|coo|founder|owner|chef|leiter(?:in)?|referent(?:in)?|sachbearbeiter(?:in)?|responsable|charg[ée]e?|directeur|directrice|director[a]?|jefe|jefa|gerente|konsult|rekruter|specjalist(?:ka)?|doradca|rekryterare|r[aå]dgiver|teamleiter|business partner|hr|rh|talent|recruiting|recruitment|dienst|afdeling|abteilung)\b/i;

/** A job title, not an employer: "Senior Recruiter", "Enterprise AE", "Clinical Nurse". */
const isTitle = (text: string) =>
  endsLikeJobTitle(text) ||
  ((JOB_TITLE.test(text) || looksLikeJobTitle(text)) && !ORG_WORDS.test(text));

interface Vote {
  name: string;
  weight: number;
  /** The strongest single vote for this spelling. */
  best: number;
  fromDomain: boolean;
}

export interface EmployerEvidence {
  sender: Mailbox | null;
  subject: string;
  lines: readonly string[];
}

function clean(name: string | null): string | null {
  if (name === null) return null;
  const stripped = withoutTeamWords(
    name.replace(/^(?:the|die|der|das|la|le|el|il|het|o|a)\s+/i, ''),
  );
  return stripped === '' || isTeamOnly(stripped) ? null : stripped;
}

/** "… Manager at Greenmoor Wildlife Trust": any capitalised name after "at", weakly. */
const AT_NAME = /\s(?:at|with|for)\s+(?=\p{Lu})/gu;

function weakCandidates(lines: readonly string[]): string[] {
  const found: string[] = [];
  for (const line of lines) {
    for (const match of line.matchAll(AT_NAME)) {
      const name = clean(leadingName(line.slice((match.index ?? 0) + match[0].length), 6));
      if (plausibleCompany(name) && !looksLikePersonName(name, '')) found.push(name);
    }
  }
  return found;
}

function bodyCandidates(lines: readonly string[]): string[] {
  const found: string[] = [];
  for (const line of lines) {
    for (const trigger of BODY_TRIGGERS) {
      trigger.lastIndex = 0;
      for (const match of line.matchAll(trigger)) {
        const name = clean(leadingName(line.slice((match.index ?? 0) + match[0].length), 6));
        if (plausibleCompany(name)) found.push(name);
      }
    }
    // "Verdun Community Health Centre, 4000 Boulevard LaSalle": an organisation and its address.
    const addressed = /^([^,]{3,60}),\s+\d/.exec(line);
    const place = addressed ? wholeName(addressed[1] as string) : null;
    if (place && ORG_WORDS.test(place) && plausibleCompany(place)) found.push(place);
    const team =
      /\bthe\s+((?:\p{Lu}[\p{L}\p{N}&'.-]*\s+){1,3})(?:talent |recruiting |hiring |people |recruitment )?team\b/u.exec(
        line,
      );
    const name = team ? clean((team[1] as string).trim()) : null;
    if (plausibleCompany(name)) found.push(name);
  }
  return found;
}

/** A recruiter passing on an employer's answer: "feedback from Acme", "återkoppling från Acme". */
const REPORTED =
  /\b(?:feedback|word|news|answer|response|devoluci[oó]n|respuesta|retour|r[uü]ckmeldung|terugkoppeling|[aå]terkoppling|tilbagemelding|tilbakemelding|svar|informacj[aei] zwrotn[aeą])\s+(?:back\s+)?(?:from|de|de la|del|från|fra|van|von|od)\s+|\b(?:heard back from|contact gehad met|gesprochen mit|hablado con|parlé avec)\s+/giu;

/** Employers a recruiter reports back from, in the recruiter's own words. */
function reportedCandidates(lines: readonly string[]): string[] {
  const found: string[] = [];
  for (const line of lines) {
    for (const match of line.matchAll(REPORTED)) {
      const name = clean(leadingName(line.slice((match.index ?? 0) + match[0].length), 6));
      if (plausibleCompany(name) && !looksLikePersonName(name, '')) found.push(name);
    }
  }
  return found;
}

function clientCandidates(lines: readonly string[], subject: string): string[] {
  const found: string[] = [];
  for (const line of [subject, ...lines]) {
    for (const match of line.matchAll(CLIENT)) {
      const name = clean(leadingName(line.slice((match.index ?? 0) + match[0].length), 6));
      if (plausibleCompany(name)) found.push(name);
    }
  }
  return found;
}

/** The name a whole piece of text is, or null when the text says more than a name. */
function wholeName(part: string): string | null {
  const text = withoutTeamWords(part.replace(/[.!]+$/, '').replace(/\s*\([^)]*\)\s*$/, ''));
  const name = clean(leadingName(text, 7));
  if (name === null) return null;
  return withoutLegalSuffix(name).split(/\s+/).length >=
    withoutLegalSuffix(text).split(/\s+/).length
    ? name
    : null;
}

/**
 * Organisation lines in the signature: a line that is an organisation's name ("Acme Robotics
 * GmbH"), one under a job title, or the other half of "Senior Recruiter | Acme".
 */
function signatureCandidates(lines: readonly string[], sender: Mailbox | null): string[] {
  const found: string[] = [];
  const senderName = sender?.name ? companyKey(sender.name) : '';
  const tail = lines.slice(-8);
  tail.forEach((raw, i) => {
    const line = raw.replace(/^--\s*/, '').trim();
    if (line.length > 80 || /^[-•*]\s|:|\d{3}|@|https?:|www\./.test(line)) return;
    const parts = line.split(/\s*[|•·]\s*|\s+[-–—]\s+|,\s+|\s+(?:at|bei|chez|hos|presso|@)\s+/);
    const titled = parts.length > 1 && parts.some(isTitle);
    const previous = tail[i - 1] ?? '';
    const underTitle = i > 0 && previous.split(/\s+/).length <= 6 && isTitle(previous);
    for (const part of parts) {
      if (isTitle(part) || companyKey(part) === senderName) continue;
      const name = wholeName(part);
      if (!plausibleCompany(name) || looksLikePersonName(name, '')) {
        if (!(plausibleCompany(name) && ORG_WORDS.test(part))) continue;
      }
      if (ORG_WORDS.test(part) || titled || (underTitle && parts.length === 1)) found.push(name);
    }
  });
  return found;
}

const SUBJECT_PREFIX = /^(?:(?:re|fwd?|aw|wg|tr|rv|enc|doorst|i|r|sv|vs|vb|pd)\s*:\s*)+/i;

function subjectCandidates(subject: string): string[] {
  const found = new Set<string>();
  const text = subject.replace(SUBJECT_PREFIX, '');
  const patterns = [
    /\b(?:at|with|to|from|bei|chez|en|bij|presso|hos|na|w|@)\s+(.+?)(?:\s*[-–|:!(]|$)/i,
    /^(.+?)\s*[-–|:]\s/,
    /\s[-–|]\s*([^-–|]+?)\s*$/,
  ];
  for (const pattern of patterns) {
    const match = pattern.exec(text);
    const part = match ? (match[1] as string) : '';
    if (isTitle(part)) continue;
    const name = wholeName(part);
    if (plausibleCompany(name)) found.add(name);
  }
  return [...found];
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
function sameEmployer(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= 4 && long.startsWith(short);
}

/** Where a company's name ends in its country ("Arcadia Logistics UK"), the country goes. */
const COUNTRY =
  /\s+(?:UK|U\.K\.|USA|US|Ireland|India|Canada|Australia|Singapore|Deutschland|Germany|France|Espa[nñ]a|Spain|Italia|Italy|Nederland|Netherlands|Belgi[eë]|Belgique|Sverige|Sweden|Danmark|Denmark|Norge|Norway|Polska|Poland|Portugal|Brasil|Brazil|Schweiz|Suisse|[ÖO]sterreich|Austria|South Africa|UAE|Qatar)$/u;

function tally(votes: Map<string, Vote>, raw: string, weight: number, fromDomain: boolean) {
  const base = withoutLegalSuffix(raw);
  const name = ORG_WORDS.test(base.replace(COUNTRY, '')) ? base.replace(COUNTRY, '') : raw;
  const key = companyKey(name);
  if (key.length < 2) return;
  const current = votes.get(key);
  if (!current) {
    votes.set(key, { name: withoutLegalSuffix(name), weight, best: weight, fromDomain });
    return;
  }
  current.weight += weight;
  if (!fromDomain && (current.fromDomain || weight > current.best)) {
    Object.assign(current, { name: withoutLegalSuffix(name), best: weight, fromDomain: false });
  }
}

/**
 * A name completed from the domain it is a prefix of: "Halcyon" at halcyontravel.com is
 * Halcyon Travel, when what remains of the domain is a word names are made of.
 */
function spelledOut(name: string, domainKey: string): string {
  const key = companyKey(name);
  if (!domainKey.startsWith(key) || domainKey === key) return name;
  const rest = domainKey.slice(key.length);
  const word = rest.charAt(0).toUpperCase() + rest.slice(1);
  return rest.length >= 3 &&
    ORG_WORDS.test(word) &&
    new RegExp(`^${ORG_WORDS.source}$`, 'i').test(word)
    ? `${name} ${word}`
    : name;
}

const CAPITALISED = /^[\p{Lu}\p{N}]/u;
const NAME_JOINER = /^(?:&|and|of|de|di|du|da|i|y|e|et|und|en|og|och)$/i;
const edgeless = (word: string) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}.'’&]+$/gu, '');

/**
 * How the mail spells a name that only the sender's domain gave, run together: "lusailcrest"
 * is "Lusail Crest Developments" where the text says so, "mapleridgecu" is "Maple Ridge Credit
 * Union" (the last letters as initials). Organisation words right after the match are kept.
 */
function spelledInText(key: string, texts: readonly string[]): string | null {
  let best: string | null = null;
  for (const text of texts) {
    const words = text.split(/\s+/).map(edgeless);
    for (let i = 0; i < words.length; i += 1) {
      if (!CAPITALISED.test(words[i] ?? '')) continue;
      let acc = '';
      let end = -1;
      for (let j = i; j < Math.min(words.length, i + 6) && end < 0; j += 1) {
        const word = words[j] ?? '';
        if (!CAPITALISED.test(word) && !(j > i && NAME_JOINER.test(word))) break;
        acc += companyKey(word);
        if (acc === key) end = j;
        else if (!key.startsWith(acc)) break;
        else {
          const rest = key.slice(acc.length);
          const next = words.slice(j + 1, j + 1 + rest.length);
          if (
            rest.length >= 2 &&
            rest.length <= 4 &&
            next.length === rest.length &&
            next.every((w, n) => CAPITALISED.test(w) && foldText(w).startsWith(rest[n] ?? ''))
          )
            end = j + rest.length;
        }
      }
      if (end < 0) continue;
      while (end + 1 < words.length && ORG_WORDS.test(words[end + 1] ?? '')) end += 1;
      const phrase = words
        .slice(i, end + 1)
        .join(' ')
        .replace(/[.,;:]+$/, '');
      if (best === null || phrase.length > best.length) best = phrase;
    }
  }
  return best;
}

/** Merges spellings of one employer; the spelled-out, longer name is the one kept. */
function merge(votes: Map<string, Vote>): Vote[] {
  const merged: (Vote & { key: string })[] = [];
  const sorted = [...votes].sort((a, b) => b[0].length - a[0].length);
  for (const [key, vote] of sorted) {
    const into = merged.find((m) => sameEmployer(m.key, key));
    if (!into) {
      merged.push({ ...vote, key });
      continue;
    }
    into.weight += vote.weight;
    if (into.fromDomain && !vote.fromDomain)
      Object.assign(into, { name: spelledOut(vote.name, into.key), fromDomain: false });
  }
  return merged;
}

/**
 * The employer a message is about: candidates from the sender's display name, the recruiting
 * system's subdomain, the body ("your interest in Acme"), an agency's client, the signature,
 * the subject and the sender's domain, each weighted by how reliable it is; spellings of one
 * name add up. A recruitment agency's own name counts little: the employer is its client.
 */
export function findEmployer(evidence: EmployerEvidence): string | null {
  return weighEmployer(evidence)?.name ?? null;
}

/** The employer {@link findEmployer} names, with the weight of the evidence for it. */
export function weighEmployer({
  sender,
  subject,
  lines: all,
}: EmployerEvidence): { name: string; weight: number } | null {
  // The employer is named near the top or in the signature; the middle of a long mail is noise.
  const lines = all.length > 48 ? [...all.slice(0, 40), ...all.slice(-8)] : all;
  const votes = new Map<string, Vote>();
  const writer =
    sender?.name && looksLikePersonName(sender.name, sender.address) ? sender.name : '';
  const writerWords = new Set(
    writer
      .toLowerCase()
      .split(/[\s,]+/)
      .filter((w) => w !== ''),
  );
  // Words the mail also writes in lower case are words ("Technical", "Panel"), not names; the
  // set is made only when a one-word name needs it.
  let lowerWords: Set<string> | null = null;
  const writtenLower = (word: string) => {
    lowerWords ??= new Set(
      [subject, ...lines]
        .flatMap((line) => line.split(/\s+/))
        // Addresses and links spell names in lower case: "jobs@lumio.io" says nothing.
        .filter((token) => !/[@/]|\.\p{L}/u.test(token))
        .flatMap((token) => token.match(/^[^\p{L}]*(\p{Ll}[\p{L}-]+)/u)?.slice(1) ?? []),
    );
    return lowerWords.has(word);
  };
  const vote = (name: string | null, weight: number, fromDomain = false) => {
    // The writer's own name ("Derek", "Nina Alvarez") is never the employer.
    if (!plausibleCompany(name) || isTitle(name)) return;
    if (!fromDomain && !/\s/.test(name.trim())) {
      const word = name.trim().toLowerCase();
      if (GENERIC_WORDS.has(word) || writtenLower(word)) return;
    }
    if (
      writerWords.has(name.toLowerCase()) ||
      (writer !== '' && companyKey(name) === companyKey(writer))
    )
      return;
    tally(votes, name, weight, fromDomain);
  };
  const domain = sender ? domainOf(sender.address) : '';
  const clients = clientCandidates(lines, subject);
  const person = sender !== null && looksLikePersonName(sender.name, sender.address);
  const agency =
    clients.length > 0 || (person && AGENCY.test(ownerLabel(domain) ?? '') && !isAtsDomain(domain));
  const own = agency ? 0.2 : 1;
  if (sender && domain !== '' && !isJobBoardDomain(domain)) {
    const automated =
      isAtsDomain(domain) || NO_REPLY_LOCAL.test(sender.address.split('@')[0] ?? '');
    if (sender.name)
      vote(companyFromDisplayName(sender.name, sender.address), (automated ? 3 : 2.5) * own);
    for (const { label, weight } of domainVotes(sender))
      vote(capitalised(label), weight * own, true);
  }
  for (const name of clients) vote(name, 3);
  for (const name of reportedCandidates(lines)) vote(name, agency ? 3 : 1.5);
  for (const name of bodyCandidates(lines)) vote(name, 1);
  for (const name of weakCandidates(lines)) vote(name, ORG_WORDS.test(name) ? 0.75 : 0.4);
  for (const name of signatureCandidates(lines, sender))
    vote(name, AGENCY.test(companyKey(name)) ? 0.3 : 1.5);
  // A subject's capitalised words are often just words: they count when they name a company.
  for (const name of subjectCandidates(subject))
    vote(name, (ORG_WORDS.test(name) ? 1.5 : 0.7) * (agency ? 2 : 1));
  const best = merge(votes).sort((a, b) => b.weight - a.weight)[0];
  if (best?.fromDomain)
    best.name = spelledInText(companyKey(best.name), [subject, ...lines]) ?? best.name;
  return best && best.weight >= 0.75 ? { name: best.name, weight: best.weight } : null;
}
