import type { Mailbox } from './mail';
import {
  atsEmployerLabel,
  domainOf,
  isAtsDomain,
  isJobBoardDomain,
  isPersonalDomain,
  ownerLabel,
} from './senders';

const LEGAL_SUFFIX =
  /[\s,]+(?:inc|incorporated|llc|l\.l\.c|ltd|limited|gmbh|ag|se|sa|sas|sarl|bv|b\.v|nv|plc|corp|corporation|co|company|kg|oy|ab|as|spa|s\.p\.a|srl|s\.l|sl|pty|pte|lda|ltda|group|holdings?)\.?$/i;

/** A company name reduced for comparison: case, punctuation and legal suffixes do not count. */
export function companyKey(name: string): string {
  let value = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .trim();
  for (let i = 0; i < 3; i += 1) value = value.replace(LEGAL_SUFFIX, '');
  return value
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/&/g, 'and')
    .replace(/[^a-z0-9]+/g, '');
}

/** Words around a company name in a sender's display name that say which team wrote. */
const TEAM_WORDS =
  /\s*(?:[-–|,:]\s*)?\b(?:recruiting|recruitment|recruiter|recruiters|talent acquisition|talent team|talents|talento|talent|empleo|selezione|werving|careers?|jobs|hiring team|hiring|hr|human resources|people team|people ops|people|team|notifications?|no-?reply|do not reply|candidate experience|university recruiting|campus recruiting|karriere|personalabteilung|recrutement|rh|reclutamiento|seleccion|recursos humanos|werving(?: en selectie)?|recrutamento|selezione|risorse umane|applications?|jobportal|job portal|ats)\b\s*/gi;

const ORG_CHARS = /^[\p{Lu}\p{N}][\p{L}\p{N}&'’.+-]*$/u;
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
  'für',
  'y',
  'e',
  'und',
  'et',
  'van',
  'von',
  'the',
]);

