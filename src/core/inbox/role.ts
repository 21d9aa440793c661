/** Where a role title may appear: "for the Data Analyst position", "Bewerbung als X". */
const ROLE_PATTERNS: RegExp[] = [
  /\b(?:for|of|to)\s+(?:the|our|this|an?)\s+(?:role|position|job|opening|vacancy|post)\s+(?:of|as)\s+(?:an?\s+)?["“]?([^"”,.;!?()\n]{3,70}?)["”]?(?=\s+(?:at|with|in|here|on|position|role)\b|[,.;!?()\n]|$)/i,
  /\b(?:for|of|to|in)\s+(?:the|our|this|an?|your)\s+["“]?([^"”,;!?()\n]{3,70}?)["”]?\s+(?:role|position|job|opening|vacancy|post|opportunity)\b/i,
  /\b(?:application|applying|applied|candidacy)\s+(?:for|as)\s+(?:the\s+|an?\s+)?(?:role of\s+|position of\s+)?["“]?([^"”,.;!?()\n]{3,70}?)["”]?(?=\s+(?:at|with|in|role|position|here|opening)\b|[,.;!?()\n]|$)/i,
  /\b(?:role|position|job title|poste|puesto|stelle|functie|vaga|posizione)\s*:\s*["“]?([^"”;!?()\n]{3,70}?)["”]?(?=\s*[;!?()\n]|$)/i,
  /\b(?:Bewerbung|bewerben)\s+(?:als|für die Position|für die Stelle(?: als)?)\s+["„]?([^"“,.;!?()\n]{3,70}?)["“]?(?=\s+(?:bei|in|im)\b|[,.;!?()\n]|$)/i,
  /\b(?:candidature|postuler)\s+(?:au poste de|pour le poste de|pour le poste d'|en tant que)\s+["«]?\s*([^"»,.;!?()\n]{3,70}?)\s*["»]?(?=\s+(?:chez|au sein|à|a)\b|[,.;!?()\n]|$)/i,
  /\b(?:candidatura|solicitud|postulación|postulacion)\s+(?:para el puesto de|al puesto de|para la posición de|para la vacante de|para|a la vacante de|à vaga de|para a vaga de|per la posizione di|per il ruolo di)\s+["“]?([^"”,.;!?()\n]{3,70}?)["”]?(?=\s+(?:en|na|no|presso|in)\b|[,.;!?()\n]|$)/i,
  /\b(?:sollicitatie|gesolliciteerd)\s+(?:voor de (?:functie|vacature|rol) (?:van|als)?|als|voor)\s*["“]?([^"”,.;!?()\n]{3,70}?)["”]?(?=\s+(?:bij|in)\b|[,.;!?()\n]|$)/i,
];

const SUBJECT_PATTERNS: RegExp[] = [
  /^(?:your application|application|interview|invitation|offer|update)(?: for| to| as|:| -| –)\s+(?:the\s+)?(.+?)(?:\s+(?:at|with|bei|chez|-|–|\|)\s+.+)?$/i,
  /^(.+?)\s+(?:at|bei|chez|en|bij)\s+[^-–|]+$/i,
];

/** Words a captured title must not be: it is a generic noun, not a role. */
const NOT_ROLE =
  /^(?:it|this|that|the|a|an|our|your|position|role|job|opening|vacancy|opportunity|application|interview|process|team|company|update|next step|status|candidates?|you|us|them|one|same|following|above|below)$/i;

/** A title looks like a job title: a few words, at least one capitalised or a known job noun. */
function cleanRole(raw: string | undefined): string | null {
  if (raw === undefined) return null;
  const value = raw
    .replace(
      /\s*\((?:m\/w\/d|w\/m\/d|m\/f\/d|f\/m\/x|h\/f|f\/h|m\/f|all genders|remote|hybrid)\)\s*/gi,
      ' ',
    )
    .replace(/^(?:the|a|an|our|your|de|la|le|el|die|der)\s+/i, '')
    .replace(/\s+/g, ' ')
    .trim();
  // "interest in the Data Analyst", "be a Shift Supervisor": the title starts at a capital.
  const start = value.search(/(?:^|\s)\p{Lu}/u);
  if (start < 0) return null;
  let title = value.slice(start).trim();
  const lastThe = title.lastIndexOf(' the ');
  if (lastThe >= 0) title = title.slice(lastThe + 5).trim();
  if (/^(?:tu|su|je|uw|ihre|deine|votre|ta|sua|tua|your)\s/i.test(title)) return null;
  const words = title.split(' ');
  if (words.length === 0 || words.length > 8 || NOT_ROLE.test(value)) return null;
  const jobNoun =
    /(?:engineer|developer|analyst|manager|designer|scientist|lead|director|specialist|consultant|coordinator|assistant|architect|administrator|officer|associate|intern|representative|writer|editor|researcher|accountant|nurse|teacher|technician|advisor|adviser|executive|head|owner|strategist|marketer|recruiter|planner|operator|programmer|tester|entwickler|ingenieur|berater|leiter|referent|sachbearbeiter|ingénieur|ingenieur|développeur|developpeur|chef|responsable|chargée?|analista|desarrollador|ingeniero|jefe|diseñador|medewerker|ontwikkelaar|adviseur|programador|gerente|sviluppatore|progettista|responsabile|product|data|software|sales|marketing|support|success)/i;
  if (NOT_ROLE.test(title)) return null;
  const capitalised = words.some((w) => /^\p{Lu}/u.test(w));
  return jobNoun.test(title) || (capitalised && words.length <= 5) ? title : null;
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
  for (const line of lines) {
    for (const pattern of ROLE_PATTERNS) {
      const role = usable(cleanRole(pattern.exec(line)?.[1]));
      if (role) return role;
    }
  }
  const clean = subject.replace(/^(?:(?:re|fwd?|aw|wg|tr|rv|enc)\s*:\s*)+/i, '');
  for (const pattern of [...ROLE_PATTERNS, ...SUBJECT_PATTERNS]) {
    const role = usable(cleanRole(pattern.exec(clean)?.[1]));
    if (role) return role;
  }
  return null;
}
