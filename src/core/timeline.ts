import type { StageEvent } from './application';
import type { Contact } from './contact';
import type { Instant } from './dates';
import type { Interaction } from './interaction';
import type { Interview } from './interview';
import type { Message } from './message';
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

/** One application's story in time order, oldest first. */
export function buildTimeline(sources: TimelineSources): TimelineEntry[] {
  const nameOf = new Map(sources.contacts.map((c) => [c.id, c.name]));
  const names = (ids: readonly string[]) =>
    ids
      .map((id) => nameOf.get(id))
      .filter((n): n is string => n !== undefined)
      .join(', ');
  const entries: TimelineEntry[] = [
    ...sources.stageEvents.map((e) => ({
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
    ...sources.interactions.map((i) => ({
      at: i.occurredAt,
      kind: 'interaction' as const,
      refId: i.id,
      summary: `${i.direction === 'inbound' ? 'From' : 'To'} ${nameOf.get(i.contactId) ?? 'a contact'} by ${i.channel}${i.summary ? `: ${i.summary}` : ''}`,
    })),
    ...sources.messages
      .filter((m) => m.sentAt !== null)
      .map((m) => ({
        at: m.sentAt as Instant,
        kind: 'message' as const,
        refId: m.id,
        summary: `Sent ${m.kind.replace(/_/g, ' ')}${m.recipient ? ` to ${m.recipient}` : ''}`,
      })),
  ];
  if (sources.rejection) {
    entries.push({
      at: `${sources.rejection.rejectedOn}T12:00:00.000Z`,
      kind: 'rejection',
      refId: sources.rejection.id,
      summary: `Rejected after ${STAGE_LABELS[sources.rejection.stageReached].toLowerCase()}${
        sources.rejection.reason ? ` — ${sources.rejection.reason}` : ''
      }`,
    });
  }
  return entries.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
}
