import type { Reflection, ReflectionInput } from '../../api/recovery';

export const MOOD_OPTIONS = [
  { value: 'calm', label: 'Calm' },
  { value: 'disappointed', label: 'Disappointed' },
  { value: 'upset', label: 'Upset' },
  { value: 'angry', label: 'Angry' },
] as const;

export const FIT_OPTIONS = [
  { value: 'yes', label: 'Yes' },
  { value: 'partly', label: 'Partly' },
  { value: 'no', label: 'Not really' },
] as const;

/** How a question is answered on its screen. */
export type AnswerKind = 'fit' | 'list' | 'text';

export interface ReflectionQuestion {
  id:
    | 'fit'
    | 'missingSkills'
    | 'communication'
    | 'forgotToHighlight'
    | 'hardQuestions'
    | 'wentWell'
    /** Kept as wins of the application, not in the reflection itself. */
    | 'wins';
  kind: AnswerKind;
  question: string;
  /** A kind word on why it is worth a minute. */
  why: string;
  placeholder?: string;
}

/** The guided reflection, one question per screen, in the order a person thinks it through. */
export const REFLECTION_QUESTIONS: readonly ReflectionQuestion[] = [
  {
    id: 'fit',
    kind: 'fit',
    question: 'Was the job a fit for your life?',
    why: 'Sometimes a “no” spares you a job that would not have suited you. Either way, it is worth knowing.',
  },
  {
    id: 'missingSkills',
    kind: 'list',
    question: 'Which skills or qualifications did they want that you do not have yet?',
    why: 'Across several applications the same gaps show up; that is where practice pays off most.',
    placeholder: 'e.g. Kubernetes, people management — press Enter after each',
  },
  {
    id: 'communication',
    kind: 'text',
    question: 'How did you come across?',
    why: 'How you told your stories, how you listened, what you would say differently.',
  },
  {
    id: 'forgotToHighlight',
    kind: 'list',
    question: 'Anything you wish you had mentioned?',
    why: 'Write them down now and they will be ready for the next interview.',
    placeholder: 'e.g. the migration I led last year — press Enter after each',
  },
  {
    id: 'hardQuestions',
    kind: 'list',
    question: 'Which questions tripped you up?',
    why: 'They become your practice deck; you can work out a better answer later.',
    placeholder: 'Type a question and press Enter',
  },
  {
    id: 'wentWell',
    kind: 'text',
    question: 'What went well?',
    why: 'There was something. Keep it — it is what you build on.',
  },
  {
    id: 'wins',
    kind: 'list',
    question: 'Any wins to keep?',
    why: 'A good answer, a kind interviewer, a round you reached for the first time. Small ones count. They will be on Today and Insights.',
    placeholder: 'Type a win and press Enter',
  },
];

/** The saved answer to a question, as its input shows it. */
export function answerOf(reflection: Reflection | null, id: ReflectionQuestion['id']) {
  if (!reflection)
    return id === 'fit'
      ? { fit: '', fitWhy: '' }
      : id === 'communication' || id === 'wentWell'
        ? ''
        : [];
  // Wins are kept on their own; the screen starts empty and adds what is typed.
  if (id === 'wins') return [];
  switch (id) {
    case 'fit':
      return { fit: reflection.fit ?? '', fitWhy: reflection.fitWhy ?? '' };
    case 'missingSkills':
      return (reflection.missingSkills ?? []).map((s) => s.label);
    case 'forgotToHighlight':
      return reflection.forgotToHighlight ?? [];
    case 'hardQuestions':
      return (reflection.hardQuestions ?? []).map((q) => q.question);
    case 'communication':
      return reflection.communication ?? '';
    case 'wentWell':
      return reflection.wentWell ?? '';
  }
}

export type Answer = ReturnType<typeof answerOf>;

/** The reflection change that saves one answer. */
export function inputFor(id: ReflectionQuestion['id'], answer: Answer): ReflectionInput {
  if (id === 'fit') {
    const { fit, fitWhy } = answer as { fit: string; fitWhy: string };
    return {
      fit: fit === '' ? null : (fit as 'yes' | 'partly' | 'no'),
      fitWhy: fitWhy.trim() || null,
    };
  }
  if (id === 'communication' || id === 'wentWell')
    return { [id]: (answer as string).trim() || null };
  if (id === 'wins') return {};
  return { [id]: answer as string[] };
}

/**
 * The questions logged with the application's interviews, most recent interview first, each
 * once (ignoring case and spacing): what "Which questions tripped you up?" offers to pick from.
 */
export function loggedQuestions(
  interviews: readonly { scheduledAt: string; questions: readonly string[] }[],
): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  const latestFirst = [...interviews].sort((a, b) => b.scheduledAt.localeCompare(a.scheduledAt));
  for (const interview of latestFirst) {
    for (const question of interview.questions) {
      const text = question.trim().replace(/\s+/g, ' ');
      const key = text.toLowerCase();
      if (text === '' || seen.has(key)) continue;
      seen.add(key);
      out.push(text);
    }
  }
  return out;
}
