import type { CalendarDay } from '../dates';
import { hasReflectionContent, type Reflection } from '../recovery/reflection';
import { normalizeSkill } from '../recovery/skill-tags';
import { fitReasonKind } from './fit-reasons';
import { findSkillMentions } from './skill-mentions';
import { groupTexts } from './text-grouping';
import {
  rankThemes,
  THEME_HALF_LIFE_DAYS,
  type ApplicationRef,
  type RankedThemes,
  type ThemeOccurrence,
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

function skillSightings(source: ThemeSource): ThemeOccurrence[] {
  const at = { applicationId: source.applicationId, on: source.rejectedOn };
  const out: ThemeOccurrence[] = [];
  for (const typed of source.reflection?.missingSkills ?? []) {
    // Re-normalized from the label, so synonyms added since it was saved still merge.
    const skill = normalizeSkill(typed.label) ?? typed;
    out.push({
      key: skill.tag,
      label: skill.label,
      wording: typed.label,
      via: 'reflection',
      ...at,
    });
  }
  for (const [via, text] of [
    ['feedback', source.feedback],
    ['reason', source.reason],
  ] as const) {
    if (text === null) continue;
    for (const skill of findSkillMentions(text)) {
      out.push({ key: skill.tag, label: skill.label, wording: skill.label, via, ...at });
    }
  }
  return out;
}

interface Text {
  text: string;
  source: ThemeSource;
}

/** Groups free-text sightings by what they say; each group's label is its commonest wording. */
function groupedSightings(texts: readonly Text[], keyPrefix = ''): ThemeOccurrence[] {
  return groupTexts(texts, (t) => t.text).flatMap((group) =>
    group.items.map((item) => ({
      key: `${keyPrefix}${group.key}`,
      label: item.text,
      wording: item.text,
      applicationId: item.source.applicationId,
      on: item.source.rejectedOn,
      via: 'reflection' as const,
    })),
  );
}

function fitSightings(sources: readonly ThemeSource[]): ThemeOccurrence[] {
  const out: ThemeOccurrence[] = [];
  const unsorted: Text[] = [];
  for (const source of sources) {
    const reflection = source.reflection;
    if (reflection === null || (reflection.fit !== 'no' && reflection.fit !== 'partly')) continue;
    const kind = fitReasonKind(reflection.fitWhy);
    if (kind === undefined) {
      unsorted.push({ text: reflection.fitWhy ?? '', source });
      continue;
    }
    out.push({
      key: kind.id,
      label: kind.label,
      wording: reflection.fitWhy ?? kind.label,
      applicationId: source.applicationId,
      on: source.rejectedOn,
      via: 'reflection',
    });
  }
  return [...out, ...groupedSightings(unsorted, 'other:')];
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
  const questionSightings: ThemeOccurrence[] = input.questions.flatMap((q) => {
    const on = dayOf.get(q.applicationId);
    return on === undefined
      ? []
      : [
          {
            key: q.cardId,
            label: q.cardQuestion,
            wording: q.question,
            applicationId: q.applicationId,
            on,
            via: 'reflection' as const,
          },
        ];
  });
  const forgotten = input.sources.flatMap((source) =>
    (source.reflection?.forgotToHighlight ?? []).map((text) => ({ text, source })),
  );
  return {
    halfLifeDays: THEME_HALF_LIFE_DAYS,
    reflections: input.sources.filter((s) => hasReflectionContent(s.reflection)).length,
    feedback: input.sources.filter((s) => s.feedback !== null).length,
    missingSkills: rankThemes(input.sources.flatMap(skillSightings), options),
    questions: rankThemes(questionSightings, options),
    forgotten: rankThemes(groupedSightings(forgotten), options),
    fitProblems: rankThemes(fitSightings(input.sources), options),
    fit: fitAnswers(input.sources),
  };
}
