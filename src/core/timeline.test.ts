import { describe, expect, it } from 'vitest';
import type { Contact } from './contact';
import type { Interaction } from './interaction';
import type { Message } from './message';
import type { Rejection } from './rejection';
import { buildTimeline, type TimelineSources } from './timeline';

const helen = { id: 'con_helen', name: 'Helen Cho' } as Contact;

const message = (over: Partial<Message>): Message => ({
  id: 'msg_1',
  applicationId: 'app_1',
  contactId: helen.id,
  kind: 'thank_you',
  channel: 'email',
  recipient: 'helen@acme.example',
  subject: null,
  body: 'Thank you',
  status: 'sent',
  sentAt: '2026-12-07T09:00:00.000Z',
  scheduled: null,
  sendFailure: null,
  emailMessageId: null,
  inReplyTo: null,
  references: [],
  createdAt: '2026-12-07T08:30:00.000Z',
  updatedAt: '2026-12-07T09:00:00.000Z',
  ...over,
});

const touch = (over: Partial<Interaction>): Interaction => ({
  id: 'int_1',
  contactId: helen.id,
  applicationId: 'app_1',
  occurredAt: '2026-12-07T09:00:00.000Z',
  channel: 'email',
  direction: 'outbound',
  summary: 'Sent a thank-you note',
  messageId: 'msg_1',
  createdAt: '2026-12-07T09:00:00.000Z',
  ...over,
});

const rejection = {
  id: 'rej_1',
  applicationId: 'app_1',
  // Recorded early in the morning: its calendar day alone would place it at noon, after the
  // thank-you sent at nine.
  rejectedOn: '2026-12-07',
  stageReached: 'interview',
  reason: null,
} as Rejection;

function sources(over: Partial<TimelineSources> = {}): TimelineSources {
  return {
    stageEvents: [
      {
        id: 'stg_1',
        applicationId: 'app_1',
        stage: 'applied',
        at: '2026-11-20T10:00:00.000Z',
        note: null,
      },
      {
        id: 'stg_2',
        applicationId: 'app_1',
        stage: 'rejected',
        at: '2026-12-07T07:00:00.000Z',
        note: null,
      },
    ],
    interviews: [],
    interactions: [touch({})],
    messages: [message({})],
    rejection,
    contacts: [helen],
    ...over,
  };
}

describe('an application timeline', () => {
  it('tells each thing once, in the order it happened', () => {
    expect(buildTimeline(sources()).map((e) => [e.kind, e.summary])).toEqual([
      ['stage', 'Moved to Applied'],
      ['rejection', 'Rejected after interviewing'],
      ['message', 'Sent a thank-you note to Helen Cho'],
    ]);
  });

  it('keeps a touchpoint of its own and says how it happened in words', () => {
    const entries = buildTimeline(
      sources({
        interactions: [
          touch({}),
          touch({
            id: 'int_2',
            messageId: null,
            channel: 'linkedin',
            direction: 'inbound',
            summary: 'Shared a post',
            occurredAt: '2026-12-08T10:00:00.000Z',
          }),
        ],
      }),
    );
    expect(entries.at(-1)).toMatchObject({
      kind: 'interaction',
      summary: 'From Helen Cho on LinkedIn: Shared a post',
    });
    expect(entries.filter((e) => e.kind === 'interaction')).toHaveLength(1);
  });

  it('keeps an earlier move to rejected that a withdrawn rejection left behind', () => {
    const entries = buildTimeline(
      sources({
        stageEvents: [
          ...sources().stageEvents.slice(0, 1),
          {
            id: 'stg_old',
            applicationId: 'app_1',
            stage: 'rejected',
            at: '2026-11-25T10:00:00.000Z',
            note: null,
          },
          {
            id: 'stg_back',
            applicationId: 'app_1',
            stage: 'interview',
            at: '2026-11-27T10:00:00.000Z',
            note: null,
          },
          ...sources().stageEvents.slice(1),
        ],
        interactions: [],
        messages: [],
      }),
    );
    expect(entries.map((e) => e.summary)).toEqual([
      'Moved to Applied',
      'Moved to Rejected',
      'Moved to Interviewing',
      'Rejected after interviewing',
    ]);
  });

  it('places a rejection without its stage move on its day, and a draft not at all', () => {
    const entries = buildTimeline(
      sources({
        stageEvents: sources().stageEvents.slice(0, 1),
        messages: [message({ status: 'draft', sentAt: null })],
        interactions: [],
      }),
    );
    expect(entries.map((e) => [e.kind, e.at])).toEqual([
      ['stage', '2026-11-20T10:00:00.000Z'],
      ['rejection', '2026-12-07T12:00:00.000Z'],
    ]);
  });
});
