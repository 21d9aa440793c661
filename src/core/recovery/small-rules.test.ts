import { describe, expect, it } from 'vitest';
import {
  checkRejectionFacts,
  defaultHumanContact,
  looksSenior,
  rejectionInputSchema,
} from '../rejection';
import { feedbackOutcome, NO_REPLY_NOTE } from './feedback';
import { constantTimeEqual, feedTokenText, newFeedToken, parseFeedToken } from './feed-token';
import { followersToMove, snoozeDay } from './snooze';

describe('feedback outcome', () => {
  const base = {
    kind: 'feedback_request' as const,
    status: 'done' as const,
    doneAt: '2026-11-20T10:00:00.000Z',
    feedbackReceivedOn: null,
    waitDays: 10,
    timeZone: 'Europe/London',
  };
  it.each([
    ['2026-11-26T10:00:00.000Z', null, 'awaiting_reply'],
    ['2026-11-30T23:59:00.000Z', null, 'awaiting_reply'],
    ['2026-12-01T00:00:00.000Z', null, 'no_reply'],
    ['2026-12-20T00:00:00.000Z', '2026-12-15', 'replied'],
  ])('at %s with feedback %s it is %s', (now, received, outcome) => {
    expect(feedbackOutcome({ ...base, now, feedbackReceivedOn: received })?.outcome).toBe(outcome);
  });

  it('closes without a reply, citing how rare feedback is', () => {
    const view = feedbackOutcome({ ...base, now: '2026-12-02T00:00:00.000Z' });
    expect(view?.note).toBe(NO_REPLY_NOTE);
    expect(NO_REPLY_NOTE).toMatch(/^No reply — most candidates never get any/);
    expect(NO_REPLY_NOTE).toContain('71% of North American candidates');
    expect(NO_REPLY_NOTE).toContain('Talent Board 2022 CandE benchmark');
  });

  it('has nothing to say about a request not yet sent, or another kind of step', () => {
    expect(
      feedbackOutcome({ ...base, status: 'open', doneAt: null, now: '2026-12-02T00:00:00.000Z' }),
    ).toBeUndefined();
    expect(
      feedbackOutcome({ ...base, kind: 'thank_you', now: '2026-12-02T00:00:00.000Z' }),
    ).toBeUndefined();
  });
});

describe('snoozing', () => {
  it.each([
    ['tomorrow', '2026-11-26', '2026-11-27'],
    ['next-week', '2026-11-26', '2026-11-30'],
    ['next-week', '2026-11-29', '2026-11-30'],
    ['2026-12-24', '2026-11-26', '2026-12-24'],
    ['2026-11-26', '2026-11-26', '2026-11-26'],
  ])('%s from %s ends on %s', (until, today, day) => {
    expect(snoozeDay(until, today)).toBe(day);
  });

  it('refuses a day in the past, naming the field', () => {
    expect(() => snoozeDay('2026-11-25', '2026-11-26')).toThrow(/^until: must be today/);
  });

  it('moves the steps that follow a thank-you when it is snoozed past them', () => {
    const siblings = [
      { id: 'fb', kind: 'feedback_request' as const, dueAt: '2026-11-28T09:00:00.000Z' },
      { id: 'li', kind: 'linkedin_note' as const, dueAt: '2026-12-10T09:00:00.000Z' },
      { id: 'kt', kind: 'keep_in_touch' as const, dueAt: '2026-11-29T09:00:00.000Z' },
    ];
    expect(followersToMove('thank_you', '2026-12-01T09:00:00.000Z', siblings)).toEqual(['fb']);
    expect(followersToMove('feedback_request', '2026-12-20T09:00:00.000Z', siblings)).toEqual([]);
  });
});

describe('calendar feed token', () => {
  it('makes long random tokens that split back into their parts', () => {
    const token = newFeedToken();
    const text = feedTokenText(token);
    expect(text).toHaveLength(48);
    expect(parseFeedToken(text)).toEqual(token);
    expect(feedTokenText(newFeedToken())).not.toBe(text);
  });

  it.each(['', 'short', `${'a'.repeat(47)}!`, 'A'.repeat(48), `${'a'.repeat(48)}b`])(
    'rejects %j',
    (text) => {
      expect(parseFeedToken(text)).toBeUndefined();
    },
  );

  it('compares secrets whole', () => {
    expect(constantTimeEqual('abc', 'abc')).toBe(true);
    expect(constantTimeEqual('abc', 'abd')).toBe(false);
    expect(constantTimeEqual('abc', 'abcd')).toBe(false);
    expect(constantTimeEqual('', '')).toBe(true);
  });
});

describe('rejection facts', () => {
  it.each([
    [{ channel: 'automated', humanContact: true, contactId: null }, 'humanContact'],
    [{ channel: 'phone', humanContact: false, contactId: null }, 'humanContact'],
    [{ channel: 'email', humanContact: false, contactId: 'con_a' }, 'contactId'],
  ] as const)('refuses %j, naming %s', (facts, field) => {
    expect(() => checkRejectionFacts(facts)).toThrow(new RegExp(`^${field}: `));
  });

  it('accepts consistent facts and guesses who was behind a channel', () => {
    expect(() =>
      checkRejectionFacts({ channel: 'email', humanContact: true, contactId: 'con_a' }),
    ).not.toThrow();
    expect(defaultHumanContact('automated')).toBe(false);
    expect(defaultHumanContact('portal')).toBe(false);
    expect(defaultHumanContact('phone')).toBe(true);
  });

  it.each([
    ['Senior Data Analyst', true],
    ['Sr. Backend Engineer', true],
    ['Head of Product', true],
    ['VP Engineering', true],
    ['Data Analyst', false],
    ['Leadership Programme Associate', false],
  ])('reads "%s" as senior: %s', (role, senior) => {
    expect(looksSenior(role)).toBe(senior);
  });

  it.each([
    [{ date: '2026-02-30' }, 'date'],
    [{ date: 'yesterday' }, 'date'],
    [{ stage: 'rejected' }, 'stage'],
    [{ stage: 'lunch' }, 'stage'],
    [{ channel: 'pigeon' }, 'channel'],
    [{ humanContact: 'yes' }, 'humanContact'],
    [{ feeling: 'meh' }, 'feeling'],
  ])('refuses %j, naming %s', (input, field) => {
    const result = rejectionInputSchema.safeParse(input);
    expect(result.error?.issues[0]?.path.join('.')).toBe(field);
  });
});
