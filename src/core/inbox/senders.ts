import { parse } from 'tldts';
import type { Mailbox } from './mail';

/**
 * Recruiting systems (ATS) that send on employers' behalf. Mail from these domains is written by
 * a program unless a person signs it, and the employer is in the display name or a subdomain.
 */
export const ATS_DOMAINS = [
  'greenhouse.io',
  'greenhouse-mail.io',
  'lever.co',
  'hire.lever.co',
  'myworkday.com',
  'myworkdayjobs.com',
  'workday.com',
  'smartrecruiters.com',
  'smartrecruitersmail.com',
  'icims.com',
  'ashbyhq.com',
  'ashbyhq-mail.com',
  'jobvite.com',
  'taleo.net',
  'successfactors.com',
  'successfactors.eu',
  'sapsf.com',
  'bamboohr.com',
  'recruitee.com',
  'workable.com',
  'workablemail.com',
  'teamtailor.com',
  'teamtailor-mail.com',
  'personio.de',
  'personio.com',
  'breezy.hr',
  'breezyhr.com',
  'jazzhr.com',
  'applytojob.com',
  'pinpointhq.com',
  'comeet.co',
  'homerun.co',
  'join.com',
  'softgarden.io',
  'softgarden.de',
  'dvinci.de',
  'rexx-systems.com',
  'jobylon.com',
  'welcomekit.co',
  'welcometothejungle.com',
  'recruiterbox.com',
  'hirehive.com',
  'oraclecloud.com',
  'avature.net',
  'phenompeople.com',
  'eightfold.ai',
  'dover.com',
  'rippling.com',
  'gem.com',
  'paradox.ai',
  'hirebridge.com',
  'paylocity.com',
  'ultipro.com',
  'adp.com',
  'jobscore.com',
  'trakstar.com',
  'manatal.com',
  'zohorecruit.com',
  'freshteam.com',
  'bullhorn.com',
] as const;

/** Job boards and networks: their mail is about many employers, never one application. */
export const JOB_BOARD_DOMAINS = [
  'linkedin.com',
  'indeed.com',
  'indeedemail.com',
  'glassdoor.com',
  'monster.com',
  'ziprecruiter.com',
  'stepstone.de',
  'stepstone.com',
  'xing.com',
  'welcometothejungle.co',
  'otta.com',
  'wellfound.com',
  'angel.co',
  'dice.com',
  'seek.com.au',
  'totaljobs.com',
  'reed.co.uk',
  'jobteaser.com',
  'infojobs.net',
  'apec.fr',
  'hellowork.com',
  'nationalevacaturebank.nl',
  'builtin.com',
  'hired.com',
  'simplyhired.com',
  'careerbuilder.com',
  // Boards of other countries, and public-service job portals that carry many employers' news.
  'indeed.co.uk',
  'indeed.ca',
  'indeed.com.au',
  'indeed.co.in',
  'naukri.com',
  'naukrigulf.com',
  'foundit.in',
  'shine.com',
  'timesjobs.com',
  'seek.co.nz',
  'jobstreet.com',
  'jobsdb.com',
  'bayt.com',
  'gulftalent.com',
  'jora.com',
  'adzuna.co.uk',
  'adzuna.com',
  'cv-library.co.uk',
  'jobs.ch',
  'jobup.ch',
  'karriere.at',
  'pracuj.pl',
  'jobindex.dk',
  'computrabajo.com',
  'bumeran.com',
  'catho.com.br',
  'vagas.com.br',
  'infojobs.com.br',
  'kuntarekry.fi',
  'civilservicejobs.service.gov.uk',
  'jobs.nhs.uk',
  'usajobs.gov',
  'apsjobs.gov.au',
] as const;

/**
 * Personal mail providers, by the label that names them in any country (yahoo.com.ar,
 * hotmail.se, wp.pl): a sender's domain there says nothing about an employer.
 */
