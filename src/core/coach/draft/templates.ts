import type { TaskKind } from '../../enums';
import type { CoachKind } from '../types';
import type { DraftInput } from './types';

/** The pieces a template fills in. */
export interface DraftParts {
  first: string;
  company: string;
  role: string;
  userName: string;
  /** What to write in the room, from the reflection when there is one. */
  prompt: string;
  /** A thing that was discussed, or null to leave room for one. */
  fact: string | null;
}

type Template = (parts: DraftParts, compact: boolean) => string;

const room = (prompt: string) => `[[Your words: ${prompt}]]`;
const SHORT_ROOM = '[[Your words]]';

function greeting(first: string): string {
  return first ? `Hi ${first},` : 'Hello,';
}

function signOff(closing: string, userName: string): string {
  return userName ? `${closing},\n${userName}` : `${closing},`;
}

function about(fact: string | null): string {
  return fact ?? room('something specific you talked about');
}

/** Keeps the user's own notes from breaking the room marker or the layout. */
function cleanPrompt(value: string): string {
  const flat = value.replace(/[[\]]/g, '').replace(/\s+/g, ' ').trim();
  return flat.length > 100 ? `${flat.slice(0, 99)}…` : flat;
}

/** What to write in the room: a nudge in the user's direction, using their reflection. */
export function roomPrompt(input: DraftInput): string {
  const learned = input.learned?.find((v) => v.trim() !== '');
  const wentWell = input.wentWell?.find((v) => v.trim() !== '');
  switch (input.kind) {
    case 'feedback_request':
      return learned
        ? `one sentence on what you are working on since, e.g. ${cleanPrompt(learned)}`
        : 'one sentence on what you valued or learned, in your own words';
    case 'thank_you':
      return wentWell
        ? `what you enjoyed or appreciated, e.g. ${cleanPrompt(wentWell)}`
        : 'what you enjoyed or appreciated about meeting them';
    case 'keep_in_touch':
      return 'your reason to write now: an article, an event or your own news';
    case 'linkedin_note':
      return 'one line of your own';
    default:
      return learned
        ? `your news, e.g. ${cleanPrompt(learned)}`
        : 'your news, or what you did with their advice';
  }
}

// Each opening differs from every other kind's: a feedback request often follows a thank-you to
// the same person, and should not read as that note sent twice.
const feedbackRequest: Template[] = [
  (p) =>
    [
      greeting(p.first),
      '',
      `Our talk about ${about(p.fact)} is still on my mind. I am grateful for the time you gave me.`,
      '',
      room(p.prompt),
      '',
      'I accept the decision. If you have a moment, I would value one or two thoughts on what would make me a stronger candidate next time.',
      '',
      signOff('Best wishes', p.userName),
    ].join('\n'),
  (p) =>
    [
      greeting(p.first),
      '',
      `I hope your week is going well. Talking about ${about(p.fact)} was a highlight of the interviews for me.`,
      '',
      room(p.prompt),
      '',
      'If you are open to it, I would welcome one piece of advice on where I could grow before my next interview. A line or two would be plenty.',
      '',
      signOff('With thanks', p.userName),
    ].join('\n'),
];

const thankYou: Template[] = [
  (p) =>
    [
      greeting(p.first),
      '',
      `Thank you for letting me know, and for a thoughtful process. I enjoyed hearing about ${about(p.fact)}.`,
      '',
      room(p.prompt),
      '',
      `I hope our paths cross again, and I wish you and the team${p.company ? ` at ${p.company}` : ''} every success.`,
      '',
      signOff('Best wishes', p.userName),
    ].join('\n'),
  (p) =>
    [
      greeting(p.first),
      '',
      `Thanks for taking the time to tell me yourself. Our talk about ${about(p.fact)} has stayed with me.`,
      '',
      room(p.prompt),
      '',
      'Meeting you was one of the best parts of the process, and I hope we cross paths again.',
      '',
      signOff('Warm regards', p.userName),
    ].join('\n'),
];

const keepInTouch: Template[] = [
  (p) =>
    [
      greeting(p.first),
      '',
      `I hope things are going well${p.company ? ` at ${p.company}` : ''}. I was thinking back to our talk about ${about(p.fact)}.`,
      '',
      room(p.prompt),
      '',
      'I would love to hear how things are going whenever you have a moment.',
      '',
      signOff('Best', p.userName),
    ].join('\n'),
  (p) =>
    [
      greeting(p.first),
      '',
      `Something reminded me of our talk about ${about(p.fact)}. I wanted to say hello.`,
      '',
      room(p.prompt),
      '',
      'I hope all is well with you and the team.',
      '',
      signOff('All the best', p.userName),
    ].join('\n'),
];

// Short sentences: a note is read on a phone, and LinkedIn counts every character.
const linkedinNote: Template[] = [
  (p, compact) =>
    compact
      ? `${greeting(p.first)} thank you for the talk about ${about(p.fact)}. ${SHORT_ROOM}`
      : `${greeting(p.first)} thank you for the talk about ${about(p.fact)}. ${SHORT_ROOM} I hope our paths cross again.`,
  (p, compact) =>
    compact
      ? `${greeting(p.first)} talking about ${about(p.fact)} stayed with me. ${SHORT_ROOM}`
      : `${greeting(p.first)} talking about ${about(p.fact)} with you stayed with me. ${SHORT_ROOM} I hope we keep in touch.`,
];

const followUp: Template[] = [
  (p) =>
    [
      greeting(p.first),
      '',
      `Thank you again for your time, and for the talk about ${about(p.fact)}.`,
      '',
      room(p.prompt),
      '',
      signOff('Best wishes', p.userName),
    ].join('\n'),
];

/** A check-in some weeks after a final round: still keen, with news, and no ask. */
const silverMedalist: Template[] = [
  (p) =>
    [
      greeting(p.first),
      '',
      `It has been a few weeks since the final round${p.company ? ` at ${p.company}` : ''}. I often recall our talk about ${about(p.fact)}.`,
      '',
      room(p.prompt),
      '',
      'If the team’s plans change, I would be glad to talk again.',
      '',
      signOff('Best wishes', p.userName),
    ].join('\n'),
];

/** Wordings for a plan step whose message is of a more general kind (a check-in is a follow-up). */
export const STEP_TEMPLATES: Partial<Record<TaskKind, readonly Template[]>> = {
  silver_medalist: silverMedalist,
};

/** Two wordings for most kinds, so drafts for different people do not read the same. */
export const DRAFT_TEMPLATES: Record<CoachKind, readonly Template[]> = {
  feedback_request: feedbackRequest,
  thank_you: thankYou,
  keep_in_touch: keepInTouch,
  linkedin_note: linkedinNote,
  follow_up: followUp,
  other: followUp,
};
