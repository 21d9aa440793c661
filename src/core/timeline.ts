import type { StageEvent } from './application';
import type { Contact } from './contact';
import type { Instant } from './dates';
import type { InteractionChannel } from './enums';
import type { Interaction } from './interaction';
import type { Interview } from './interview';
import { MESSAGE_KIND_LABELS, type Message } from './message';
import type { Rejection } from './rejection';
import { STAGE_LABELS } from './stages';

export type TimelineKind = 'stage' | 'interview' | 'interaction' | 'rejection' | 'message';

export interface TimelineEntry {
  at: Instant;
  kind: TimelineKind;
  /** The id of the record behind the entry. */
  refId: string;
  summary: string;
}

export interface TimelineSources {
  stageEvents: readonly StageEvent[];
  interviews: readonly Interview[];
  interactions: readonly Interaction[];
  messages: readonly Message[];
  rejection: Rejection | null;
  contacts: readonly Contact[];
}

const FORMAT_WORDS: Record<Interview['format'], string> = {
  phone: 'phone',
  video: 'video',
  onsite: 'on-site',
  take_home: 'take-home',
  panel: 'panel',
  technical: 'technical',
  other: '',
};

/** How a touchpoint happened, as the end of "To Ana Okafor …". */
const CHANNEL_WORDS: Record<InteractionChannel, string> = {
  email: ' by email',
  linkedin: ' on LinkedIn',
  call: ' by phone',
  video: ' on a video call',
  meeting: ' in a meeting',
  message: ' by message',
  article: ', sharing an article',
  event: ' at an event',
  other: '',
};

/** Entries at the same moment read in the order things happen: a move, then what followed. */
const KIND_ORDER: readonly TimelineKind[] = [
  'stage',
  'interview',
  'rejection',
  'message',
  'interaction',
];

/**
 * The stage event that recorded the current rejection: the last move to `rejected`. Its time is
 * when the application was marked rejected, which the rejection's calendar day cannot place
 * among the other events of that day.
 */
function rejectionEvent(sources: TimelineSources): StageEvent | undefined {
  if (!sources.rejection) return undefined;
  return sources.stageEvents.filter((e) => e.stage === 'rejected').at(-1);
}

/**
 * One application's story in time order, oldest first. Each thing that happened appears once:
 * the rejection replaces the stage move that recorded it, and a sent message replaces the
 * touchpoint logged for it.
 */
export function buildTimeline(sources: TimelineSources): TimelineEntry[] {
  const nameOf = new Map(sources.contacts.map((c) => [c.id, c.name]));
  const names = (ids: readonly string[]) =>
    ids
      .map((id) => nameOf.get(id))
      .filter((n): n is string => n !== undefined)
      .join(', ');
  const rejected = rejectionEvent(sources);
  const sent = sources.messages.filter((m) => m.sentAt !== null);
  const sentIds = new Set(sent.map((m) => m.id));
  const entries: TimelineEntry[] = [
    ...sources.stageEvents
      .filter((e) => e !== rejected)
      .map((e) => ({
        at: e.at,
        kind: 'stage' as const,
        refId: e.id,
        summary: `Moved to ${STAGE_LABELS[e.stage]}${e.note ? ` — ${e.note}` : ''}`,
      })),
    ...sources.interviews.map((i) => {
      const met = names(i.contactIds);
      const format = FORMAT_WORDS[i.format];
      return {
        at: i.scheduledAt,
        kind: 'interview' as const,
        refId: i.id,
        summary: `Round ${i.round}${format ? ` ${format}` : ''} interview${met ? ` with ${met}` : ''}`,
      };
    }),
    ...sources.interactions
      .filter((i) => i.messageId === null || !sentIds.has(i.messageId))
      .map((i) => ({
        at: i.occurredAt,
        kind: 'interaction' as const,
        refId: i.id,
        summary: `${i.direction === 'inbound' ? 'From' : 'To'} ${nameOf.get(i.contactId) ?? 'a contact'}${CHANNEL_WORDS[i.channel]}${i.summary ? `: ${i.summary}` : ''}`,
      })),
    ...sent.map((m) => {
      const to = (m.contactId !== null ? nameOf.get(m.contactId) : undefined) ?? m.recipient;
      return {
        at: m.sentAt as Instant,
        kind: 'message' as const,
        refId: m.id,
        summary: `Sent a ${MESSAGE_KIND_LABELS[m.kind]}${to ? ` to ${to}` : ''}`,
      };
    }),
  ];
  if (sources.rejection) {
    const { rejection } = sources;
    entries.push({
      at: rejected?.at ?? `${rejection.rejectedOn}T12:00:00.000Z`,
      kind: 'rejection',
      refId: rejection.id,
      summary: `Rejected after ${STAGE_LABELS[rejection.stageReached].toLowerCase()}${
        rejection.reason ? ` — ${rejection.reason}` : ''
      }`,
    });
  }
  return entries.sort(
    (a, b) =>
      (a.at < b.at ? -1 : a.at > b.at ? 1 : 0) ||
      KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind),
  );
}
