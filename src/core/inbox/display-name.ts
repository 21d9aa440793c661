import { AGENCY, ORG_WORDS, plausibleCompany } from './company-name';
import { foldText } from './cues';
import { cjkCompanyNames, hasLegalForm } from './legal-forms';
import { atsEmployerLabel, domainOf, NO_REPLY_LOCAL, ownerLabel } from './senders';
import type { Mailbox } from './mail';

/**
 * Words for the team or office that wrote, around an employer's name in a display name or a
 * signature ("Acme Talent Acquisition", "DRH Ville de Lyon", "Dział Kadr – Uniwersytet X").
 */
const TEAM_PHRASE = [
  'talent acquisition',
  'talent team',
  'talent partners?',
  'hiring team',
  'people team',
  'people ops',
  'people & culture',
  'human resources',
  'candidate experience',
  'university recruiting',
  'campus recruiting',
  'early careers',
  'graduate programmes?',
  'graduate programs?',
  'trainee programmes?',
  'graduate careers',
  'recruiting team',
  'recruitment team',
  'recruitment cell',
  'recursos humanos',
  'risorse umane',
  'ressources humaines',
  'personal(?:abteilung|management|wesen|service|marketing)?',
  'bewerbungsportal',
  'bewerbermanagement',
  'karriere',
  'recrutement',
  'carri[eè]res?',
  'emplois?',
  'empleo',
  'carreras?',
  'reclutamiento',
  'selecci[oó]n',
  'selezione',
  'werving(?: (?:en|&) selectie)?',
  'selectiedienst',
  'selecties?',
  'recrutamento',
  'carreiras?',
  'trabalhe conosco',
  'dzia[lł] (?:kadr|hr|personalny|rekrutacji)',
  'ufficio (?:selezione|personale|del personale|risorse umane)',
  'b[uú]squedas laborales',
  'vagas',
  'time de gente',
  'equipo de personas',
  'desk',
  'kadry',
  'rekrutacja',
  'rekrytering',
  'rekruttering',
  'personalavdelningen',
  'hr[- ]?(?:team|abteilung|afdeling|avdeling)?',
  'drh',
  'rrhh',
  'rh',
  'p&o',
  'recruiting',
  'recruitment',
  'recruiters?',
  'talents?',
  'talento',
  'careers?',
  'jobs',
  'hiring',
  'people',
  'team',
  'notifications?',
  'no-?reply',
  'do not reply',
  'applications?',
  'job ?portal',
  'portal',
  'secr[ée]tariat',
  'servicio de personal',
  'servizio personale',
  'service du personnel',
  'divis[aã]o de recursos humanos',
  'dienst personeel(?: (?:en|&) organisatie)?',
  'referat kadr',
  'dezernat personal',
  'abteilung personal',
  'office of the registrar',
  'sede electr[oó]nica',
  'interview(?:s| scheduling| team)?',
  'scheduling',
  'resourcing',
  'onboarding',
  'feedback',
  'kalender',
  'calendar',
  // Japanese, Chinese and Korean offices: 採用担当 (recruiting), 人事部 (personnel), 招聘 (hiring).
  '採用(?:担当|事務局|チーム|係|窓口|センター)?',
  '人事(?:部|課|室|グループ)?',
  '新卒採用',
  '中途採用',
  '人力资源部?',
  '人力資源部?',
  '招聘(?:团队|團隊|组|組|中心)?',
  '인사팀',
  '채용(?:팀|담당)?',
  // Recruiting and personnel offices in Hebrew, Arabic, Russian, Greek, Thai and Hindi.
  'גיוס',
  'משאבי אנוש',
  'للتوظيف',
  'التوظيف',
  'الموارد البشرية',
  'отдел кадров',
  'отдел персонала',
  'подбор персонала',
  'рекрутинг',
  'відділ кадрів',
  'τμήμα προσωπικού',
  'γραφείο προσωπικού',
  'ανθρώπινο δυναμικό',
  'ฝ่ายบุคคล',
  'ฝ่ายทรัพยากรบุคคล',
  // Vietnamese, Indonesian and Malay, Swahili, Turkish, Czech and Finnish personnel offices.
  'phòng nhân sự',
  'phòng tuyển dụng',
  'bộ phận tuyển dụng',
  'tuyển dụng',
  // Irish: human resources.
  'acmhainní daonna',
  'tim rekrutmen',
  'tim hr',
  'bahagian sumber manusia',
  'rasilimali watu',
  'insan kaynakları',
  'personální oddělení',
  'henkilöstöhallinto',
  'rekrytointi',
  'भर्ती',
  'मानव संसाधन',
].join('|');
const TEAM_WORDS = new RegExp(`(?:^|\\s)(?:${TEAM_PHRASE})(?=$|[\\s,.:;|–—-])`, 'giu');
const ONLY_TEAM = new RegExp(
  `^(?:(?:the|das|die|le|la|el|il|de|het|o|a|ihr|votre|your)\\s+)?(?:(?:${TEAM_PHRASE})(?:\\s+|$))+$`,
  'iu',
);