export const PERSONAL_PROVIDERS = new Set([
  'gmail',
  'googlemail',
  'outlook',
  'hotmail',
  'live',
  'msn',
  'yahoo',
  'ymail',
  'icloud',
  'me',
  'mac',
  'aol',
  'proton',
  'protonmail',
  'pm',
  'tutanota',
  'tuta',
  'posteo',
  'mailbox',
  'fastmail',
  'hey',
  'gmx',
  'web',
  't-online',
  'freenet',
  'arcor',
  'yandex',
  'mail',
  'zoho',
  'orange',
  'wanadoo',
  'free',
  'sfr',
  'laposte',
  'libero',
  'tiscali',
  'virgilio',
  'alice',
  'interia',
  'onet',
  'wp',
  'o2',
  'op',
  'seznam',
  'bluewin',
  'hispeed',
  'telenet',
  'skynet',
  'ziggo',
  'kpnmail',
  'xs4all',
  'planet',
  'home',
  'telia',
  'comhem',
  'bredband',
  'online',
  'bigpond',
  'optusnet',
  'videotron',
  'sympatico',
  'shaw',
  'rogers',
  'btinternet',
  'sky',
  'virginmedia',
  'talktalk',
  'rediffmail',
  'terra',
  'uol',
  'bol',
  'sapo',
  'singnet',
  'eircom',
  'qq',
  'naver',
]);

function onDomain(domain: string, list: readonly string[]): string | undefined {
  return list.find((d) => domain === d || domain.endsWith(`.${d}`));
}

export function domainOf(address: string): string {
  return address.slice(address.lastIndexOf('@') + 1).toLowerCase();
}

/**
 * Recruiting systems by name, as the first label of their own sending domains spells them
 * ("taleo-notify.net", "jobvite-notify.com", "smartr-mail.com"): a domain not on the list above
 * is a recruiting system's when its owner label is a vendor's name with a mail-service ending.
 */
const ATS_VENDOR =
  /^(?:greenhouse|lever|workday|myworkday(?:jobs)?|smartr(?:ecruiters)?|icims|ashby(?:hq)?|jobvite|taleo|successfactors|sapsf|bamboohr|recruitee|workable|teamtailor|personio|breezy(?:hr)?|jazzhr|pinpoint(?:hq)?|comeet|homerun|softgarden|dvinci|rexx|jobylon|avature|phenom(?:people)?|eightfold|paradox|hirebridge|paylocity|ultipro|jobscore|manatal|zohorecruit|freshteam|bullhorn|recruiterbox|hirehive|jobadder|hibob|kenjo|talentsoft|oleeo|tribepad|jobtrain|eploy|cezanne|peoplehr|rexxsystems)(?:[-.]?(?:mail|mailer|notify|notifications?|email|msg|messages|hq|hr|ats|systems|jobs|careers|recruiting))*$/;

/** Whether a company key is a recruiting system's own name ("workday", "greenhouse"). */
export const isAtsVendor = (key: string) => ATS_VENDOR.test(key);

/** The part of a domain that belongs to a recruiting system, or undefined. */
function atsRoot(domain: string): string | undefined {
  const listed = onDomain(domain, ATS_DOMAINS);
  if (listed !== undefined) return listed;
  const { owner, registered } = registration(domain);
  return owner !== null && ATS_VENDOR.test(owner) ? (registered ?? undefined) : undefined;
}

/** Domains already split: a mailbox repeats the same few senders many times. */
const REGISTRATIONS = new Map<string, { owner: string | null; registered: string | null }>();

/**
 * The label a domain was registered under and the registered domain, by the public suffix list
 * (tldts): `acme` and `acme.co.uk` for mail.acme.co.uk, `wattlebay` for wattlebay.nsw.gov.au.
 */
