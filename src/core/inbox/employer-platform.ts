import {
  companyKey,
  leadingName,
  ORG_WORDS,
  plausibleCompany,
  sameEmployer,
  withoutLegalSuffix,
} from './company-name';
import { foldText } from './cues';
import {
  companyFromDisplayName,
  looksLikePersonName,
  ownRecruitingMailbox,
  splitVia,
} from './display-name';
import {
  actorCandidates,
  AGENCY,
  bodyCandidates,
  clean,
  isTitle,
  subjectCandidates,
} from './employer-candidates';
import { isDepartment, isGenericWord } from './departments';
import { signatureCandidates } from './employer-signature';
import { hasLegalForm, legalNames } from './legal-forms';
import type { Mailbox } from './mail';
import { atsEmployerLabel, domainOf, isAtsDomain, isJobBoardDomain, ownerLabel } from './senders';

/*
 * Senders that carry other employers' news: job boards, careers services, messaging relays.
 * Their own name, their address and their footer are not the employer.
 */

/** A brand made of a hiring word: a job board or a careers service ("HireIndia", "GovJobs"). */
const PLATFORM_BRAND =
  /(?:jobs?|hire|hiring|careers?|recruit|staffing|vacanc|stellen|emplois?|empleos?|vagas|lavoro|banen|werk(?:en|bij)|jobb|praca)/;

/**
 * Whether the sender is a platform writing about another company: its own name, team words
 * aside, still says it finds jobs or people ("PublicServiceJobs", "CareerLift"); "Acme Careers"
 * is Acme. A recruiting system's own domain names the employer another way.
 */
function hasPlatformBrand(sender: Mailbox, lines: readonly string[], subject: string): boolean {
  const domain = domainOf(sender.address);
  if (!sender.name || domain === '' || isAtsDomain(domain) || atsEmployerLabel(sender))
    return false;
  const brand = companyFromDisplayName(sender.name, sender.address);
  if (brand === null || !PLATFORM_BRAND.test(companyKey(brand))) return false;
  // A public jobs service that hires for itself names no other organisation.
  return namesAnother(lines, subject, sender, [companyKey(brand)]);
}

/** A brand that helps people find work: a careers service, a coach, a CV or interview clinic. */
const CAREER_HELP = /(?:interview|resume|coach|cvs?(?=[a-z]|$)|mentor|akasse)/;

/**
 * Whether the sender is a service for job seekers (a careers service, a coaching or CV
 * business, a job board) writing about its own service: "Booking confirmed: mock interview",
 * "Your CV makeover". Its mail names no employer, however much it speaks of interviews.
 */
export function isCareerService(
  sender: Mailbox,
  lines: readonly string[],
  subject: string,
): boolean {
  const domain = domainOf(sender.address);
  if (!sender.name || domain === '' || isAtsDomain(domain) || atsEmployerLabel(sender))
    return false;
  const brand = companyFromDisplayName(sender.name, sender.address);
  if (brand === null) return false;
  const key = companyKey(brand);
  if (!PLATFORM_BRAND.test(key) && !CAREER_HELP.test(key)) return false;
  return !namesAnother(lines, subject, sender, brandKeys(sender));
}

/** Whether the mail names an organisation other than the sender's own brands. */
function namesAnother(
  lines: readonly string[],
  subject: string,
  sender: Mailbox,
  own: readonly string[],
): boolean {
  return [
    ...subjectCandidates(subject),
    ...bodyCandidates(lines),
    ...signatureCandidates(lines, sender).map(({ name }) => name),
    ...actorCandidates(lines, subject),
    ...lines.flatMap(legalNames),
  ].some(
    (name) =>
      (ORG_WORDS.test(name) || hasLegalForm(name)) &&
      !own.some((key) => sameEmployer(companyKey(name), key)),
  );
}

/** The keys a sender's own brand goes by: its display name's organisation and its domain. */
export function brandKeys(sender: Mailbox): string[] {
  const domain = domainOf(sender.address);
  const { service } = sender.name ? splitVia(sender.name) : { service: null };
  // "PolBank Cyfrowy przez CodeTrial": the brand is the service, the name before it its client.
  const named =
    sender.name && !service ? companyFromDisplayName(sender.name, sender.address) : null;
  return [named, service, isAtsDomain(domain) ? null : ownerLabel(domain)]
    .map((name) => (name ? companyKey(name) : ''))
    .filter((key, i, all) => key.length >= 4 && all.indexOf(key) === i);
}

