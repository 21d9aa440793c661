import { checkMessage } from '../check-message';
import { createRuleSet, defaultRules, type RuleSet } from '../registry';
import { isHonorific } from '../document';
import { LINKEDIN_NOTE_LIMITS, characterCount } from '../rules/length';
import { asNounPhrase } from '../text/noun-phrase';
import { DRAFT_TEMPLATES, roomPrompt, STEP_TEMPLATES, type DraftParts } from './templates';
import type { Draft, DraftInput, DraftRoom } from './types';

export type { Draft, DraftInput, DraftRoom } from './types';

const ROOM = /\[\[Your words(?:: ([^\]\n]*))?\]\]/g;

function roomsOf(text: string): DraftRoom[] {
  return [...text.matchAll(ROOM)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    prompt: m[1] ?? 'your own words',
  }));
}

/**
 * Turns a note into words that read in a sentence: "their Go monorepo" → "your Go monorepo",
 * "quarterly planning process" → "the quarterly planning process". Empty for a note that is a
 * question or an instruction ("How would you size a watchdog?"): it reads badly after "about".
 */
export function phraseForDraft(fact: string): string {
  const phrase = asNounPhrase(fact);
  if (phrase === null) return '';
  const pronoun = /^(their|his|her|its)\b/i;
  const swapped = pronoun.test(phrase) ? phrase.replace(pronoun, 'your') : phrase;
  return /^(The|A|An|Your|Our|My)\b/.test(swapped)
    ? swapped[0]?.toLowerCase() + swapped.slice(1)
    : swapped;
}

function firstName(contactName: string): string {
  const parts = contactName
    .trim()
    .split(/\s+/)
    .filter((p) => !isHonorific(p));
  return parts[0] ?? '';
}

/** A stable choice of wording per person, so two people never get the identical draft. */
function variantIndex(input: DraftInput, count: number): number {
  let hash = 0;
  for (const ch of `${input.kind}|${input.contactName}|${input.company}`) {
    hash = (hash * 31 + (ch.codePointAt(0) ?? 0)) >>> 0;
  }
  return hash % count;
}

let strictRules: RuleSet | undefined;

/**
 * The coach without the tone gate: a draft Rebound writes avoids every wording a tone rule knows,
 * even where the model would let it pass in the user's own words.
 */
function draftRules(): RuleSet {
  strictRules ??= createRuleSet(defaultRules());
  return strictRules;
}

/**
 * What the coach finds outside the rooms: problems weigh far more than advice, so a draft with
 * a stock phrase still beats one with a problem, and one with neither beats both.
 */
function problemsIn(input: DraftInput, text: string, rooms: readonly DraftRoom[]): number {
  const result = checkMessage(
    {
      kind: input.kind,
      text,
      context: {
        company: input.company,
        role: input.role,
        contactName: input.contactName,
        facts: input.facts,
        otherCompanies: input.otherCompanies ?? [],
        linkedinPlan: input.linkedinPlan ?? 'free',
      },
    },
    { rules: draftRules() },
  );
  return result.findings
    .filter((f) => !rooms.some((r) => r.start <= f.start && f.end <= r.end))
    .reduce((sum, f) => sum + (f.severity === 'info' ? 1 : 100), 0);
}

/**
 * Builds a starting draft from the application's own data: it names the person, recalls one
 * thing that was discussed, and leaves marked room (`[[Your words: …]]`) for the sentence only
 * the user can write. Every draft offered passes the coach without a single finding, advice
 * included, except for that room; a fact that would trip the coach (or push a LinkedIn note
 * over its limit) is skipped for the next one.
 * When nothing passes (a name the coach cannot read kindly, say), the draft with the fewest
 * problems is offered, so one bad note never drags another in with it.
 */
export function buildDraft(input: DraftInput): Draft {
  const templates =
    (input.step === undefined ? undefined : STEP_TEMPLATES[input.step]) ??
    DRAFT_TEMPLATES[input.kind];
  const variant = templates[variantIndex(input, templates.length)] ?? templates[0];
  if (!variant) throw new Error(`No draft template for ${input.kind}`);
  const limit =
    input.kind === 'linkedin_note' ? LINKEDIN_NOTE_LIMITS[input.linkedinPlan ?? 'free'] : Infinity;
  const base: Omit<DraftParts, 'fact'> = {
    first: firstName(input.contactName),
    company: input.company.trim(),
    role: input.role.trim(),
    userName: input.userName?.trim() ?? '',
    prompt: roomPrompt(input),
  };
  const candidates = input.facts.map(phraseForDraft).filter((f) => f.length > 0);
  let fallback: { draft: Draft; problems: number } | undefined;
  for (const fact of [...candidates, null]) {
    for (const compact of [false, true]) {
      const text = variant({ ...base, fact }, compact);
      if (characterCount(text) > limit) continue;
      const rooms = roomsOf(text);
      const draft = { kind: input.kind, text, rooms, fact };
      const problems = problemsIn(input, text, rooms);
      if (problems === 0) return draft;
      if (fallback === undefined || problems < fallback.problems) fallback = { draft, problems };
    }
  }
  return fallback?.draft ?? { kind: input.kind, text: '', rooms: [], fact: null };
}
