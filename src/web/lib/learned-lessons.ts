import type { NoteToSend } from '../api/wellbeing';

/**
 * What the user learned, as short lines to draw on in a gracious note: wins, what went well,
 * what to build, what to mention next time, what they said. How the user felt is not here.
 */
export function learnedLessons(learned: NoteToSend['learned'] | undefined): string[] {
  if (!learned) return [];
  return [
    ...learned.wins,
    ...(learned.wentWell ? [learned.wentWell] : []),
    ...learned.missingSkills.map((s) => `Something to build: ${s}`),
    ...learned.forgotToHighlight.map((s) => `Worth mentioning next time: ${s}`),
    ...(learned.feedback ? [`What they said: ${learned.feedback}`] : []),
  ];
}
