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

const feedbackRequest: Template[] = [
  (p) =>
    [
      greeting(p.first),
      '',
      `Thank you for letting me know, and for the time you gave me during the process. I enjoyed our conversation about ${about(p.fact)}.`,
      '',
      room(p.prompt),
      '',
      'I understand the decision. If you have a moment, I would value one or two thoughts on what would make me a stronger candidate next time.',
      '',
      signOff('Best wishes', p.userName),
    ].join('\n'),
  (p) =>
    [
      greeting(p.first),
      '',
      `Thanks for telling me, and for being so generous with your time. Talking about ${about(p.fact)} was a highlight of the process for me.`,
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
      `Thank you for letting me know, and for a thoughtful process. I especially enjoyed hearing about ${about(p.fact)}.`,
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
      `Thanks for taking the time to tell me yourself. Our conversation about ${about(p.fact)} has stayed with me.`,
      '',
      room(p.prompt),
      '',
      'It was a pleasure meeting you, and I would be glad to stay in touch.',
      '',
      signOff('Warm regards', p.userName),
    ].join('\n'),
];

const keepInTouch: Template[] = [
  (p) =>
    [
      greeting(p.first),
      '',
      `I hope things are going well${p.company ? ` at ${p.company}` : ''}. I was thinking back to our conversation about ${about(p.fact)}.`,
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
      `Something reminded me of our talk about ${about(p.fact)}, so I wanted to say hello.`,
      '',
      room(p.prompt),
      '',
      'I hope all is well with you and the team.',
      '',
      signOff('All the best', p.userName),
    ].join('\n'),
];

const linkedinNote: Template[] = [
  (p, compact) =>
    compact
      ? `${greeting(p.first)} I enjoyed talking about ${about(p.fact)}. ${SHORT_ROOM} Glad to connect.`
      : `${greeting(p.first)} I enjoyed our conversation about ${about(p.fact)}${p.company ? ` at ${p.company}` : ''}. ${SHORT_ROOM} I would be glad to stay connected.`,
  (p, compact) =>
    compact
      ? `${greeting(p.first)} good to talk about ${about(p.fact)}. ${SHORT_ROOM} Glad to connect.`
      : `${greeting(p.first)} it was good to meet you and talk about ${about(p.fact)}. ${SHORT_ROOM} I would like to stay in touch.`,
];

const followUp: Template[] = [
  (p) =>
    [
      greeting(p.first),
      '',
      `Thank you again for your time, and for our conversation about ${about(p.fact)}.`,
      '',
      room(p.prompt),
      '',
      signOff('Best wishes', p.userName),
    ].join('\n'),
];

/** Two wordings for most kinds, so drafts for different people do not read the same. */
export const DRAFT_TEMPLATES: Record<CoachKind, readonly Template[]> = {
  feedback_request: feedbackRequest,
  thank_you: thankYou,
  keep_in_touch: keepInTouch,
  linkedin_note: linkedinNote,
  follow_up: followUp,
  other: followUp,
};
