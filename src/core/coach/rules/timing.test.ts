import { describe, expect, it } from 'vitest';
import { runRule } from '../../../../test/coach';
import { repeatRequestRule, tooLateRule, tooSoonRule } from './timing';

const text = 'Hi Marta, thanks for letting me know. Could you share one thing I could improve?';
const at = (rejectedAt: string, sentAt: string) => ({ context: { rejectedAt, sentAt } });

describe('timing/too-soon and timing/too-late', () => {
  it.each([
    ['2026-03-02T09:00:00Z', '2026-03-02T10:30:00Z', 'too-soon'],
    ['2026-03-02T09:00:00Z', '2026-03-03T08:00:00Z', 'too-soon'],
    ['2026-03-02T09:00:00Z', '2026-03-03T10:00:00Z', null],
    ['2026-03-02T09:00:00Z', '2026-03-08T10:00:00Z', null],
    ['2026-03-02T09:00:00Z', '2026-03-10T10:00:00Z', 'too-late'],
    ['2026-03-02', '2026-03-20T10:00:00Z', 'too-late'],
  ])('rejected %s, sent %s: %s', (rejectedAt, sentAt, expected) => {
    const soon = runRule(tooSoonRule(), text, at(rejectedAt, sentAt));
    const late = runRule(tooLateRule(), text, at(rejectedAt, sentAt));
    const found = [...soon.map(() => 'too-soon'), ...late.map(() => 'too-late')];
    expect(found).toEqual(expected ? [expected] : []);
  });

  it.each([
    // Only the day is known: the news could have come at any hour of it.
    ['2026-03-02', '2026-03-02T12:30:00Z', 'UTC', 'on the day the news came'],
    ['2026-03-02', '2026-03-02T23:30:00Z', 'Europe/Berlin', 'the day after'],
    ['2026-03-02', '2026-03-03T08:00:00Z', 'UTC', 'the day after'],
    ['2026-03-02', '2026-03-03T13:00:00Z', 'UTC', null],
    ['2026-03-02', '2026-03-01T23:30:00Z', 'Europe/Berlin', 'on the day the news came'],
    ['2026-03-02', '2026-03-01T22:00:00Z', 'UTC', null],
  ])(
    'from the day %s alone, sent %s (%s), never counts hours: %s',
    (rejectedAt, sentAt, timeZone, expected) => {
      const found = runRule(tooSoonRule({ coolOffHours: 36 }), text, {
        context: { rejectedAt, sentAt, timeZone },
      });
      if (expected === null) {
        expect(found).toEqual([]);
        return;
      }
      expect(found).toHaveLength(1);
      expect(found[0]?.message).toContain(`You are replying ${expected}`);
      expect(found[0]?.message).not.toMatch(/replying (?:less than )?(?:an|\d+) hours? after/);
    },
  );

  it('asks a follow-up sent within hours of the no to wait, and lets a later one through', () => {
    const note = 'Hi Marta, just checking whether the planner role is still open?';
    const soon = runRule(tooSoonRule(), note, {
      kind: 'follow_up',
      ...at('2026-03-02T09:00:00Z', '2026-03-02T09:25:00Z'),
    });
    expect(soon).toHaveLength(1);
    expect(soon[0]?.message).toMatch(/^You are following up less than an hour after the news\./);
    expect(
      runRule(tooSoonRule(), note, {
        kind: 'follow_up',
        ...at('2026-03-02T09:00:00Z', '2026-03-30T09:00:00Z'),
      }),
    ).toEqual([]);
    // A late first reply is about thanks and feedback; a check-in weeks on is the point of one.
    expect(
      runRule(tooLateRule(), note, {
        kind: 'follow_up',
        ...at('2026-03-02T09:00:00Z', '2026-03-30T09:00:00Z'),
      }),
    ).toEqual([]);
  });

  it('reads a rejection day with the default cool-off as settled by the next morning', () => {
    const context = { rejectedAt: '2026-03-02', timeZone: 'UTC' };
    expect(
      runRule(tooSoonRule(), text, { context: { ...context, sentAt: '2026-03-02T12:10:00Z' } })[0]
        ?.message,
    ).toMatch(/^You are replying on the day the news came\./);
    expect(
      runRule(tooSoonRule(), text, { context: { ...context, sentAt: '2026-03-03T07:00:00Z' } }),
    ).toEqual([]);
    expect(
      runRule(tooLateRule(), text, { context: { ...context, sentAt: '2026-03-11T07:00:00Z' } })[0]
        ?.message,
    ).toMatch(/^It has been 9 days since the rejection\./);
  });

  it('stays quiet without both dates, or when they are out of order', () => {
    expect(
      runRule(tooSoonRule(), text, { context: { rejectedAt: '2026-03-02T09:00:00Z' } }),
    ).toEqual([]);
    expect(
      runRule(tooSoonRule(), text, at('2026-03-05T09:00:00Z', '2026-03-02T09:00:00Z')),
    ).toEqual([]);
  });

  it('uses its options, which default to the timing defaults', () => {
    const patient = tooSoonRule({ coolOffHours: 2 });
    expect(runRule(patient, text, at('2026-03-02T09:00:00Z', '2026-03-02T12:00:00Z'))).toEqual([]);
  });

  it('applies to first replies only', () => {
    const linkedin = runRule(tooSoonRule(), 'Hi Marta, glad to connect.', {
      kind: 'linkedin_note',
      ...at('2026-03-02T09:00:00Z', '2026-03-02T10:00:00Z'),
    });
    expect(linkedin).toEqual([]);
  });
});

describe('timing/repeat-request', () => {
  const rule = repeatRequestRule();
  const asked = {
    kind: 'feedback_request' as const,
    text: 'Any feedback?',
    to: 'Marta Jensen',
    sentAt: '2026-03-03T10:00:00.000Z',
  };

  it('flags a second feedback request to the same person', () => {
    const [finding] = runRule(rule, text, { context: { previousMessages: [asked] } });
    expect(finding?.message).toContain('2026-03-03');
  });

  it('flags a second request to the same company, through someone else', () => {
    const other = {
      kind: 'feedback_request' as const,
      text: 'Any feedback?',
      to: 'Lee Ford',
      company: 'halcyon freight',
    };
    expect(runRule(rule, text, { context: { previousMessages: [other] } })).toHaveLength(1);
  });

  it('flags a follow-up that asks again, not one that thanks for feedback received', () => {
    const context = { previousMessages: [asked] };
    expect(
      runRule(rule, 'Hi Marta, just following up on my feedback request.', {
        kind: 'follow_up',
        context,
      }),
    ).toHaveLength(1);
    expect(
      runRule(rule, 'Hi Marta, thank you for the feedback, it helped.', {
        kind: 'follow_up',
        context,
      }),
    ).toEqual([]);
  });

  it('ignores earlier messages of other kinds or to other companies', () => {
    const previousMessages = [
      { ...asked, kind: 'thank_you' as const },
      {
        kind: 'feedback_request' as const,
        text: 'Any feedback?',
        to: 'Lee Ford',
        company: 'Quill Analytics',
      },
    ];
    expect(runRule(rule, text, { context: { previousMessages } })).toEqual([]);
  });
});
