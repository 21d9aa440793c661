import { count } from '../words';
import type { Relationship } from '../enums';

/**
 * Who to write to after a rejection: the people the user met, ranked so the first is the one
 * they spent the most time with. Writing to the person you actually met, ideally the one you
 * spent the longest with, is the published advice (Turing College; UTSA career centre).
 */
export interface PersonFacts {
  contactId: string;
  name: string;
  relationship: Relationship;
  /** Their own keep-in-touch cadence in days (0 is off); null follows the relationship. */
  keepInTouchDays: number | null;
}

export interface InterviewFacts {
  durationMinutes: number | null;
  contactIds: readonly string[];
}

export interface RankedPerson extends PersonFacts {
  /** Interviews they took part in. */
  interviews: number;
  /** Minutes spent together in interviews (an unknown length counts as a typical 45). */
  minutes: number;
  /** Whether every one of those interviews has a recorded length, so `minutes` is known. */
  minutesKnown: boolean;
  /** Whether they delivered the rejection. */
  deliveredNews: boolean;
}

/** Ranking only: an interview of unknown length counts as this long. */
export const TYPICAL_INTERVIEW_MINUTES = 45;

/** People linked to an application who count as met even without a logged interview. */
const MET_BY_ROLE: readonly Relationship[] = ['recruiter', 'hiring_manager', 'interviewer'];

const RELATIONSHIP_ORDER: readonly Relationship[] = [
  'hiring_manager',
  'recruiter',
  'interviewer',
  'referrer',
  'mentor',
  'peer',
  'other',
];

export interface PeopleMetOptions {
  /** Everyone linked to the application: directly, in its interviews or its interactions. */
  contacts: readonly PersonFacts[];
  interviews: readonly InterviewFacts[];
  /** Who delivered the news, when known. */
  deliveredBy: string | null;
}

/**
 * The people met during an application, most time together first; ties go to the hiring side
 * (hiring manager, then recruiter), then to whoever delivered the news, then by name.
 */
export function rankPeopleMet({ contacts, interviews, deliveredBy }: PeopleMetOptions) {
  const time = new Map<string, { interviews: number; minutes: number; known: boolean }>();
  for (const interview of interviews) {
    for (const id of new Set(interview.contactIds)) {
      const seen = time.get(id) ?? { interviews: 0, minutes: 0, known: true };
      seen.interviews += 1;
      seen.minutes += interview.durationMinutes ?? TYPICAL_INTERVIEW_MINUTES;
      seen.known &&= interview.durationMinutes !== null;
      time.set(id, seen);
    }
  }
  const ranked: RankedPerson[] = contacts
    .filter(
      (c) =>
        time.has(c.contactId) ||
        c.contactId === deliveredBy ||
        MET_BY_ROLE.includes(c.relationship),
    )
    .map((c) => ({
      ...c,
      interviews: time.get(c.contactId)?.interviews ?? 0,
      minutes: time.get(c.contactId)?.minutes ?? 0,
      minutesKnown: time.get(c.contactId)?.known ?? false,
      deliveredNews: c.contactId === deliveredBy,
    }));
  return ranked.sort(
    (a, b) =>
      b.minutes - a.minutes ||
      b.interviews - a.interviews ||
      RELATIONSHIP_ORDER.indexOf(a.relationship) - RELATIONSHIP_ORDER.indexOf(b.relationship) ||
      Number(b.deliveredNews) - Number(a.deliveredNews) ||
      a.name.localeCompare(b.name) ||
      a.contactId.localeCompare(b.contactId),
  );
}

/** The hiring manager the user met, else the person they spent most time with. */
export function feedbackRecipient(people: readonly RankedPerson[]): RankedPerson | null {
  return people.find((p) => p.relationship === 'hiring_manager') ?? people[0] ?? null;
}

/** The hiring manager, else the recruiter, else the person they spent most time with. */
export function silverMedalistRecipient(people: readonly RankedPerson[]): RankedPerson | null {
  return (
    people.find((p) => p.relationship === 'hiring_manager') ??
    people.find((p) => p.relationship === 'recruiter') ??
    people[0] ??
    null
  );
}

/** `1 h 30 min`, `45 min`. */
export function formatMinutes(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return `${rest} min`;
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}

/**
 * Why this person: "the person you spent the most time with (2 interviews, about 1 h 30 min)".
 * The time is said only when every interview's length was recorded: the typical length that
 * ranks an interview of unknown length is Rebound's guess, not something the user told it.
 */
export function whyThisPerson(person: RankedPerson, others: number): string {
  if (person.interviews > 0) {
    const length = person.minutesKnown ? `, about ${formatMinutes(person.minutes)}` : '';
    const met = `${count(person.interviews, 'interview')}${length}`;
    return others > 0
      ? `the person you spent the most time with (${met})`
      : `the person you met (${met})`;
  }
  if (person.deliveredNews) return 'who told you the news';
  return `your ${person.relationship.replace('_', ' ')} contact for this application`;
}