/**
 * "Aroha Walker via SEEK" from seek.co.nz: the service after "via" owns the address the mail
 * came from, so the address names the service, not the writer's employer.
 */
export function relayedBy(sender: Mailbox): boolean {
  const service = sender.name ? splitVia(sender.name).service : null;
  const domain = domainOf(sender.address);
  // A recruiting system's address names the employer by its subdomain or mailbox.
  if (isAtsDomain(domain)) return false;
  const owner = ownerLabel(domain, false);
  if (!service || !owner) return false;
  const key = companyKey(service);
  return key.length >= 3 && sameEmployer(key, owner.replace(/[^a-z0-9]/g, ''));
}

/** A word without a web ending: "naukri.com" is naukri. */
const bareWord = (word: string) =>
  foldText(word)
    .replace(/(?:\.[a-z]{2,3}){1,2}$/, '')
    .replace(/[^\p{L}\p{N}]+/gu, '');

/** "You applied to a job on Naukri.com", "tu candidatura en InfoJobs": where an application was made. */
const APPLIED_ON =
  /\b(?:applied|apply|application|candidature|candidatura|postulaci[oó]n|postulaste|beworben|bewerbung|sollicitatie|ansökan|søknad|ansøgning|aplikacj[aię])\b(?:\s+\S+){0,4}?\s+(?:on|via|through|sur|auf|über|en|op|på|su|na|em|w|por)\s+(?:the\s+)?(\S+)/gu;

/** Whether the mail says the sender is where the reader applied: then it is a job board. */
function saysJobBoard(sender: Mailbox, lines: readonly string[], subject: string): boolean {
  const brands = brandKeys(sender);
  if (brands.length === 0) return false;
  // "Apply on acme.com" from Acme itself: a job board's mail is about another organisation.
  const says = lines.some((line) => {
    // A lower-case copy for a lower-case pattern: a case-blind Unicode one is slower.
    for (const match of line.toLowerCase().matchAll(APPLIED_ON)) {
      if (brands.includes(bareWord((match[1] as string).replace(/[^\p{L}\p{N}]+$/u, ''))))
        return true;
    }
    return false;
  });
  return says && namesAnother(lines, subject, sender, brands);
}

/**
 * Whether the sender carries another employer's news: a job board by its domain or by what it
 * says of itself, a careers service by its brand, or a relay a person wrote through.
 */
/**
 * A shared recruitment service saying what it is: "Kestrel State Jobs is the whole-of-government
 * recruitment service and issues this notice on behalf of the hiring agency", "a shared
 * recruitment service for local authorities", "het gezamenlijke vacatureplatform van
 * overheidsorganisaties". It carries each employer's news, like a job board.
 */
const SHARED_SERVICE =
  /\b(?:is|are) the (?:recruitment|recruiting|jobs?|careers|hiring) (?:platform|service|portal|site|system) (?:used|shared) by\b|\b(?:whole[- ]of[- ]government|shared|central(?:i[sz]ed)?|common|joint|national|public[- ]sector) (?:recruitment|recruiting|jobs?|vacancy|vacancies|careers|hiring) (?:service|platform|portal|site|system)\b|\bon behalf of the (?:hiring|employing|recruiting) (?:agency|organi[sz]ation|body|department|employer)\b|\bgezamenlijke vacaturesite|\bgezamenlijke vacatureplatform|\bgemensamma rekryteringstjänst/i;

export function isPlatform(
  sender: Mailbox,
  lines: readonly string[],
  subject: string,
  writer: string | null,
): boolean {
  const domain = domainOf(sender.address);
  if (domain === '') return false;
  return (
    isJobBoardDomain(domain) ||
    lines.some((line) => SHARED_SERVICE.test(line)) ||
    (writer !== null && relayedBy(sender)) ||
    hasPlatformBrand(sender, lines, subject) ||
    // A job board's mail is its own, never a person's.
    (writer === null && saysJobBoard(sender, lines, subject))
  );
}

/** The lines that do not name the platform's own brand: its footer is no employer's. */
export function withoutBrandLines(lines: readonly string[], sender: Mailbox): string[] {
  const brands = brandKeys(sender);
  return lines.filter((line) => {
    const folded = foldText(line);
    const words = new Set(folded.split(/[^\p{L}\p{N}.]+/u).map(bareWord));
    const run = folded.replace(/[^\p{L}\p{N}]+/gu, '');
    return !brands.some((key) => words.has(key) || (key.length >= 8 && run.includes(key)));
  });
}

