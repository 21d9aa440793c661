import { companyKey, ORG_WORDS, sameEmployer } from './company-name';
import { foldText } from './cues';
import { companyFromDisplayName, splitVia } from './display-name';
import { actorCandidates, bodyCandidates, subjectCandidates } from './employer-candidates';
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
