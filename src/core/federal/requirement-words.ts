import { stemmer } from 'stemmer';
import type { Announcement } from './announcement';

/**
 * The specialized experience and key requirements an announcement asks for, as short phrases
 * with their content words, and whether a résumé shows each one. Words are compared by stem, so
 * "evaluations" in the announcement meets "evaluated" in the résumé.
 */
export interface RequirementPhrase {
  phrase: string;
  /** Content words, as written in the announcement. */
  words: string[];
}

const STOP = new Set(
  `a about above across after against all also an and any are as at be been being both but by can
  could did do does doing for from had has have having he her his how i if in into is it its may
  might more most must my of on one or other our out over own per same shall she should so some
  such than that the their them then there these they this those through to too under until up
  upon very was we were what when where which while who whom why will with within would you your
  experience experienced knowledge ability abilities skill skills work working works level levels
  grade grades gs equivalent year years next lower federal service position positions include
  includes including included following example examples e g eg i e ie etc perform performing
  performed using use used providing provide provides demonstrated demonstrate demonstrating
  qualify qualified qualifying specialized minimum least required requires requirement duties
  duty successfully various variety related relating type types one two three four five six
  seven eight nine ten candidates applicants applicant must have been has plus well other others
  this position major candidate`.split(/\s+/),
);

const stem = (word: string) => stemmer(word.toLowerCase());

/** The content words of a phrase, in their written form. */
export function contentWords(text: string): string[] {
  const words = text.match(/[A-Za-z][A-Za-z'-]*[A-Za-z]|[A-Za-z]/g) ?? [];
  const seen = new Set<string>();
  const kept: string[] = [];
  for (const word of words) {
    const lower = word.toLowerCase().replace(/'s$/, '');
    if (lower.length < 3 || STOP.has(lower)) continue;
    const key = stem(lower);
    if (seen.has(key)) continue;
    seen.add(key);
    kept.push(lower);
  }
  return kept;
}

/** The part of the qualifications text that defines specialized experience. */
export function specializedExperienceText(announcement: Announcement): string {
  if (announcement.specializedExperience) return announcement.specializedExperience;
  const text = announcement.qualifications ?? '';
  const at = text.search(/specialized experience/i);
  if (at === -1) return '';
  const rest = text.slice(at);
  const end = rest.search(
    /\n\s*\n|(?:^|\n)\s*(?:education|substitution|time[- ]in[- ]grade|additional information)\b/i,
  );
  return end === -1 ? rest : rest.slice(0, end);
}

/** Splits a statement into the phrases it lists (numbered items, semicolons, bullets, "and"). */
export function splitPhrases(statement: string): string[] {
  const body = statement.replace(
    /^[\s\S]*?\b(?:includes?|including|such as|examples?(?: of)?|following)\s*:?/i,
    (head) => (/specialized experience/i.test(head) ? '' : head),
  );
  return body
    .split(/\(\s*\d+\s*\)|\b\d+[.)]\s|[;•\n]|\.\s+|,\s*(?:and|or)\s+|\s+and\s+(?=[a-z]+ing\b)/i)
    .map((p) => p.replace(/^[\s,:-]+|[\s,.:-]+$/g, ''))
    .filter((p) => p.length > 0);
}

const QUALIFICATION_REQUIREMENT =
  /\b(?:certif|licen[cs]e|degree|experience|knowledge|proficien|skill in|ability to)/i;

/** What the résumé must show: specialized-experience phrases, then qualifying key requirements. */
export function requirementPhrases(announcement: Announcement): RequirementPhrase[] {
  const phrases = [
    ...splitPhrases(specializedExperienceText(announcement)),
    ...announcement.keyRequirements.filter((r) => QUALIFICATION_REQUIREMENT.test(r)),
  ];
  const seen = new Set<string>();
  const out: RequirementPhrase[] = [];
  for (const phrase of phrases) {
    const words = contentWords(phrase).slice(0, 6);
    const key = words.map(stem).join(' ');
    if (words.length === 0 || seen.has(key)) continue;
    seen.add(key);
    out.push({ phrase, words });
  }
  return out;
}

/** The stems of a text, to look requirement words up in. */
export function stemsOf(text: string): Set<string> {
  const stems = new Set<string>();
  for (const word of text.match(/[A-Za-z][A-Za-z'-]*/g) ?? [])
    stems.add(stem(word.replace(/'s$/, '')));
  return stems;
}

/** The words of a phrase a résumé does not show, or an empty list when it shows enough of them. */
export function missingWords(phrase: RequirementPhrase, stems: ReadonlySet<string>): string[] {
  const missing = phrase.words.filter((w) => !stems.has(stem(w)));
  const needed = Math.max(1, Math.ceil(phrase.words.length * 0.6));
  return phrase.words.length - missing.length >= needed ? [] : missing;
}