/**
 * What a service does for an employer, then the employer: "background check for Acme",
 * "verification initiated by Acme Ltd", "Entrevista técnica con Acme", "Termin mit Acme".
 * The step comes first, so "Update for Warehouse Operative" or "Interview with Jane" from the
 * employer's own system is read by the rules around it, not here.
 */
const SERVICE_STEP =
  /\b(?:interview|call|meeting|assessment|test|challenge|screening|check|verification|reference|booking|appointment|session|slot|onboarding|offer|signature|document|entrevista|llamada|reuni[oó]n|evaluaci[oó]n|prueba|verificaci[oó]n|cita|entretien|rendez-vous|[ée]valuation|v[ée]rification|gespr[äa]ch|termin|pr[üu]fung|gesprek|afspraak|colloquio|valutazione|verifica|rozmowa|weryfikacja|intervju|samtal|samtale|bakgrundskontroll|avalia[cç][aã]o|verifica[cç][aã]o)(?:s|es|en)?\b/giu;

/** The word after a step that names whom it is for: "for", "by", "con", "für"… */
const SERVED_BY =
  /\s(?:for|with|by|initiated by|requested by|on behalf of|con|para|de parte de|avec|pour|chez|mit|f[üu]r|bei|met|voor|bij|presso|dla|z|med|f[öo]r|hos|com)\s+(?:the\s+)?(?=\S)/giu;