const HAS_TEAM_WORD = new RegExp(TEAM_WORDS.source, 'iu');
const CJK_TEAM_SUFFIX =
  /(?<=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]{2})(?:採用(?:担当|事務局|チーム|係|窓口|センター)?|人事(?:部|課|室|グループ)?|人力资源部?|人力資源部?|招聘(?:团队|團隊|组|組|中心)?|인사팀|채용(?:팀|담당)?)$/u;

/** Whether a piece of a display name or signature only names a team or office. */
export const isTeamOnly = (text: string) => ONLY_TEAM.test(text.trim().replace(/[.,:;]+$/, ''));

const LEADING_TEAM = new RegExp(`^[\\s,.:;|–—-]*(?:${TEAM_PHRASE})(?=$|[\\s,.:;|–—-])`, 'iu');
const TRAILING_TEAM = new RegExp(`(?:^|\\s)(?:${TEAM_PHRASE})[\\s,.:;|–—-]*$`, 'iu');

/**
 * Removes team words from the edges of a name: "Acme Recruiting" is "Acme", "HR Acme" is
 * Acme; a team word inside a name is the name's ("Public Jobs Service").
 */
export function withoutTeamWords(text: string): string {
  // "星河科技招聘", "みどり製作所採用担当": CJK writes the office onto the name.
  let value = text.replace(CJK_TEAM_SUFFIX, '');
  for (let previous = ''; previous !== value;) {
    previous = value;
    value = value.replace(LEADING_TEAM, ' ').replace(TRAILING_TEAM, ' ').trim();
  }
  return tidyName(value);
}

const tidyName = (text: string) =>
  text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^(?:[-–—|,:]\s*)+|(?:\s*[-–—|,:])+$/g, '')
    .replace(/\s+(?:of|der|des|de|di|du|do|da|at|for)$/i, '')
    .trim();

/** A Japanese, Chinese or Korean person's name as mail writes it: family and given name, spaced. */
const CJK_PERSON =
  /^(?:\p{Script=Han}{1,3}\s+[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]{1,4}|\p{Script=Hangul}{1,2}\s+\p{Script=Hangul}{1,3})$/u;
