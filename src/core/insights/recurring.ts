import type { CalendarDay } from '../dates';
import { hasReflectionContent, type Reflection } from '../recovery/reflection';
import { normalizeSkill, type SkillTag } from '../recovery/skill-tags';
import { fitReasonKind } from './fit-reasons';
import { findSkillMentions } from './skill-mentions';
import { groupTexts } from './text-grouping';
import {
  THEME_HALF_LIFE_DAYS,
  ThemeCollector,
  type ApplicationRef,
  type EvidenceSource,
  type RankedThemes,
} from './themes';

/** What the themes read from one rejection. */
export interface ThemeSource {
  applicationId: string;
  rejectedOn: CalendarDay;
  /** The reason they gave. */
  reason: string | null;
  reflection: Reflection | null;
  feedback: string | null;
}

/** A question that tripped the user up, as its practice card files it. */
export interface QuestionSighting {
  cardId: string;
  /** The card's wording. */
  cardQuestion: string;
  applicationId: string;
  /** The wording in that application's reflection. */
  question: string;
}

export interface FitAnswers {
  yes: number;
  partly: number;
  no: number;
  /** Reflections that leave the question open. */
  unanswered: number;
}

export interface Themes {
  halfLifeDays: number;
  /** Rejections with a reflection written. */
  reflections: number;
  /** Rejections with feedback received. */
  feedback: number;
  /** Skills they wanted that the user lacks: from reflections, and named in feedback or reasons. */
  missingSkills: RankedThemes;
  /** Questions that tripped the user up; each theme's key is its practice card's id. */
  questions: RankedThemes;
  /** Experiences the user forgot to mention. */
  forgotten: RankedThemes;
  /** Why jobs were not (quite) a fit, when the user said no or partly. */
  fitProblems: RankedThemes;
  fit: FitAnswers;
}

function skillSightings(sources: readonly ThemeSource[]): ThemeCollector {
  const out = new ThemeCollector();
  // Re-normalized from the label, so synonyms added since a reflection was saved still merge;
  // the few distinct labels are normalized once.
  const normalized = new Map<string, SkillTag>();
  const sighted = (skill: SkillTag, wording: string, via: EvidenceSource, source: ThemeSource) =>
    out.add({
      key: skill.tag,
      label: skill.label,
      wording,
      via,
      applicationId: source.applicationId,
      on: source.rejectedOn,
    });
  for (const source of sources) {
    for (const typed of source.reflection?.missingSkills ?? []) {
      let skill = normalized.get(typed.label);
      if (skill === undefined) {
        skill = normalizeSkill(typed.label) ?? typed;
        normalized.set(typed.label, skill);
      }
      sighted(skill, typed.label, 'reflection', source);
    }
    for (const skill of source.feedback === null ? [] : findSkillMentions(source.feedback)) {
      sighted(skill, skill.label, 'feedback', source);
    }
    for (const skill of source.reason === null ? [] : findSkillMentions(source.reason)) {
      sighted(skill, skill.label, 'reason', source);
    }
  }
  return out;
}

interface Text {
  text: string;
  source: ThemeSource;
}

/** Groups free-text sightings by what they say; each group's label is its commonest wording. */
function groupedSightings(
  texts: readonly Text[],
  out = new ThemeCollector(),
  keyPrefix = '',
): ThemeCollector {
  for (const group of groupTexts(texts, (t) => t.text)) {
    for (const item of group.items) {
      out.add({
        key: `${keyPrefix}${group.key}`,
        label: item.text,
        wording: item.text,
        applicationId: item.source.applicationId,
        on: item.source.rejectedOn,
        via: 'reflection',
      });
    }
  }
  return out;
}

function fitSightings(sources: readonly ThemeSource[]): ThemeCollector {
  const out = new ThemeCollector();
  const unsorted: Text[] = [];
  // Reasons repeat word for word across reflections; each is sorted into a kind once.
  const kinds = new Map<string | null, ReturnType<typeof fitReasonKind>>();
  for (const source of sources) {
    const reflection = source.reflection;
    if (reflection === null || (reflection.fit !== 'no' && reflection.fit !== 'partly')) continue;
    if (!kinds.has(reflection.fitWhy))
      kinds.set(reflection.fitWhy, fitReasonKind(reflection.fitWhy));
    const kind = kinds.get(reflection.fitWhy);
    if (kind === undefined) {
      unsorted.push({ text: reflection.fitWhy ?? '', source });
      continue;
    }
    out.add({
      key: kind.id,
      label: kind.label,
      wording: reflection.fitWhy ?? kind.label,
      applicationId: source.applicationId,
      on: source.rejectedOn,
      via: 'reflection',
    });
  }
  return groupedSightings(unsorted, out, 'other:');
}

function fitAnswers(sources: readonly ThemeSource[]): FitAnswers {
  const answers: FitAnswers = { yes: 0, partly: 0, no: 0, unanswered: 0 };
  for (const { reflection } of sources) {
    if (reflection === null || !hasReflectionContent(reflection)) continue;
    answers[reflection.fit ?? 'unanswered'] += 1;
  }
  return answers;
}

export interface ThemeInput {
  sources: readonly ThemeSource[];
  questions: readonly QuestionSighting[];
  applications: ReadonlyMap<string, ApplicationRef>;
  today: CalendarDay;
  limit?: number;
  applicationLimit?: number;
}

/** Every recurring theme across the rejections, each ranked by frequency and recency. */
export function computeThemes(input: ThemeInput): Themes {
  const options = {
    today: input.today,
    applications: input.applications,
    ...(input.limit !== undefined && { limit: input.limit }),
    ...(input.applicationLimit !== undefined && { applicationLimit: input.applicationLimit }),
  };
  const dayOf = new Map(input.sources.map((s) => [s.applicationId, s.rejectedOn]));
  const questions = new ThemeCollector();
  for (const q of input.questions) {
    const on = dayOf.get(q.applicationId);
    if (on === undefined) continue;
    questions.add({
      key: q.cardId,
      label: q.cardQuestion,
      wording: q.question,
      applicationId: q.applicationId,
      on,
      via: 'reflection',
    });
  }
  const forgotten = input.sources.flatMap((source) =>
    (source.reflection?.forgotToHighlight ?? []).map((text) => ({ text, source })),
  );
  return {
    halfLifeDays: THEME_HALF_LIFE_DAYS,
    reflections: input.sources.filter((s) => hasReflectionContent(s.reflection)).length,
    feedback: input.sources.filter((s) => s.feedback !== null).length,
    missingSkills: skillSightings(input.sources).rank(options),
    questions: questions.rank(options),
    forgotten: groupedSightings(forgotten).rank(options),
    fitProblems: fitSightings(input.sources).rank(options),
    fit: fitAnswers(input.sources),
  };
}