/** "Acme uses X to…", "Acme has asked X to…", "Acme has partnered with X": Acme is X's client. */
const USES_SERVICE =
  /(?:^|[.!?]\s+)((?:\p{Lu}[\p{L}\p{N}&'’.-]*\s+){0,5}\p{Lu}[\p{L}\p{N}&'’.-]*)\s+(?:uses|is using|has asked|asked|has partnered with|partners with|works with|nutzt|utilise|utiliza|usa|gebruikt|anv[aä]nder|bruker|bruger|u[zż]ywa)\s+(\p{Lu}[\p{L}\p{N}]*(?:\s+\p{Lu}[\p{L}\p{N}]*)?)/gu;

/** "Bookwell is used by Fernhill Insurance to schedule interviews": the service, then its client. */
const USED_BY =
  /(\p{Lu}[\p{L}\p{N}]*(?:\s+\p{Lu}[\p{L}\p{N}]*)?)\s+(?:is used by|is provided (?:to you )?by|sends on behalf of|is sending on behalf of|wird (?:von|im auftrag von))\s+((?:\p{Lu}[\p{L}\p{N}&'’.-]*\s+){0,5}\p{Lu}[\p{L}\p{N}&'’.-]*)/gu;

/**
 * An e-signature service's opening: "Grupo Fénix Seguros, S.A. de C.V. te envió un documento",
 * "Acme Ltd has sent you a document to sign".
 */
const SENT_YOU =
  /^(.{2,80}?)\s+(?:has sent you|sent you|te envió|te ha enviado|le envió|vous a envoyé|hat (?:ihnen|dir)|ti ha inviato|enviou|heeft u|heeft je)\s+(?:(?:a|an|un|una|une|ein|einen|uno|um|uma|een)\s+)?(?:\S+\s+)?(?:document|documento|documents|documentos|envelope|sobre|contrat|contract|contrato|vertrag|dokument|offer|oferta|offre|angebot)/iu;

/** A subject that names the organisation before the step: "Confirmed: Fernhill Insurance interview". */
const NAME_BEFORE_STEP =
  /^(?:[\p{L} ]{0,24}:\s*)?((?:\p{Lu}[\p{L}\p{N}&'’.-]*\s+){1,5})(?:[Ii]nterview|[Cc]all|[Aa]ssessment|[Ss]creening|[Mm]eeting|[Ee]ntrevista|[Ee]ntretien|[Gg]espräch|[Cc]olloquio)\b/u;

/** Prepositions that name a person as readily as an organisation: "interview with Jane Okafor". */
const ALONGSIDE = /^\s(?:with|con|avec|mit|met|med|com|z)\s/iu;

/**
 * The organisations a service's mail says it acts for, from the subject and the opening lines,
 * when the sender is a service's mailbox (not a person, not a job board, not a recruiting
 * system whose address names the employer) and the organisation is not the sender's own brand.
 */
export function servedEmployers(
  sender: Mailbox | null,
  subject: string,
  lines: readonly string[],
): string[] {
  if (sender === null || !sender.name) return [];
  const domain = domainOf(sender.address);
  if (domain === '' || isAtsDomain(domain) || isJobBoardDomain(domain)) return [];
  if (looksLikePersonName(sender.name, sender.address)) return [];
  const own = brandKeys(sender);
  const found: string[] = [];
  for (const text of [subject, ...lines.slice(0, 4)]) {
    for (const step of text.matchAll(SERVICE_STEP)) {
      // The organisation follows within a few words of the step.
      const from = (step.index ?? 0) + step[0].length;
      const window = text.slice(from, from + 60);
      for (const served of window.matchAll(SERVED_BY)) {
        const after = text.slice(from + (served.index ?? 0) + served[0].length);
        if (!/^\p{Lu}/u.test(after)) continue;
        const name = clean(leadingName(after, 6));
        if (!plausibleCompany(name) || isTitle(name) || isDepartment(name)) continue;
        const orgLike = ORG_WORDS.test(name) || hasLegalForm(name);
        // One word after an article or a common noun ("by the Board", "per E-Mail") is no name.
        if (
          !orgLike &&
          !/\s/.test(name) &&
          (/the\s+$/i.test(served[0]) || isGenericWord(name.toLowerCase()))
        )
          continue;
        if (!orgLike && ALONGSIDE.test(served[0]) && looksLikePersonName(name, '')) continue;
        if (!own.some((key) => sameEmployer(key, companyKey(name), true))) found.push(name);
      }
    }
  }
  const named = (raw: string | undefined): void => {
    // "Gwen Tallis (Tallis Groundworks Ltd)": a person and their firm, read elsewhere.
    if (raw === undefined || /[()]/.test(raw)) return;
    const bare = withoutLegalSuffix(raw.trim());
    const name = clean(leadingName(bare, 6));
    if (
      plausibleCompany(name) &&
      !isTitle(name) &&
      !isDepartment(name) &&
      // "Maria Santos sent you a document" is a person; "Quetzal, S.A. de C.V." a company.
      (bare !== raw.trim() || ORG_WORDS.test(name) || !looksLikePersonName(name, '')) &&
      !own.some((key) => sameEmployer(key, companyKey(name), true))
    )
      found.push(name);
  };
  // Words before a step are as often its kind ("Technical Screening call"): only a name that
  // reads as an organisation's counts.
  const before = NAME_BEFORE_STEP.exec(subject)?.[1]?.trim();
  if (before && (ORG_WORDS.test(before) || hasLegalForm(before))) named(before);
  for (const line of lines.slice(0, 12)) {
    named(SENT_YOU.exec(line)?.[1]);
    for (const match of line.matchAll(USED_BY)) {
      if (own.some((key) => sameEmployer(key, companyKey(match[1] as string), true)))
        named(match[2]);
    }
  }
  // "Crestline Retail uses Vouchly to collect references": the service's client, by name.
  for (const line of lines.slice(0, 12)) {
    for (const match of line.matchAll(USES_SERVICE)) {
      const service = companyKey(match[2] as string);
      if (!own.some((key) => sameEmployer(key, service, true))) continue;
      const name = clean(leadingName(match[1] as string, 6));
      if (
        plausibleCompany(name) &&
        !isTitle(name) &&
        !own.some((key) => sameEmployer(key, companyKey(name), true))
      )
        found.push(name);
    }
  }
  return found;
}

/** A university's or a city's careers service, a careers fair: no employer's own mailbox. */
const CAREERS_SERVICE_NAME =
  /\bcareers?\s*(?:&|and)?\s*(?:service|centre|center|office|hub|employability|fair|week)\b|\bemployability\b|\bjobs? (?:fair|club|centre|center)\b/i;

/**
 * The employer whose own recruiting mailbox sent the mail ("Trellis Bank Careers" from
 * trellisbank.com), unless the address's owner finds jobs or people for others (a job board
 * such as "ShiftBoard Jobs" at shiftboard-jobs.com, an agency) or is a careers service.
 */
export function ownHiringMailbox(sender: Mailbox): string | null {
  const name = ownRecruitingMailbox(sender);
  if (name === null || CAREERS_SERVICE_NAME.test(sender.name ?? '')) return null;
  const domain = domainOf(sender.address);
  const owner = isAtsDomain(domain) ? '' : (ownerLabel(domain) ?? '');
  // "Azmar Airways Careers" at azmargroup-careers.com: a name with a trade in it is an
  // employer's, whatever its careers domain is called; "ShiftBoard Jobs" is a job board's.
  return (PLATFORM_BRAND.test(owner) && !ORG_WORDS.test(name)) || AGENCY.test(owner) ? null : name;
}
