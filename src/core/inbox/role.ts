import { cuesOf, foldText } from './cues';
import { endsLikeJobTitle, looksLikeJobTitle } from './job-titles';

/** Where a role title may appear: "for the Data Analyst position", "Bewerbung als X". */
const ROLE_PATTERNS: RegExp[] = [
  /\b(?:for|of|to)\s+(?:the|our|this|an?)\s+(?:role|position|job|opening|vacancy|post)\s+(?:of|as)\s+(?:an?\s+)?["“]?([^"”,.;!?()\n]{3,70}?)["”]?(?=\s+(?:at|with|in|here|on|position|role)\b|[,.;!?()\n]|$)/i,
  /\b(?:for|of|to|in)\s+(?:the|our|this|an?|your)\s+["“]?([^"”,;!?()\n]{3,70}?)["”]?\s+(?:role|position|job|opening|vacancy|post|opportunity)\b/i,
  /\b(?:application|applying|applied|candidacy)\s+(?:for|as)\s+(?:the\s+|an?\s+)?(?:role of\s+|position of\s+)?["“]?([^"”,.;!?()\n]{3,70}?)["”]?(?=\s+(?:at|with|in|role|position|here|opening)\b|[,.;!?()\n]|$)/i,
  /\b(?:role|position|job title|poste|puesto|stelle|functie|vaga|posizione)\s*:\s*["“]?([^"”;!?()\n]{3,70}?)["”]?(?=\s*[;!?()\n]|$)/i,
  /\b(?:Bewerbung|bewerben)\s+(?:als|für die Position|für die Stelle(?: als)?)\s+["„]?([^"“,.;!?()\n]{3,70}?)["“]?(?=\s+(?:bei|in|im)\b|[,.;!?()\n]|$)/i,
  /\b(?:candidature|postuler)\s+(?:au poste de|pour le poste de|pour le poste d'|en tant que)\s+["«]?\s*([^"»,.;!?()\n]{3,70}?)\s*["»]?(?=\s+(?:chez|au sein|à|a)\b|[,.;!?()\n]|$)/i,
  /\b(?:candidatura|solicitud|postulación|postulacion)\s+(?:para el puesto de|al puesto de|para la posición de|para la vacante de|para|a la vacante de|à vaga de|para a vaga de|per la posizione di|per il ruolo di)\s+["“]?([^"”,.;!?()\n]{3,70}?)["”]?(?=\s+(?:en|na|no|presso|in)\b|[,.;!?()\n]|$)/i,
  /(?:^|[\s(])(?:vaga|puesto|vacante|poste|posizione|ruolo|stanowisk\w*|tj[aä]nsten|stillingen|functie|vacature|Stelle|Position|post|position|role|job|b[uú]squeda)\s+(?:de\s+|d'|di\s+|als\s+|som\s+|van\s+|as\s+(?:an?\s+)?|of\s+(?:an?\s+)?)?["“„«]?\s*(\p{Lu}[^"“”„«»,.;:!?()\n]{2,60}?)\s*["”“»]?(?=\s+(?:at|with|bei|chez|en|na|no|nel|nella|presso|hos|i|bij|w|in|on|and|und|et|y|e|och|og|der|des|del|della|do|da|for|für|pour|para|per|voor|zum|zur|a|à|im|am|au|binnen|inom|innen|within|has|have|is|was|ist|wurde|est|ha|foi|è|er|är|har|ble|blev)\s|[,.;:!?()\n]|$)/u,
  /\b(?:sollicitatie|gesolliciteerd)\s+(?:voor de (?:functie|vacature|rol) (?:van|als)?|als|voor)\s*["“]?([^"”,.;!?()\n]{3,70}?)["”]?(?=\s+(?:bij|in)\b|[,.;!?()\n]|$)/i,
];

const SUBJECT_PATTERNS: RegExp[] = [
  /^(?:your application|application|interview|invitation|offer|update)(?: for| to| as|:| -| –)\s+(?:the\s+)?(.+?)(?:\s+(?:at|with|bei|chez|-|–|\|)\s+.+)?$/i,
  /^(.+?)\s+(?:at|bei|chez|en|bij)\s+[^-–|]+$/i,
];

/** Words a captured title must not be: it is a generic noun, not a role. */
const NOT_ROLE =
  /^(?:it|this|that|the|a|an|our|your|position|role|job|opening|vacancy|opportunity|application|interview|process|team|company|update|next step|status|candidates?|you|us|them|one|same|following|above|below)$/i;

/**
 * A title up to where the sentence goes on: a lower-case word right after a capitalised one
 * ("Qualitätsmanager GMP geht es", "Tjänstedesigner bjuder in") is no longer the title; after a
 * joiner it is ("Contrôleur de gestion industriel").
 */
function beforeSentenceGoesOn(title: string): string {
  const words = title.split(' ');
  for (let i = 1; i < words.length; i += 1) {
    const previous = words[i - 1] as string;
    const word = words[i] as string;
    // One last word stays: "Responsable qualité", "Analyste financier".
    const last = i === words.length - 1;
    if (
      !last &&
      /^\p{Ll}/u.test(word) &&
      /^[\p{Lu}\p{N}]/u.test(previous) &&
      !CONNECTOR.test(word)
    ) {
      const kept = words.slice(0, i).join(' ');
      return looksLikeJobTitle(kept) ? kept : title;
    }
  }
  return title;
}

/** A title looks like a job title: a few words, at least one capitalised or a known job noun. */
function cleanRole(raw: string | undefined): string | null {
  if (raw === undefined) return null;
  const value = raw
    .replace(
      /\s*\((?:m\/w\/d|w\/m\/d|m\/f\/d|f\/m\/x|h\/f|f\/h|m\/f|all genders|remote|hybrid)\)\s*/gi,
      ' ',
    )
    .replace(/^(?:the|a|an|our|your|de|la|le|el|die|der|for|as)\s+/i, '')
    .replace(/\s+/g, ' ')
    .trim();
  // "interest in the Data Analyst", "be a Shift Supervisor": the title starts at a capital.
  const start = value.search(/(?:^|\s)\p{Lu}/u);
  if (start < 0) return null;
  let title = value.slice(start).trim();
  const lastThe = title.lastIndexOf(' the ');
  if (lastThe >= 0) title = title.slice(lastThe + 5).trim();
  if (/^(?:tu|su|je|uw|ihre|deine|votre|ta|sua|tua|your)\s/i.test(title)) return null;
  title = beforeSentenceGoesOn(title);
  const words = title.split(' ');
  if (words.length === 0 || words.length > 8 || NOT_ROLE.test(value)) return null;
  const jobNoun =
    /(?:engineer|developer|analyst|manager|designer|scientist|lead|director|specialist|consultant|coordinator|assistant|architect|administrator|officer|associate|intern|representative|writer|editor|researcher|accountant|nurse|teacher|technician|advisor|adviser|executive|head|owner|strategist|marketer|recruiter|planner|operator|programmer|tester|entwickler|ingenieur|berater|leiter|referent|sachbearbeiter|ingénieur|ingenieur|développeur|developpeur|chef|responsable|chargée?|analista|desarrollador|ingeniero|jefe|diseñador|medewerker|ontwikkelaar|adviseur|programador|gerente|sviluppatore|progettista|responsabile|product|data|software|sales|marketing|support|success)/i;
  if (NOT_ROLE.test(title)) return null;
  const capitalised = words.some((w) => /^\p{Lu}/u.test(w));
  return jobNoun.test(title) || (capitalised && words.length <= 5) ? title : null;
}

const CONNECTOR =
  /^(?:of|&|and|for|de|des|du|d'|für|fur|e|y|i|di|del|della|van|voor|en|och|og|ds\.|w|z|do|da|na)$/i;
const ROLE_NOUN_AFTER =
  /^\s*[,–-]?\s*(?:role|position|post|job|opening|vacancy|opportunity|posting|requisition|stelle|position|poste|puesto|vacante|functie|vacature|vaga|posizione|ruolo|stanowisko|tj[aä]nst(?:en)?|stilling(?:en)?|stillingen|rolle)\b/i;
const ROLE_WORD_BEFORE =
  /\b(?:the|as|als|comme|como|come|jako|som|for|für|pour|para|per|voor|our|de|del|di|na|do)\s*$/i;
const OPENERS =
  /^(?:thank|thanks|dear|hi|hello|your|our|the|re|fwd|congratulations|welcome|update|invitation|interview|offer|application|status|opening|opportunity|opportunit[eé]|not|selected|sent|received|colloquio|zweitgespr[aä]ch|vorstellungsgespr[aä]ch|gespr[aä]ch|einladung|vertragsangebot|angebot|terminvorschl[aä]ge|rekrutacja|rozmowa|entretien|entrevista|gesprek|intervju|oferta|offerte|campagne|candidature|candidatura|bewerbung|sollicitatie|ans[oö]kan|s[oø]knad|ans[oø]gning|ihre|deine|votre|tu|su|je|uw|sua|tua|la|le|el|il|die|der|das|een|a|an)$/i;

interface RoleCandidate {
  title: string;
  score: number;
}

/** Joiners after which a head-first title goes on: "Analista de Datos", "Head of Data". */
const HEAD_FIRST_JOINER = /^(?:de|di|do|da|des|du|del|della|dos|das|ds\.?|of|för|für)$/i;

/**
 * Where a head-first title ends: a job noun followed by a joiner and capitalised words
 * ("Analista de Datos Sênior", "Técnico de Sistemas", "Director of Engineering") takes them;
 * the employer's name after the joiner is not part of it.
 */
function headFirstEnd(
  tokens: readonly RegExpMatchArray[],
  best: number,
  end: number,
  company: string | null,
): number {
  const joiner = tokens[best + 1]?.[0] ?? '';
  if (best + 2 >= end || !HEAD_FIRST_JOINER.test(joiner)) return best;
  const next = tokens[best + 2]?.[0] ?? '';
  if (company && company.toLowerCase().startsWith(next.toLowerCase())) return best;
  let last = best;
  for (let i = best + 2; i < end && i <= best + 5; i += 1) {
    const word = tokens[i]?.[0] ?? '';
    if (/^[\p{Lu}\p{N}]/u.test(word)) last = i;
    else if (!HEAD_FIRST_JOINER.test(word)) break;
    // "Analista de BI. Infelizmente": a full stop ends the sentence and the title.
    if (word.endsWith('.') && !HEAD_FIRST_JOINER.test(word)) break;
  }
  return last;
}

/** Capitalised runs that end in a job noun: "Senior Data Analyst", "Head of Communications". */
function titleRuns(text: string, base: number, company: string | null): RoleCandidate[] {
  const out: RoleCandidate[] = [];
  const tokens = [...text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’./+#-]*/gu)];
  let start = 0;
  while (start < tokens.length) {
    let end = start;
    let best = -1;
    for (; end < tokens.length; end += 1) {
      const word = (tokens[end] as RegExpMatchArray)[0];
      const gap =
        end > start
          ? text.slice(
              ((tokens[end - 1] as RegExpMatchArray).index ?? 0) +
                (tokens[end - 1] as RegExpMatchArray)[0].length,
              (tokens[end] as RegExpMatchArray).index,
            )
          : ' ';
      if (end > start && !/^\s*(?:[/&]\s*)?$/.test(gap)) break;
      const capital = /^[\p{Lu}\p{N}]/u.test(word) || /^[a-z]+\/[a-z]+$/.test(word);
      if (!capital && !(end > start && CONNECTOR.test(word))) break;
      if (capital && endsLikeJobTitle(word)) best = end;
    }
    if (best >= 0) best = headFirstEnd(tokens, best, end, company);
    if (best >= 0) {
      let first = start;
      while (first < best && OPENERS.test((tokens[first] as RegExpMatchArray)[0])) first += 1;
      const from = (tokens[first] as RegExpMatchArray).index ?? 0;
      const last = tokens[best] as RegExpMatchArray;
      let to = (last.index ?? 0) + last[0].length;
      let title = text.slice(from, to).trim();
      if (company && title.toLowerCase().startsWith(`${company.toLowerCase()} `))
        title = title.slice(company.length + 1);
      // "Account Executive, Mid-Market role": a short qualifier before the word for a role.
      const qualifier =
        /^(\s*(?:,|–|-|—)\s*[\p{Lu}][\p{L}&-]*(?:\s+[\p{Lu}][\p{L}&-]*){0,2}|\s*\([\p{Lu}][\p{L}\s&-]{1,30}\))/u.exec(
          text.slice(to),
        );
      if (qualifier && ROLE_NOUN_AFTER.test(text.slice(to + qualifier[0].length))) {
        to += qualifier[0].length;
        title = text.slice(from, to).trim();
      }
      let score = base;
      if (ROLE_NOUN_AFTER.test(text.slice(to))) score += 2;
      if (ROLE_WORD_BEFORE.test(text.slice(0, from))) score += 1;
      if (title.split(/\s+/).length <= 8 && title.length >= 3) out.push({ title, score });
    }
    start = Math.max(end, start + 1);
  }
  return out;
}

/** Requisition numbers and references around a title: "R-20931", "(Req #4471)", "Store #1142". */
const LEADING_REFERENCE = /^(?:[A-Z]{0,4}-?\d[\d-]*|#\d+)\s+(?=\p{Lu})/u;
const TRAILING_REFERENCE =
  /\s*(?:[-–,]\s*)?\(?(?:req(?:uisition)?|ref(?:erence)?|job|posting|store|id|no|nr|n°)\.?\s*(?:#|:|no\.?|nr\.?)?\s*[\w/-]*\d[\w/-]*\)?$/i;
/** Words for a post that follow its title in a sentence: "the Data Analyst vacancy". */
const TRAILING_ROLE_NOUN =
  /\s+(?:vacancy|role|position|opening|job|post|application|opportunity)$/i;

/** A title without gender markers, requisition numbers or a trailing word for the post. */
function withoutReferences(raw: string): string {
  return raw
    .replace(
      /\s*\((?:m\/w\/d|w\/m\/d|m\/f\/d|f\/m\/x|h\/f|f\/h|m\/f|all genders|remote|hybrid)\)\s*/gi,
      ' ',
    )
    .replace(/\s+/g, ' ')
    .trim()
    .replace(LEADING_REFERENCE, '')
    .replace(TRAILING_REFERENCE, '')
    .replace(TRAILING_ROLE_NOUN, '')
    .replace(/(?<=\p{L}{3})\.$/u, '')
    .trim();
}

/**
 * A subject's capture after its status words: "Application status: Not selected - Business
 * Analyst" is about Business Analyst. A dash that only adds to a title keeps it whole.
 */
function lastSegment(capture: string | undefined): string | undefined {
  if (capture === undefined || !/:\s/.test(capture)) return capture;
  return capture.slice(capture.lastIndexOf(': ') + 2).replace(/^.*\s[-–|]\s(?=\p{Lu})/u, '');
}

/** "stillingen som utvikler": a one-word title written in lower case after the word for the post. */
const LOWER_CASE_POST =
  /\b(?:stillingen|stilling|tj[aä]nsten|tjenesten|jobbet|posten)\s+som\s+(\p{Ll}[\p{L}-]{3,40})(?=[\s,.;:!?]|$)/u;

/** What a subject says of the application, never a role: "update", "feedback", "terugvoer". */
const SUBJECT_NEWS =
  /^(?:thank(?:s| you)|update|feedback|outcome|result|results|status|next steps?|confirmation|reminder|reply|response|decision|news|information|terugvoer|tilbakemelding|tilbagemelding|aterkoppling|ruckmeldung|retour|resultado|risultato|wynik|eredmeny|rezultat|keputusan|maklum balas)$/;
/** The cue groups that say a subject's head is about an application or an interview. */
const HEAD_CUES = new Set([
  'application',
  'interviewWord',
  'invitation',
  'received',
  'rejection',
  'offer',
]);

/**
 * The role in a two-part subject, in any language: "Răspuns la aplicarea ta – Contabil Senior",
 * "Jemputan Temuduga - Juruteknik Penyelenggaraan", "Re: Aansoek - plaasbestuurder", and the
 * other way round, "Werkswinkelbestuurder - terugvoer". One part speaks of the application or
 * the interview (or says what the news is); the other, a few words without figures, is the role.
 */
function subjectRole(subject: string, company: string | null): string | null {
  const parts = subject
    .replace(/\s+@\s.*$/, '')
    .split(/\s+[-–—|]\s+|:\s+/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
  if (parts.length !== 2) return null;
  const [first, second] = parts as [string, string];
  const speaksOfApplication = (part: string) =>
    cuesOf(foldText(part)).some((cue) => HEAD_CUES.has(cue));
  const isNews = (part: string) => SUBJECT_NEWS.test(foldText(part));
  const role =
    speaksOfApplication(first) && !speaksOfApplication(second) && !isNews(second)
      ? second
      : isNews(second) && !speaksOfApplication(first)
        ? first
        : null;
  // A question, an exclamation or a sentence to the reader is no title.
  if (role === null || /[?!]/.test(role) || /\b(?:you|your|our|we|my)\b/i.test(role)) return null;
  const title = withoutReferences(role.replace(/\s*\([^)]*\)\s*$/, '').replace(/,.*$/, ''));
  const words = title.split(/\s+/);
  if (words.length > 5 || /\d/.test(title) || NOT_ROLE.test(title)) return null;
  if (company !== null && foldText(title).includes(foldText(company))) return null;
  return title.charAt(0).toUpperCase() + title.slice(1);
}

/** The role a message is about, when it names one. */
export function findRole(
  subject: string,
  lines: readonly string[],
  company: string | null = null,
): string | null {
  const usable = (role: string | null) =>
    role !== null && (company === null || role.toLowerCase() !== company.toLowerCase())
      ? role
      : null;
  const clean = subject.replace(/^(?:(?:re|fwd?|aw|wg|tr|rv|enc|sv|vs|vb|i|r)\s*:\s*)+/i, '');
  const candidates: RoleCandidate[] = [];
  for (const line of [clean, ...lines.slice(0, 20)]) {
    const lower = LOWER_CASE_POST.exec(line)?.[1];
    if (lower && looksLikeJobTitle(lower))
      candidates.push({ title: lower.charAt(0).toUpperCase() + lower.slice(1), score: 3 });
  }
  for (const line of lines.slice(0, 20)) {
    for (const pattern of ROLE_PATTERNS) {
      const role = usable(cleanRole(pattern.exec(line)?.[1]));
      if (role) candidates.push({ title: role, score: 3 });
    }
    candidates.push(...titleRuns(line, 0, company));
  }
  for (const pattern of [...ROLE_PATTERNS, ...SUBJECT_PATTERNS]) {
    const role = usable(cleanRole(lastSegment(pattern.exec(clean)?.[1])));
    if (role) candidates.push({ title: role, score: 2.5 });
  }
  candidates.push(...titleRuns(clean, 1.5, company));
  const tally = new Map<string, RoleCandidate>();
  for (const c of candidates) {
    const title = withoutReferences(c.title);
    if (!usable(title) || !looksLikeJobTitle(title)) continue;
    const key = title.toLowerCase();
    const seen = tally.get(key);
    if (seen) seen.score += Math.min(c.score, 1) + 0.5;
    else tally.set(key, { title, score: c.score });
  }
  // Only when nothing else names a role: a role read from the subject's shape needs no job
  // noun, so it is written in any language, but the shape is weaker evidence than a job noun.
  if (tally.size === 0) return usable(subjectRole(clean, company));
  const best = [...tally.values()].sort(
    (a, b) => b.score - a.score || b.title.length - a.title.length,
  )[0];
  return best && best.score >= 1 ? best.title : null;
}
