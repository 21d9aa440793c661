/** Words that already make a note a complete noun phrase when they lead it. */
const LEADS = new Set([
  'the',
  'a',
  'an',
  'your',
  'my',
  'our',
  'their',
  'his',
  'her',
  'its',
  'this',
  'that',
  'these',
  'those',
  'some',
  'any',
  'each',
  'every',
  'all',
  'both',
  'no',
  'several',
  'many',
  'much',
  'one',
  'two',
  'three',
  'how',
  'what',
  'why',
  'when',
  'where',
  'who',
  'whether',
]);

/** Openings of an instruction or a question noted word for word ("Design a rate limiter"). */
const SENTENCE_START =
  /^(?:tell|describe|design|explain|walk|give|talk|share|can|could|would|do|did|is|are|have|has)$/i;
/** A question word with a capital opens a question ("How would you…"); "how they plan" is a phrase. */
const QUESTION_START = /^(?:How|What|Why|When|Where|Who|Which|Whether)$/;

/**
 * A note as it reads after "about" or "such as": "quarterly planning process" needs its article
 * ("the quarterly planning process"), while "their rota", "switching to Bazel", "night shifts",
 * "Kubernetes" and "Project Atlas" stand as they are. Null when the note is a question or an
 * instruction written out ("How would you size a watchdog?"), which no article can fix.
 */
export function asNounPhrase(note: string): string | null {
  const text = note
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[.;:,!]+$/, '');
  if (text === '') return null;
  const words = text.split(' ');
  const first = words[0] ?? '';
  const last = words[words.length - 1] ?? '';
  if (text.endsWith('?')) return null;
  if (words.length > 1 && (SENTENCE_START.test(first) || QUESTION_START.test(first))) return null;
  if (LEADS.has(first.toLowerCase()) || /\d/.test(first)) return text;
  // A gerund leads a phrase of its own: "switching the build system to Bazel".
  if (words.length > 1 && /^\p{Ll}+ing$/u.test(first)) return text;
  // A name needs no article: "Kubernetes", "Project Atlas", "the" would be wrong before them.
  if (words.every((w) => /^\p{Lu}/u.test(w))) return text;
  // Plurals and mass nouns read without one: "night shifts", "pricing models".
  if (/\p{Ll}s$/u.test(last) && !/(?:ss|us|is)$/i.test(last)) return text;
  return `the ${text}`;
}

/**
 * A note to name as an example after "such as": the first that reads as a noun phrase, or the
 * first quoted when all are questions. Empty without notes.
 */
export function factExample(facts: readonly string[]): string {
  for (const fact of facts) {
    const phrase = asNounPhrase(fact);
    if (phrase !== null) return phrase;
  }
  const first =
    facts
      .find((f) => f.trim() !== '')
      ?.replace(/\s+/g, ' ')
      .trim() ?? '';
  return first === '' ? '' : `“${first}”`;
}
