import { leadingName, ORG_WORDS, plausibleCompany, withoutLegalSuffix } from './company-name';
import { isTeamOnly, looksLikePersonName, withoutTeamWords } from './display-name';
import { isDepartment } from './departments';
import { endsLikeJobTitle, looksLikeJobTitle } from './job-titles';
import { hasLegalForm, isLegalForm } from './legal-forms';

/*
 * Where a message names its employer, one finder per kind of place: the body's phrases, an
 * agency's client, a recruiter's report, the signature, the subject and a parent company.
 * Each returns names only; `employer.ts` weighs them against the sender.
 */

/** Where a company name may follow in a sentence: "at Acme", "joining Acme", "the Acme team". */
const BODY_TRIGGERS: RegExp[] = [
  /\b(?:interest in|applying to|applied to|application to|application with|application at|applying at|career at|careers at|opportunities at|role at|position at|job at|team at|work at|working at|join|joining|here at|for a position with|for the position with|from the team at|with us at|hiring team at|recruiting team at|talent team at|position with|role with|opening with|opportunity with|opportunity at|team of|everyone at|greetings from|welcome to|interview with|interviewing with|offer from|news from|feedback from|back from|heard back from|(?:a |new )?(?:message|update|reply|note) from|(?:were|was|been|is|are) sent to|submitted to|i own|we own|i run|we run|owner of|founder of|co-founder of)\s+(?:the\s+)?/gi,
  // "the position of Manager (Policy) with Urban Greenery Agency", "the APS 6 role (Job ID 7) at X".
  /\b(?:position|role|post|vacancy|opening|job)\b(?: (?:of|as) [^.,;:]{1,60}?| \([^)]{1,40}\))? (?:with|at) (?:the\s+)?(?=\p{Lu})/gu,
  /(?:^|\s)(?:bei|chez|bij|presso|hos|auprès de|au sein de|de la part de)\s+(?:der\s+|die\s+|dem\s+|den\s+|la\s+|l'|het\s+|de\s+)?(?=\p{Lu})/gu,
  /\b(?:Bewerbung bei|Interesse an|intérêt pour|candidature chez|candidatura en|candidatura a|candidatura na|candidatura presso|interés en|interesse in|interesse na|interesse per|sollicitatie bij|zainteresowanie|ansökan till|ansøgning hos|søknad til|ansøgning til|Gespräch mit|entretien avec|entrevista con|gesprek met|colloquio con|entrevista com|rozmowa w|intervju med|samtale med)\s+(?:der\s+|die\s+|dem\s+|la\s+|l'|el\s+|de\s+|het\s+|a\s+|o\s+)?/giu,
];

/** Phrases that name an agency's client: the employer when a recruiter writes. */
const CLIENT =
  /\b(?:(?:my|our|a) client,?\s+|(?:(?:recruit\w*|hiring|writing|contacting you|write|sent)\s+)?on behalf of\s+(?:the\s+)?|im Auftrag (?:von|der|des)\s+|pour le compte de\s+|en nombre de\s+|por cuenta de\s+|por conta d[aoe]\s+|per conto d[ie]l?\s+|namens\s+|w imieniu\s+|p[aå] vegne af\s+|p[aå] v[aä]gnar av\s+|p[aå] uppdrag av\s+|p[aå] oppdrag (?:fra|av)\s+|p[aå] vegne av\s+|unser(?:em|en|er)? (?:Kunden?|Mandanten?|Auftraggeber),?\s*(?:der|die|das)?\s*|(?:notre|mon) client(?:e)?,?\s+|(?:nuestro|mi) cliente,?\s+|(?:onze|mijn) (?:klant|opdrachtgever),?\s+|(?:nosso|meu) cliente,?\s+|(?:nostro|mio) cliente,?\s+|(?:naszego|nasz|naszym) (?:klienta|klient|klientem)\s*[-–,:]?\s*|(?:vår|min) (?:kund|klient|kunde|oppdragsgiver),?\s+|vores kunde,?\s+)/giu;

export { AGENCY } from './company-name';

/**
 * A writer's title that says they find people for others: "Rekryteringskonsult", "Intercedent",
 * "Personalberater", "chasseur de têtes", "コンサルタント". "Recruitment Consultant" is not
 * among them: in-house recruiters carry it too.
 */
export const AGENCY_TITLE =
  /\b(?:intercedent|headhunter|personalberater(?:in)?|rekryteringskonsult|rekrutteringskonsulent|bemanningskonsult|chasseur de t[eê]tes|cazatalentos|cacciatore di teste)\b|コンサルタント|キャリアアドバイザー|ヘッドハンター|人材紹介|猎头|招聘顾问|헤드헌터/iu;

/** A title in a signature line, beside the employer's name: "Senior Recruiter | Acme". */
const JOB_TITLE =
  /\b(?:recruiter|manager|partner|consultant|specialist|director|head|lead|officer|advis[eo]r|coordinator|assistant|associate|executive|generalist|sourcer|acquisition|ceo|cto|coo|founder|owner|chef|leiter(?:in)?|referent(?:in)?|sachbearbeiter(?:in)?|responsable|charg[ée]e?|directeur|directrice|director[a]?|jefe|jefa|gerente|konsult|rekruter|specjalist(?:ka)?|doradca|rekryterare|r[aå]dgiver|intercedent|consulent[e]?|konsulent|headhunter|teamleiter|business partner|hr|rh|talent|recruiting|recruitment|dienst|afdeling|abteilung|diretor[a]?|coordenador[a]?|coordinador[a]?|supervisor[a]?|encargad[oa]|encarregad[oa]|direttore|direttrice|responsabile|afisa|meneja|manajer|kepala|staf|chuy[eê]n vi[eê]n|nh[aâ]n vi[eê]n|tr[uư][oở]ng ph[oò]ng|uzman[ıi]?|m[uü]d[uü]r[uü]?|sorumlusu|vedouc[ií]|p[aä][aä]llikk[oö]|asiantuntija)\b/i;

/** A job title, not an employer: "Senior Recruiter", "Enterprise AE", "Clinical Nurse". */
export const isTitle = (text: string) =>
  endsLikeJobTitle(text) ||
  ((JOB_TITLE.test(text) || looksLikeJobTitle(text)) && !ORG_WORDS.test(text));

export function clean(name: string | null): string | null {
  if (name === null) return null;
  const stripped = withoutTeamWords(
    name.replace(/^(?:the|die|der|das|la|le|el|il|het|o|a)\s+/i, ''),
  );
  return stripped === '' || isTeamOnly(stripped) ? null : stripped;
}

/**
 * "… Manager at Greenmoor Wildlife Trust": any capitalised name after "at", weakly. German
 * "von" and "für" are weak too: German capitalises every noun ("für die Stelle", "von Montag").
 */
const AT_NAME =
  /\s(?:at|with|for)\s+(?=\p{Lu})|(?:^|\s)(?:von|für)\s+(?:der\s+|die\s+|dem\s+|den\s+)?(?=\p{Lu})/gu;

export function weakCandidates(lines: readonly string[]): string[] {
  const found: string[] = [];
  for (const line of lines) {
    for (const match of line.matchAll(AT_NAME)) {
      const rest = line.slice((match.index ?? 0) + match[0].length);
      const name = clean(beforeRole(leadingName(rest, 6), rest));
      if (plausibleCompany(name) && !looksLikePersonName(name, '') && !namesSite(name, rest))
        found.push(name);
    }
  }
  return found;
}

/**
 * A name that ran on into the role: "Kestrel Cold Chain for the Transport Planner role" is
 * Kestrel Cold Chain. `text` is the line from the name on.
 */
function beforeRole(name: string | null, text: string): string | null {
  if (name === null) return null;
  const joint = /\s+for\s+(?:the\s+|an?\s+)?/.exec(name);
  if (!joint) return name;
  const role = leadingName(text.slice(joint.index + joint[0].length), 6);
  return role !== null && looksLikeJobTitle(role) ? name.slice(0, joint.index) : name;
}

/** A word for one of an employer's places: "the Cardiff branch", "our Pune campus". */
const SITE =
  /^[\s'’s]*(?:branch|office|site|depot|campus|plant|warehouse|location|hub|facility)(?:es|s)?\b/i;

/** Whether `name`, where `text` writes it, names one of the employer's places, not the employer. */
function namesSite(name: string, text: string): boolean {
  const at = text.indexOf(name);
  return at >= 0 && SITE.test(text.slice(at + name.length));
}

export function bodyCandidates(lines: readonly string[]): string[] {
  const found: string[] = [];
  for (const line of lines) {
    for (const trigger of BODY_TRIGGERS) {
      trigger.lastIndex = 0;
      for (const match of line.matchAll(trigger)) {
        const rest = line.slice((match.index ?? 0) + match[0].length);
        const name = clean(beforeRole(leadingName(rest, 6), rest));
        if (plausibleCompany(name) && !namesSite(name, rest)) found.push(name);
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

/**
 * A recruiter passing on an employer's answer, in the recruiter's own words: "feedback from
 * Acme", "återkoppling från Acme", "fått besked från Acme", "Rückmeldung von Acme".
 */
const REPORTED =
  /(?<![\p{L}\p{N}])(?:feedback|word|news|answer|response|devoluci[oó]n|respuesta|noticias|retour|nouvelles|r[uü]ckmeldung|bescheid|antwort|terugkoppeling|[aå]terkoppling|besked|beskjed|tilbagemelding|tilbakemelding|svar|riscontro|retorno|resposta|informacj[aei] zwrotn[aeą]|odpowied[zź])\s+(?:back\s+)?(?:from|de|de la|del|från|fra|van|von|vom|od|da|dal|dalla|do)\s+|\bheard (?:back )?from\s+/gu;
/**
 * Having spoken with or chased the employer: "come off the phone with Acme", "I chased Acme
 * again", "contact gehad met Acme".
 */
const SPOKE_WITH =
  /(?:^|\s)(?:(?:come|got|just) off the phone (?:with|to)|chased(?: up)?|(?:followed|following) up with|checked (?:in )?with|caught up with|(?:spoke|spoken|talked|been in touch) (?:with|to)|contact gehad met|gesproken met|gebeld met|gesprochen mit|telefoniert mit|hablado con|habl[eé] con|parl[eé] avec|[eé]chang[eé] avec|parlato con|falei com|conversei com|pratat med|talat med|snakket med|talt med|rozmawia[lł](?:am|em) z)\s+/gu;
/** Someone at the employer, named by their post: "avec le DAF des Laboratoires X", "with the CFO of X". */
const POST_OF =
  /\b(?:with|avec|mit|con|met|com|med)\s+(?:(?:the|le|la|dem|der|el|het|de|o|a|den)\s+|l['’])(?:[\p{L}-]+\s+){1,3}(?:(?:of|at|from|des|du|de la|de|von|vom|bei|van|di|del|della|da|do|hos|på)\s+|(?:de l|d)['’])/gu;
/** An employer's answer (group 1) or someone's post there (group 2): one reading of a line. */
const HEARD = new RegExp(`(${REPORTED.source})|(${POST_OF.source})`, 'gu');
/** The post in "with the head of engineering at": its first word. */
const postHeld = (phrase: string) =>
  phrase.replace(/^\S+\s+(?:\S+\s+|l['’])/u, '').split(/\s+/)[0] ?? '';

/**
 * How an agency speaks of the employer without naming it: "my client", "le client", "kunden",
 * "de opdrachtgever". A sender who writes so is not the employer.
 */
export const CLIENT_SPEECH =
  /(?<![\p{L}])(?:(?:my|our|the) client|(?:mon|notre|le) client|(?:mi|nuestro|el) cliente|(?:mein|unser|der) (?:Kunde|Mandant|Auftraggeber)|(?:de|onze|mijn) (?:klant|opdrachtgever)|(?:il|nostro|mio) cliente|(?:o|nosso|meu) cliente|(?:nasz|naszego) klient\p{L}*|kunden|klienten|oppdragsgiveren)(?![\p{L}])/iu;

/**
 * An agency's own client, in the first person: "my client", "notre client", "unser Kunde", "min
 * kund". A business may say "the client" of its customers; "my client" is a recruiter's.
 */
export const OWN_CLIENT =
  /(?<![\p{L}])(?:(?:my|our) client|(?:mon|notre) client|(?:mi|nuestro) cliente|(?:mein|unser) (?:Kunde|Mandant|Auftraggeber)|(?:onze|mijn) (?:klant|opdrachtgever)|(?:nostro|mio) cliente|(?:nosso|meu) cliente|(?:nasz|naszego) klient\p{L}*|(?:min|vår|vores) (?:kund|klient|kunde|oppdragsgiver))(?![\p{L}])/iu;

/**
 * Employers a recruiter reports back from, in the recruiter's own words (`reported`; after
 * "spoke with", a single word must be an organisation's: "spoke with Sarah" names a person),
 * and employers named by someone's post there (`posts`: "the CFO of Acme").
 */
export function heardCandidates(lines: readonly string[]): { reported: string[]; posts: string[] } {
  const reported: string[] = [];
  const posts: string[] = [];
  for (const line of lines) {
    // The patterns are written in lower case and read a lower-case copy: a case-blind
    // Unicode pattern is several times slower. A copy of another length is not read.
    const lower = line.toLowerCase();
    if (lower.length !== line.length) continue;
    for (const pattern of [HEARD, SPOKE_WITH]) {
      for (const match of lower.matchAll(pattern)) {
        const name = clean(leadingName(line.slice((match.index ?? 0) + match[0].length), 6));
        if (!plausibleCompany(name)) continue;
        const word = !/\s/.test(name) && !ORG_WORDS.test(name) && !hasLegalForm(name);
        // "with the Department of X" names an organisation, not someone's post there.
        if (match[2] !== undefined) {
          if (!ORG_WORDS.test(postHeld(match[2]))) posts.push(name);
        } else if (pattern === HEARD || !word) reported.push(name);
      }
    }
  }
  return { reported, posts };
}

/**
 * A company doing what an employer does to a candidate, as an agency or a platform tells it:
 * "Northfleet Rail Systems have offered you", "Ledgerline reviewed your resume", "Acme has
 * asked VerifyPoint to…", "Trygga Hem bjuder in dig", "Acme lädt Sie ein".
 */
const ACTOR_VERB =
  /^\s+(?:(?:has|have|had|would|is|are|were|was)\s+)?(?:(?:just|now|also|finally)\s+)?(?:offered|reviewed|decided|chosen|selected|invited|asked|shortlisted|declined|passed|liked|loved|got back|came back|come back|gotten back|sent you|messaged you|replied to you|wrote to you|(?<=(?:has|have|had)\s+(?:(?:just|now|also|finally)\s+)?)(?:confirmed|scheduled|arranged|booked)|want(?:s|ed)? to|would like to|keen to|moving forward|bjuder in|bjöd in|inviterer|lädt|l[aä]dt|hat (?:sich|Ihnen|dich)|haben sich|vous invite|t'invite|a décidé|a retenu|te invita|ha decidido|ha elegido|nodigt|heeft gekozen|heeft besloten|ti invita|ha deciso|har valt|har bestämt|har valgt|zaprasza|convida|decidiu|updated|viewed|ha actualizado|han actualizado|ha visto|a mis à jour|a consulté|hat (?:\S+\s+){0,5}?(?:aktualisiert|angesehen)|heeft (?:\S+\s+){0,4}?(?:bijgewerkt|bekeken)|ha aggiornato|atualizou|har uppdaterat|har oppdatert|har opdateret|zaktualizowa[lł]a?)(?![\p{L}])/iu;
const ACTOR_VERB_ANYWHERE = new RegExp(ACTOR_VERB.source.replace('^\\s+', '\\s'), 'iu');
const PRONOUN =
  /^(?:daddy|dad|mum|mom|mummy|they|he|she|it|we|i|you|who|this|that|everyone|sie|er|es|wir|ils|elles|il|elle|on|nous|ellos|ellas|zij|ze|hij|wij|loro|lui|lei|de|han|hon|vi|oni|ona|my)$/i;

/**
 * Where an actor's name may start: a sentence, a clause ("to tell you that Acme have…"), or a
 * job board's "The recruiter at".
 */
const ACTOR_START =
  /(?:^|[.!?:;,—–]\s+|\s[-–]\s+|\s(?:that|dass|que|dat|att|at|che)\s+)(?=\p{Lu})/gu;
const BOARD_ACTOR =
  /\b(?:the (?:recruiter|employer|hiring manager|hiring team|recruiting team|company) (?:at|of|from)|(?:la|una) empresa|l'entreprise|l'employeur|(?:das|ein) Unternehmen|(?:der|ein) Arbeitgeber|het bedrijf|de werkgever|l'azienda|a empresa|o empregador|företaget|arbetsgivaren|virksomheden|arbeidsgiveren|firma|pracodawca)\s+/giu;

/** What follows a name past its legal form: ". Ltd. has updated" → " has updated". */
function pastLegalForm(text: string): string {
  let rest = text.replace(/^\./, '');
  for (let m = /^\s*(\S+)/.exec(rest); m && isLegalForm(m[1] as string); m = /^\s*(\S+)/.exec(rest))
    rest = rest.slice(m[0].length);
  return /^\s/.test(rest) ? rest : ` ${rest}`;
}

export function actorCandidates(lines: readonly string[], subject: string): string[] {
  const found: string[] = [];
  for (const line of [subject, ...lines]) {
    // Most lines have no such verb: they are not searched for names.
    if (!ACTOR_VERB_ANYWHERE.test(line)) continue;
    const starts = [...line.matchAll(ACTOR_START), ...line.matchAll(BOARD_ACTOR)];
    for (const match of starts) {
      const rest = line.slice((match.index ?? 0) + match[0].length);
      const name = clean(leadingName(rest, 6));
      if (!plausibleCompany(name) || looksLikePersonName(name, '')) continue;
      // "We've", "They'd": a pronoun with its verb.
      if (PRONOUN.test(name.replace(/['’]\p{L}{1,2}$/u, ''))) continue;
      const after = pastLegalForm(
        rest.slice(rest.indexOf(name) + name.length).replace(/^['’]s?/, ''),
      );
      if (ACTOR_VERB.test(after)) found.push(name);
    }
  }
  return found;
}

export function clientCandidates(lines: readonly string[], subject: string): string[] {
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
export function wholeName(part: string): string | null {
  const text = withoutTeamWords(part.replace(/[.!]+$/, '').replace(/\s*\([^)]*\)\s*$/, ''));
  const name = clean(leadingName(text, 7, true));
  if (name === null) return null;
  // "The Tin Kettle" is a whole name; its article is not counted. German nouns all take
  // capitals: "Die Stelle" is no name.
  const words = withoutLegalSuffix(text).replace(/^the\s+/i, '');
  return withoutLegalSuffix(name).split(/\s+/).length >= words.split(/\s+/).length ? name : null;
}

/** A footer's copyright line and what follows the year: "© 2026 Ridgeback Outdoor Holdings Inc.". */
const COPYRIGHT =
  /(?:©|\(c\)|copyright)(?:\s*(?:©|\(c\)))?\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?(\S.*)$/iu;
/** Where one name of a copyright line ends: a separator, or "All rights reserved". */
const COPYRIGHT_PIECES =
  /\s*[·•|]\s*|[.,]?\s+(?=all rights|tous droits|todos los derechos|alle rechte)|(?<=\p{L}{3}\.)\s+(?=\p{Lu})/iu;

/**
 * The organisations a footer's copyright line names ("© 2026 Kestrel Point Holdings Inc. ·
 * Kestrel Point Financial"): the owner of the mail, which for a recruiting system's mail is
 * the employer, and for a job board's or a vendor's is themselves.
 */
export function copyrightCandidates(lines: readonly string[]): string[] {
  return lines.slice(-8).flatMap((line) => {
    const value = COPYRIGHT.exec(line)?.[1];
    if (value === undefined) return [];
    return value
      .split(COPYRIGHT_PIECES)
      .map((piece) => wholeName(piece.replace(/[.,]\s*$/, '')))
      .filter((name): name is string => plausibleCompany(name));
  });
}

const SUBJECT_PREFIX = /^(?:(?:re|fwd?|aw|wg|tr|rv|enc|doorst|i|r|sv|vs|vb|pd)\s*:\s*)+/i;

export function subjectCandidates(subject: string): string[] {
  const found = new Set<string>();
  const text = subject.replace(SUBJECT_PREFIX, '');
  const patterns = [
    /\b(?:at|with|to|from|bei|chez|en|bij|presso|hos|na|w|@)\s+(.+?)(?:\s*[-–|:!(]|$)/i,
    /^(.+?)\s*[-–|:]\s/,
    /\s[-–|]\s*([^-–|]+?)\s*$/,
  ];
  patterns.forEach((pattern, i) => {
    const match = pattern.exec(text);
    // "Pantry & Pine #0412": a store's or a requisition's number is not part of the name.
    let part = match ? (match[1] as string).replace(/\s+#\s?\d+\b/g, '') : '';
    // "Transport Planner, Kestrel Cold Chain (Daventry)": the role, then where it is.
    const roleFirst = /^(.+?),\s+(.+)$/.exec(part);
    if (roleFirst && isTitle((roleFirst[1] as string).replace(/\s*\([^)]*\)/g, '')))
      part = (roleFirst[2] as string).replace(/\s*\([^)]*\)\s*$/, '');
    if (isTitle(part)) return;
    const name = wholeName(part) ?? (i === 0 ? nameBeforeWords(part, match?.[0] ?? '') : null);
    if (plausibleCompany(name)) found.add(name);
  });
  return [...found];
}

/**
 * "New message from Kōwhai Health about your application": a name the subject goes on past in
 * lower case, after "from" or when it names an organisation ("at Halcyon you might like" may
 * be half a name).
 */
function nameBeforeWords(part: string, found: string): string | null {
  const name = clean(leadingName(part, 6));
  if (name === null || isTitle(name) || looksLikePersonName(name, '')) return null;
  if (!/^(?:from|von|van|@)\s/i.test(found) && !ORG_WORDS.test(name) && !hasLegalForm(name))
    return null;
  return /^\s+\p{Ll}/u.test(part.slice(part.indexOf(name) + name.length)) ? name : null;
}

/**
 * Groups a message names as the owner or the operator of the employer ("Voltaris Mobility, a
 * Kestrel Group company", "part of the Corvane Health family", "one of the Northgate Food Group
 * family of banners", "is managed by Cresthaven Hospitality", "– un établissement du Groupe
 * Boréal"): a parent is not the employer that hires.
 */
const PARENT_BEFORE =
  /(?:,\s*one of the\s+|(?:,\s*|\bis\s+)(?:managed|operated|run) by\s+(?:the\s+)?|[–—-]\s*(?:un établissement|une enseigne|une marque|un hôtel|un establecimiento|una marca) d[ue]l?\s+|(?:,\s*|\(\s*|\bis\s+)(?:(?:a|an)\s+|(?:part|a member|a subsidiary|a division|a brand) of\s+(?:the\s+)?(?:wider\s+)?|owned by\s+|(?:teil|ein unternehmen) der\s+|(?:membre|filiale) d[eu]\s+|(?:fait partie|une filiale) d[eu]\s+(?:groupe\s+)?|(?:parte|filial) d[eoa]l?\s+(?:grupo\s+)?|onderdeel van\s+|del grupo\s+|do grupo\s+))(?=\p{Lu})/gu;

/** The capitalised run a piece of text ends with: "Thanks for applying to Pantry & Pine". */
const TRAILING_NAME =
  /(?:[\p{Lu}\p{N}][\p{L}\p{N}&'’.-]*)(?:\s+(?:[\p{Lu}\p{N}][\p{L}\p{N}&'’.-]*|&|and|of|de|du|des|la|le|les|del|y|e|et|und))*\s*$/u;

/**
 * The brand a message names beside its owner or operator ("Pantry & Pine, one of the Northgate
 * Food Group family", "Hôtel Le Cormoran – un établissement du Groupe Boréal"): the mail says
 * outright which is the employer, however much the owner's name fills the rest.
 */
export function childCandidates(lines: readonly string[]): string[] {
  const found: string[] = [];
  for (const line of lines) {
    for (const match of line.matchAll(PARENT_BEFORE)) {
      const before = line.slice(0, match.index ?? 0);
      const run = TRAILING_NAME.exec(before)?.[0].trim();
      const name = run === undefined ? null : wholeName(run);
      if (plausibleCompany(name)) found.push(name);
    }
  }
  return found;
}

export function parentCandidates(lines: readonly string[]): string[] {
  const found: string[] = [];
  for (const line of lines) {
    for (const match of line.matchAll(PARENT_BEFORE)) {
      const rest = line.slice((match.index ?? 0) + match[0].length);
      const name = clean(leadingName(rest, 6));
      if (plausibleCompany(name)) found.push(name.replace(/\s+(?:company|family|group)$/i, ''));
    }
  }
  return found;
}

/** A labelled field, as recruiting systems lay out their mail: "Employer: Acme Health Trust". */
const FIELD =
  /^\s*(?:employer|company|organi[sz]ation|hiring (?:company|organi[sz]ation|agency|body)|employing (?:body|organi[sz]ation|authority|agency|entity)|client(?: organi[sz]ation)?|local authority|agency|arbeitgeber|unternehmen|employeur|entreprise|empresa|organismo|werkgever|organisatie|azienda|ente|pracodawca|arbetsgivare|arbejdsgiver|arbeidsgiver)\s*:\s*(\S.{1,80})$/i;

export function fieldCandidates(lines: readonly string[]): string[] {
  const found: string[] = [];
  for (const line of lines.slice(0, 30)) {
    const value = FIELD.exec(line)?.[1];
    const name = value === undefined ? null : (wholeName(value) ?? clean(leadingName(value, 7)));
    if (plausibleCompany(name)) found.push(name);
    const posted = postingEmployer(line);
    if (posted !== null) found.push(posted);
  }
  return found;
}

/**
 * A posting's header as recruiting systems lay it out, "Software Validation Analyst | Kestrel
 * State Pathology | Temporary full time": the title, then the employer.
 */
function postingEmployer(line: string): string | null {
  const parts = line.split(/\s+[|·•]\s+/);
  if (parts.length < 3 || !looksLikeJobTitle(parts[0] as string)) return null;
  const part = parts[1] as string;
  if (isTitle(part) || looksLikeJobTitle(part)) return null;
  const name = wholeName(part);
  // "| Finance |", "| London |": a department or a town, not the employer.
  if (!plausibleCompany(name) || isDepartment(name)) return null;
  return /\s/.test(name.trim()) || ORG_WORDS.test(name) ? name : null;
}

/**
 * The employer's equal-opportunity statement, most often in the footer: "Acme Health is an
 * equal opportunity employer", "Acme is proud to be an EEO/AA employer", "Acme est un employeur
 * qui…", "Acme ist ein Arbeitgeber, der…". Only an employer says it of itself.
 */
const EQUAL_OPPORTUNITY =
  /^(.{2,80}?),?\s+(?:is|are)\s+(?:proud to be\s+|committed to being\s+)?an?\s+(?:equal[- ]opportunit(?:y|ies)|EEO|EOE|affirmative[- ]action|disability confident|inclusive)\b[^.]{0,40}?\bemployer\b|^(.{2,80}?)\s+(?:est un employeur|ist ein(?:e)? (?:Arbeitgeber|Arbeitgeberin)|es un empleador|é um empregador|is een werkgever)\b/iu;

export function equalOpportunityCandidates(lines: readonly string[]): string[] {
  const found: string[] = [];
  for (const line of lines) {
    // The whole line first: a legal form's full stop ("Acme, Inc. is…") does not end it.
    for (const sentence of [line, ...line.split(/(?<=[.!?])\s+/).slice(1)]) {
      const match = EQUAL_OPPORTUNITY.exec(sentence.trim());
      const value = match?.[1] ?? match?.[2];
      const name = value === undefined ? null : wholeName(value);
      if (plausibleCompany(name) && !isTitle(name)) found.push(name);
    }
  }
  return found;
}

/** A person's name with their organisation in brackets: "Fiona Pellham (Pellham Architects LLP)". */
const PERSON_WITH_ORG =
  /(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3})\s*[(（]([^()（）]{2,80})[)）]/gu;

/**
 * The organisation a service's mail puts beside a person: "Fiona Pellham (Pellham Architects
 * LLP) has sent you a document", "Rizky Pratama (Talent Acquisition, PT Awan Biru Digital)". A
 * title or an office in the brackets ("(Talent Acquisition)") is not an organisation.
 */
export function affiliationCandidates(lines: readonly string[]): string[] {
  const found: string[] = [];
  for (const line of lines.slice(0, 20)) {
    if (!line.includes('(') && !line.includes('（')) continue;
    for (const match of line.matchAll(PERSON_WITH_ORG)) {
      if (!looksLikePersonName(match[1] as string, '')) continue;
      const last = (match[2] as string).split(/\s*[,;/·|]\s*/).pop() ?? '';
      const name = wholeName(last);
      if (plausibleCompany(name) && !isTitle(name) && !looksLikePersonName(name, ''))
        found.push(name);
    }
  }
  return found;
}

const PERSON_WITH_ADDRESS =
  /(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3})\s*[(（]\s*([^\s()（）<>@]+@[^\s()（）<>@]+\.[a-z]{2,})\s*[)）]/gu;

/**
 * People a service's mail names with their address in brackets: "Julia Hollins
 * (julia@hollybank.example) sent you a document". The name is a person's, and the address's
 * domain is their organisation's. A quoted reply's "Sam Lee <sam@globex.example> wrote:" is
 * not read: that is often the user, at the company they work for now.
 */
export function addressedPeople(lines: readonly string[]): { person: string; address: string }[] {
  const found: { person: string; address: string }[] = [];
  for (const line of lines.slice(0, 20)) {
    if (!line.includes('@')) continue;
    for (const match of line.matchAll(PERSON_WITH_ADDRESS))
      found.push({ person: match[1] as string, address: (match[2] as string).toLowerCase() });
  }
  return found;
}