/** Capitalised words from the start of `text` that read as a name ("Acme Robotics", "Bank of X"). */
export function leadingName(text: string, maxWords = 5): string | null {
  const words = text.trim().split(/\s+/);
  const taken: string[] = [];
  for (const raw of words) {
    const word = raw.replace(/[,;:!?)"”»]+$/u, '');
    const ends = word !== raw || (/\.$/.test(word) && !/^[A-Z](?:\.[A-Z])+\.?$/.test(word));
    const clean = word.replace(/\.$/, '');
    if (ORG_CHARS.test(clean) || (taken.length > 0 && JOINERS.has(clean.toLowerCase()))) {
      taken.push(clean);
    } else break;
    if (ends || taken.length >= maxWords) break;
  }
  while (taken.length > 0 && JOINERS.has((taken.at(-1) as string).toLowerCase())) taken.pop();
  const name = taken.join(' ').replace(/['’]s$/, '');
  return name === '' ? null : name;
}

/** Words that start sentences or name roles, never an employer on their own. */
const NOT_COMPANY = new Set([
  'we',
  'i',
  'you',
  'our',
  'your',
  'the',
  'this',
  'that',
  'a',
  'an',
  'hi',
  'hello',
  'dear',
  'thank',
  'thanks',
  'unfortunately',
  'please',
  'team',
  'recruiting',
  'careers',
  'hr',
  'jobs',
  'interview',
  'application',
  'position',
  'role',
  'job',
  'offer',
  'update',
  'regards',
  'best',
  'linkedin',
  'indeed',
  'glassdoor',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
  'zoom',
  'teams',
  'google',
  'calendly',
  'us',
  'senior',
  'junior',
  'lead',
  'head',
  'principal',
  'staff',
  'all',
  'it',
  'my',
  'ihre',
  'votre',
  'su',
  'tu',
  'je',
  'uw',
  'sua',
  'la',
  'el',
  'de',
  'die',
  'der',
  'das',
  'le',
  'les',
  'los',
  'las',
  'greenhouse',
  'lever',
  'workday',
  'workable',
  'ashby',
  'icims',
  'smartrecruiters',
  'personio',
  'taleo',
  'successfactors',
  'bamboohr',
  'recruitee',
  'teamtailor',
  'jobvite',
  'no',
  'noreply',
  'no-reply',
  'sie',
  'vous',
  'usted',
  'candidate',
  'applicant',
  'talent',
  'people',
  'mr',
  'ms',
  'mrs',
  'dr',
  'herr',
  'frau',
  'madame',
  'monsieur',
  'sr',
  'sra',
  'today',
  'tomorrow',
  'next',
  'et',
  'und',
  'and',
  'y',
  'en',
  'bei',
  'chez',
  'bij',
  'at',
  'in',
  'por',
  'para',
]);

export function plausibleCompany(name: string | null): name is string {
  if (name === null) return false;
  const key = companyKey(name);
  if (key.length < 2 || /^\d+$/.test(key)) return false;
  const first = name.split(/\s+/)[0]?.toLowerCase() ?? '';
  return !NOT_COMPANY.has(name.toLowerCase()) && !NOT_COMPANY.has(first);
}

/** The company part of a sender's display name, or null when it is a person's name. */
export function companyFromDisplayName(name: string, personal: boolean): string | null {
  const via = /^(.+?)\s+(?:via|through|über|par|via the)\s+.+$/i.exec(name);
  if (via) {
    const before = via[1] as string;
    const at = /\b(?:at|from|@|bei|chez|de|en|bij)\s+(.+)$/i.exec(before);
    return at ? (at[1] as string).trim() : personal ? null : before.trim();
  }
  const at = /^[\p{L}' .-]+?\s+(?:at|from|@|bei|chez|bij|\|)\s+(.+)$/iu.exec(name);
  if (at) return (at[1] as string).replace(TEAM_WORDS, ' ').trim() || null;
  const hadTeamWord = new RegExp(TEAM_WORDS.source, 'i').test(name);
  const stripped = name
    .replace(TEAM_WORDS, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[-–|,:]$/, '')
    .trim();
  if (stripped === '') return null;
  if (personal && !hadTeamWord) return null;
  return stripped;
}

/** Whether a display name reads as a person's ("Jane Doe", "Marie-Claire Dupont"). */
export function looksLikePersonName(name: string | null, address: string): boolean {
  if (name === null) return false;
  const words = name.trim().split(/\s+/);
  if (words.length < 2 || words.length > 4) return false;
  if (new RegExp(TEAM_WORDS.source, 'i').test(name)) return false;
  if (!words.every((w) => /^\p{Lu}[\p{L}'’.-]*$/u.test(w))) return false;
  const local = address.slice(0, address.indexOf('@')).toLowerCase();
  const folded = words.map((w) =>
    w
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase(),
  );
  return folded.some((w) => w.length > 1 && local.includes(w.replace(/[^a-z]/g, '').slice(0, 4)));
}

/** Where a company name may appear in a sentence: "at Acme", "joining Acme", "the Acme team". */
const BODY_TRIGGERS: RegExp[] = [
  /\b(?:interest in|applying to|applied to|application to|application with|applying for a (?:role|position|job) (?:at|with)|applying at|career at|careers at|opportunities at|role at|position at|job at|team at|work at|working at|working with us at|join|joining|on behalf of|here at|for a position with|for the position with|from the team at|with us at|behalf of|hiring team at|recruiting team at|talent team at|position with|role with|team of|everyone at)\s+(?:the\s+)?/gi,
  /(?:^|\s)(?:bei|chez|en|bij|presso|na|no|a|à)\s+(?=\p{Lu})/gu,
  /\b(?:Bewerbung bei|candidature chez|candidatura en|candidatura a|candidatura na|sollicitatie bij|candidatura presso|Interesse an|intérêt pour|interés en|interesse in)\s+/giu,
];
/** Sign-offs that name the company: "The Acme Talent Team", "Acme Recruiting". */
const SIGNATURE =
  /^(?:[-–—]+\s*)?(?:the\s+|das\s+|l'équipe\s+|el equipo de\s+|het\s+|a equipe\s+|il team\s+)?(.+?)\s+(?:talent acquisition|recruiting|recruitment|talent|hiring|people|hr|careers|karriere|recrutement|reclutamiento)?\s*(?:team|squad|crew|-team|team\s*\.)?\s*$/i;

function bodyCandidates(lines: readonly string[]): string[] {
  const found: string[] = [];
  for (const line of lines) {
    for (const trigger of BODY_TRIGGERS) {
      trigger.lastIndex = 0;
      let match: RegExpExecArray | null;
      while ((match = trigger.exec(line)) !== null) {
        const name = leadingName(line.slice(match.index + match[0].length), 4);
        if (plausibleCompany(name)) found.push(name);
        if (trigger.lastIndex === match.index) trigger.lastIndex += 1;
      }
    }
    const team =
      /\bthe\s+((?:\p{Lu}[\p{L}\p{N}&'.-]*\s+){1,3})(?:talent |recruiting |hiring |people |recruitment )?team\b/u.exec(
        line,
      );
    if (team && plausibleCompany((team[1] as string).trim()))
      found.push((team[1] as string).trim());
  }
  return found;
}

function signatureCandidates(lines: readonly string[]): string[] {
  const tail = lines.slice(-6);
  const found: string[] = [];
  for (const line of tail) {
    if (
      line.length > 60 ||
      !/\b(?:team|recruiting|talent|careers|hr|rh|karriere|recrutement)\b/i.test(line)
    )
      continue;
    const match = SIGNATURE.exec(line.replace(/[.!]+$/, ''));
    const name = match
      ? leadingName((match[1] as string).replace(/^(?:the|your)\s+/i, ''), 4)
      : null;
    if (plausibleCompany(name)) found.push(name);
  }
  return found;
}

function subjectCandidates(subject: string): string[] {
  const found: string[] = [];
  const clean = subject.replace(/^(?:(?:re|fwd?|aw|wg|tr|rv|enc|doorst|i)\s*:\s*)+/i, '');
  const patterns = [
    /\b(?:at|with|to|from|bei|chez|en|bij|presso|@)\s+(.+?)(?:\s*[-–|:!(]|$)/i,
    /^(.+?)\s*[-–|:]\s/,
    /\|\s*(.+?)$/,
  ];
  for (const pattern of patterns) {
    const match = pattern.exec(clean);
    const name = match ? leadingName(match[1] as string, 4) : null;
    if (plausibleCompany(name)) found.push(name);
  }
  return found;
}

function capitalised(label: string): string {
  return label
    .split('-')
    .map((part) =>
      part.length <= 3 && part === part.toUpperCase()
        ? part
        : part.charAt(0).toUpperCase() + part.slice(1),
    )
    .join(' ');
}

interface Vote {
  name: string;
  weight: number;
  fromDomain: boolean;
}

export interface EmployerEvidence {
  sender: Mailbox | null;
  subject: string;
  lines: readonly string[];
  /** The sender's name reads as a person's, so it is not the employer's. */
  personalSender: boolean;
}

/**
 * The employer a message is from: candidates from the sender's display name, the recruiting
 * system's subdomain, the body ("your interest in Acme"), the signature, the subject and the
 * sender's domain, each weighted by how reliable it is; names that agree add up.
 */
export function findEmployer({
  sender,
  subject,
  lines,
  personalSender,
}: EmployerEvidence): string | null {
  const votes = new Map<string, Vote>();
  const vote = (name: string | null, weight: number, fromDomain = false) => {
    if (!plausibleCompany(name)) return;
    const key = companyKey(name);
    const current = votes.get(key);
    if (current) {
      current.weight += weight;
      // A name as people write it beats one rebuilt from a domain label.
      if (current.fromDomain && !fromDomain) Object.assign(current, { name, fromDomain });
    } else votes.set(key, { name, weight, fromDomain });
  };
  const domain = sender ? domainOf(sender.address) : '';
  const board = domain !== '' && isJobBoardDomain(domain);
  if (sender && !board) {
    if (sender.name)
      vote(companyFromDisplayName(sender.name, personalSender), isAtsDomain(domain) ? 3 : 2);
    const atsLabel = atsEmployerLabel(sender);
    if (atsLabel) vote(capitalised(atsLabel), 1.5, true);
    if (!isAtsDomain(domain) && !isPersonalDomain(domain)) {
      const owner = ownerLabel(domain);
      if (owner) vote(capitalised(owner), 1.5, true);
    }
  }
  for (const name of bodyCandidates(lines)) vote(name, 1);
  for (const name of signatureCandidates(lines)) vote(name, 1.5);
  for (const name of subjectCandidates(subject)) vote(name, 1);
  mergeSpellings(votes);
  const best = [...votes.values()].sort((a, b) => b.weight - a.weight)[0];
  return best && best.weight >= 1 ? best.name : null;
}

/** "acmerobotics" from a domain and "Acme Robotics" from the body are one employer. */
function mergeSpellings(votes: Map<string, Vote>) {
  const keys = [...votes.keys()];
  for (const a of keys) {
    for (const b of keys) {
      const va = votes.get(a);
      const vb = votes.get(b);
      if (a === b || !va || !vb) continue;
      // A longer name that starts with a shorter one's key is the same company ("Acme" / "Acme Labs").
      if (b.startsWith(a) && a.length >= 3 && b.length - a.length <= 12) {
        vb.weight += va.weight;
        if (vb.fromDomain && !va.fromDomain)
          Object.assign(vb, { name: va.name, fromDomain: false });
        votes.delete(a);
      }
    }
  }
}
