import { MESSAGE_KIND_LABELS } from '../../../core/message';
import type { Application } from '../../api/applications';
import type { ContactDetail } from '../../api/contacts';
import type { Message } from '../../api/messages';
import { CHANNEL_LABELS, FORMAT_LABELS } from '../../lib/labels';

export interface ContactTimelineEntry {
  id: string;
  at: string;
  kind: 'interview' | 'interaction' | 'message';
  summary: string;
  /** The application it happened in, when there is one. */
  application: Pick<Application, 'id' | 'company' | 'role'> | null;
  href: string | null;
}

/**
 * One person's story across every application: interviews with them, touchpoints and messages,
 * newest first. A sent message is shown once, not again as the touchpoint it logged.
 */
export function contactTimeline(
  detail: ContactDetail,
  messages: readonly Message[],
  applications: ReadonlyMap<string, Pick<Application, 'id' | 'company' | 'role'>>,
): ContactTimelineEntry[] {
  const app = (id: string | null) => (id ? (applications.get(id) ?? null) : null);
  const loggedMessages = new Set(messages.map((m) => m.id));
  const entries: ContactTimelineEntry[] = [
    ...detail.interviews.map((i) => ({
      id: i.id,
      at: i.scheduledAt,
      kind: 'interview' as const,
      summary: `Round ${i.round} interview (${FORMAT_LABELS[i.format].toLowerCase()})${
        i.topics.length > 0 ? `: ${i.topics.join(', ')}` : ''
      }`,
      application: app(i.applicationId),
      href: `/applications/${i.applicationId}`,
    })),
    ...detail.interactions
      .filter((i) => i.messageId === null || !loggedMessages.has(i.messageId))
      .map((i) => ({
        id: i.id,
        at: i.occurredAt,
        kind: 'interaction' as const,
        summary: `${i.direction === 'inbound' ? 'They reached out' : 'You reached out'} · ${
          CHANNEL_LABELS[i.channel]
        }${i.summary ? `: ${i.summary}` : ''}`,
        application: app(i.applicationId),
        href: null,
      })),
    ...messages
      .filter((m) => m.sentAt !== null || m.status === 'draft')
      .map((m) => ({
        id: m.id,
        at: m.sentAt ?? m.updatedAt,
        kind: 'message' as const,
        summary: `${m.status === 'draft' ? 'Draft' : 'Sent'}: ${MESSAGE_KIND_LABELS[m.kind]}`,
        application: app(m.applicationId),
        href: `/messages/${m.id}`,
      })),
  ];
  return entries.sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
}