/** "李明", "김민수": a Chinese or Korean name unspaced, as short as few company names are. */
const CJK_SHORT_NAME = /^(?:\p{Script=Han}{2,3}|\p{Script=Hangul}{2,4})$/u;
/** A mailbox named after a person: "m.sato", "kim_minsu", "li-ming". */
const PERSONAL_LOCAL = /^[a-z]+[._-][a-z]+$/i;
const TITLES = /^(?:(?:dr|prof|mag|ing|dipl|mr|mrs|ms|mx|sr|sra|herr|frau|mme|m)\.?\s+)+/i;
const NAME_WORD = /^\p{Lu}[\p{L}'’.-]*$/u;
const PARTICLES = new Set([
  'van',
  'von',
  'de',
  'der',
  'den',
  'da',
  'di',
  'del',
  'le',
  'la',
  'al',
  'bin',
  'ter',
  'ten',
  'dos',
  'das',
  'du',
  'af',
  'zu',
  'ibn',
  'bint',
]);

/**
 * Whether a display name reads as a person's ("Jane Doe", "Lindner, Petra", "Dr. Ana van der
 * Berg"): two to four name words, no organisation or team word, and either the address holds
 * part of the name or the mailbox is not a system's (`anyMailbox` lets a system's do).
 */
export function looksLikePersonName(
  name: string | null,
  address: string,
  anyMailbox = false,
): boolean {
  if (name === null) return false;
  // The same names are asked about many times in one message and across a mailbox.
  const key = `${anyMailbox ? 1 : 0}\u0000${address}\u0000${name}`;
  const known = PEOPLE.get(key);
  if (known !== undefined) return known;
  const answer = readsAsPerson(name, address, anyMailbox);
  if (PEOPLE.size >= 10_000) PEOPLE.clear();
  PEOPLE.set(key, answer);
  return answer;
}

/** Answers already given by {@link looksLikePersonName}. */
const PEOPLE = new Map<string, boolean>();

function readsAsPerson(name: string, address: string, anyMailbox: boolean): boolean {
  const bare = name
    .replace(TITLES, '')
    .replace(/\s*[(（][^)）]*[)）]\s*/gu, ' ')
    .trim();
  const team = HAS_TEAM_WORD.test(` ${bare} `);
  // "佐藤 美咲" is a person; "人事部 採用担当" (personnel, recruiting) is an office. The shape
  // alone does not tell "東洋 精機" (a company) from a name: a personal mailbox or the body's
  // signature (`anyMailbox`, as the writer is read) must say so too.
  if ((CJK_PERSON.test(bare) || CJK_SHORT_NAME.test(bare)) && !team) {
    const local = address.split('@')[0] ?? '';
    return anyMailbox || (PERSONAL_LOCAL.test(local) && !NO_REPLY_LOCAL.test(local));
  }
  if (team || hasLegalForm(bare) || ORG_WORDS.test(bare)) return false;
  const comma = /^([^,]+),\s*([^,]+)$/.exec(bare);
  const words = (comma ? `${comma[2]} ${comma[1]}` : bare)
    .split(/\s+/)
    .filter((w) => !PARTICLES.has(w.toLowerCase()));
  if (words.length < 2 || words.length > 4 || !words.every((w) => NAME_WORD.test(w))) return false;
  const local = foldText(address.slice(0, Math.max(0, address.indexOf('@'))));
  const folded = words.map((w) => foldText(w).replace(/[^a-z]/g, ''));
  if (namesTheDomain(folded, address)) return false;
  if (folded.some((w) => w.length > 1 && local.includes(w.slice(0, 4)))) return true;
  // A person's name over a shared mailbox (office@, biuro@) is still a person's; a program's is not.
  return anyMailbox || local === '' || !NO_REPLY_LOCAL.test(local);
}

/**
 * Whether a name spells the organisation its address is registered to: "Fjordlys Arkitekter"
 * at fjordlys.dk, "Hanbit Semiconductor" at hanbitsemi.co.kr. A person's name is rarely the
 * domain their employer mails from.
 */
function namesTheDomain(words: readonly string[], address: string): boolean {
  if (address.indexOf('@') < 0) return false;
  const first = words[0] ?? '';
  if (first.length < 4) return false;
  // On a recruiting system's domain the employer is the mailbox or subdomain (acme@teamtailor).
  const labels = [ownerLabel(domainOf(address)), atsEmployerLabel({ name: null, address })];
  const whole = words.join('');
  return labels.some((label) => {
    const key = label?.replace(/[^a-z0-9]/g, '') ?? '';
    return key.length >= 4 && (key.startsWith(first) || whole.includes(key));
  });
}