function registration(domain: string): { owner: string | null; registered: string | null } {
  const known = REGISTRATIONS.get(domain);
  if (known !== undefined) return known;
  const parsed = parse(domain, { allowPrivateDomains: false });
  const owner = parsed.domainWithoutSuffix
    ? (parsed.domainWithoutSuffix.split('.').at(-1) ?? null)
    : null;
  const found = { owner: owner || null, registered: parsed.domain };
  if (REGISTRATIONS.size >= 10_000) REGISTRATIONS.clear();
  REGISTRATIONS.set(domain, found);
  return found;
}

export const isAtsDomain = (domain: string) => atsRoot(domain) !== undefined;
export const isJobBoardDomain = (domain: string) =>
  onDomain(domain, JOB_BOARD_DOMAINS) !== undefined;
export const isPersonalDomain = (domain: string) => {
  const owner = ownerLabel(domain, false);
  return owner !== null && PERSONAL_PROVIDERS.has(owner);
};

/** Subdomains that name a service, not the employer (careers.acme.com is Acme). */
const SERVICE_LABELS = new Set([
  'www',
  'mail',
  'email',
  'e',
  'em',
  'mg',
  'mailer',
  'news',
  'info',
  'careers',
  'career',
  'jobs',
  'job',
  'hr',
  'talent',
  'recruiting',
  'recruitment',
  'notifications',
  'notify',
  'noreply',
  'us',
  'eu',
  'uk',
  'apply',
  'hire',
  'team',
  'people',
  'send',
  'bounce',
  'reply',
  'candidates',
  'app',
  'smtp',
  'msg',
  'messages',
  'alerts',
  'karriere',
  'jobs-mail',
  'emails',
  'comms',
]);

/**
 * The label of a domain that names its owner: `acme` in mail.acme.co.uk (null when it is a
 * service word such as `mail`, unless `skipServices` is off).
 */
export function ownerLabel(domain: string, skipServices = true): string | null {
  const { owner } = registration(domain);
  return owner && !(skipServices && SERVICE_LABELS.has(owner)) ? owner : null;
}

/** For ATS mail from acme.workable.com or acme@applytojob.com: the employer's label. */
export function atsEmployerLabel(mailbox: Mailbox): string | null {
  const domain = domainOf(mailbox.address);
  const ats = atsRoot(domain);
  if (ats === undefined) return null;
  const sub = domain.slice(0, Math.max(0, domain.length - ats.length - 1)).split('.');
  const label = sub.find(
    (l) => l !== '' && !SERVICE_LABELS.has(l) && !/^(?:wd\d+|[a-z]{2}\d*)$/.test(l),
  );
  if (label) return label;
  const local = mailbox.address.slice(0, mailbox.address.indexOf('@')).toLowerCase();
  if (
    !NO_REPLY_LOCAL.test(local) &&
    !SERVICE_LABELS.has(local) &&
    /^[a-z][a-z0-9-]{2,}$/.test(local)
  )
    return local.split('+')[0] ?? null;
  return null;
}

/** Local parts that no person reads. */
export const NO_REPLY_LOCAL =
  /^(?:[a-z0-9]{1,12}[-_.])?(?:no[-_.]?reply|do[-_.]?not[-_.]?reply|donotreply|noreply|n[aã]o[-_.]?respon[dm]a|ne[-_.]?pas[-_.]?repondre|no[-_.]?responder|(?:bitte[-_.]?)?nicht[-_.]?antworten|niet[-_.]?beantwoorden|non[-_.]?rispondere|nie[-_.]?odpowiadaj|ikke[-_.]?svar|svara[-_.]?inte|ala[-_.]?vastaa|notifications?|notify|mailer(?:-daemon)?|automated?|system|bounces?|alerts?|jobs?-?alerts?|info|news(?:letter)?|updates|careers?|jobs|recruiting|recruitment|talent(?:-?acquisition)?|hr|hiring|candidates?|applications?|apply|karriere|bewerbung(?:en)?|recrutement|empleo|vacatures|no_reply|postmaster|hello|team|people|talento|werving|recrutamento|selezione|selection|seleccion|rh|survey|events?|community|careers?-?team)(?:[-_.+][a-z0-9]*)?$/i;