/** Senders written "Acme via Greenhouse": the part before names the employer. */
const VIA =
  /\s+(?:via|vía|through|über|par l'interm[ée]diaire de|tramite|przez|genom|gennem|gjennom)\s+/iu;
const AT = /^(.+?)\s+(?:at|from|@|bei|chez|bij|hos|presso|dari|kutoka)\s+(.+)$/iu;
const ON_BEHALF =
  /\s+(?:on behalf of|im auftrag von|au nom de|en nombre de|em nome de|namens|per conto di)\s+(?=\S)/iu;

/** How much a piece of a display name reads as an employer's name. */
function orgScore(part: string, address: string): number {
  if (isTeamOnly(part)) return -Infinity;
  const stripped = withoutTeamWords(part);
  if (stripped === '' || !plausibleCompany(stripped, true)) return -Infinity;
  if (ORG_WORDS.test(stripped) || hasLegalForm(stripped)) return 2;
  return looksLikePersonName(part, address) ? -1 : 1;
}

/**
 * The employer part of a sender's display name, or null when it names a person or only a team:
 * "Acme Recruiting" → Acme, "Jane at Acme" → Acme, "Lisa Brandt (Quartz Payments)" → Quartz
 * Payments, "Dział Kadr – Uniwersytet X" → Uniwersytet X, "Acme via Workable" → Acme, "VerityCheck
 * on behalf of Acme" → Acme, "東和物産株式会社 人事部 田中" → 東和物産.
 */
export function companyFromDisplayName(name: string, address: string): string | null {
  const { before: sent } = splitVia(name);
  // "VerityCheck on behalf of Pinecrest Bank": a service sending for the employer.
  const before = sent.split(ON_BEHALF).at(-1) ?? sent;
  // "東和物産株式会社 人事部 田中": the piece with the legal form, not the department or the person.
  const cjk = cjkCompanyNames(before)[0];
  if (cjk !== undefined) return cjk;
  const at = AT.exec(before);
  if (at && !ORG_WORDS.test(at[1] as string)) {
    const employer = withoutTeamWords(at[2] as string);
    if (plausibleCompany(employer)) return employer;
  }
  const parts = before
    .split(/\s*[()（）]\s*|\s+[-–—|:]\s+|\s*\|\s*/u)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  const scored = parts
    .map((part) => ({ part, score: orgScore(part, address) }))
    .filter((p) => p.score > 0);
  // "Casa Aurora Cosméticos | Vagalume Talentos": an agency sending for a client names both,
  // and the client is the employer, however much more the agency's name looks like a company.
  const clients = scored.filter((p) => !AGENCY.test(foldText(p.part)));
  const pool = clients.length > 0 && clients.length < scored.length ? clients : scored;
  let best: { part: string; score: number } | null = null;
  for (const candidate of pool) {
    if (best === null || candidate.score > best.score) best = candidate;
  }
  return best ? withoutTeamWords(best.part) : null;
}

/** A display name as the writer and the service that carried the mail: "Aroha Walker via SEEK". */
export function splitVia(name: string): { before: string; service: string | null } {
  const clean = name.replace(/^["'\s]+|["'\s]+$/g, '');
  const via = VIA.exec(clean);
  return via
    ? { before: clean.slice(0, via.index), service: clean.slice(via.index + via[0].length) }
    : { before: clean, service: null };
}

/**
 * The organisation whose own recruiting mailbox sent the mail: a display name that is the
 * organisation with a team word ("Trellis Bank Careers", "Jobs at Copperbeam", "Greywell Bank
 * Early Careers") over an address of the same organisation (its domain, or its name on a
 * recruiting system). Such a sender writes about its own hiring, whatever the mail is about.
 */
export function ownRecruitingMailbox(sender: Mailbox): string | null {
  if (!sender.name) return null;
  const { before, service } = splitVia(sender.name);
  if (service !== null || !HAS_TEAM_WORD.test(` ${before} `)) return null;
  const name = companyFromDisplayName(before, sender.address);
  if (name === null || isTeamOnly(name)) return null;
  const words = name.split(/\s+/).map((w) => foldText(w).replace(/[^a-z]/g, ''));
  return namesTheDomain(words, sender.address) ? name : null;
}
