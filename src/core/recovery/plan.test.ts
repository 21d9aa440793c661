import { describe, expect, it } from 'vitest';
import { rankPeopleMet, type PersonFacts } from './people';
import { planRecovery, type PlanContext, type PlannedStep } from './plan';
import { resolveRecoverySettings } from './settings';

const ZONE = 'Europe/London';
const settings = resolveRecoverySettings({ timeZone: ZONE });

const ana: PersonFacts = {
  contactId: 'con_ana',
  name: 'Ana Okafor',
  relationship: 'hiring_manager',
  keepInTouchDays: null,
};
const ben: PersonFacts = {
  contactId: 'con_ben',
  name: 'Ben Park',
  relationship: 'recruiter',
  keepInTouchDays: null,
};
const cy: PersonFacts = {
  contactId: 'con_cy',
  name: 'Cy Moreau',
  relationship: 'interviewer',
  keepInTouchDays: null,
};

/** A rejection after the final round on Thursday 26 November, logged the same morning. */
function context(overrides: Partial<PlanContext> = {}): PlanContext {
  return {
    rejectedOn: '2026-11-26',
    loggedOn: '2026-11-26',
    stageReached: 'final',
    channel: 'email',
    humanContact: true,
    seniorRole: false,
    company: 'Acme',
    role: 'Data Analyst',
    people: rankPeopleMet({
      contacts: [ana, ben, cy],
      interviews: [
        { durationMinutes: 30, contactIds: ['con_ben'] },
        { durationMinutes: 60, contactIds: ['con_ana'] },
        { durationMinutes: 120, contactIds: ['con_ana', 'con_cy'] },
      ],
      deliveredBy: 'con_ben',
    }),
    feeling: null,
    settings,
    now: '2026-11-26T10:00:00.000Z',
    existingKeys: new Set(),
    ...overrides,
  };
}

const summary = (steps: PlannedStep[]) =>
  steps.map((s) => `${s.kind} ${s.contactId ?? '-'} ${s.dueOn}`);
const step = (steps: PlannedStep[], kind: string, contactId?: string) =>
  steps.find((s) => s.kind === kind && (contactId === undefined || s.contactId === contactId));

describe('recovery plan', () => {
  it('plans the whole recovery after a final round, addressed to the people met', () => {
    expect(summary(planRecovery(context()))).toEqual([
      'reflect - 2026-11-26',
      'thank_you con_ana 2026-11-27',
      'feedback_request con_ana 2026-11-28',
      'linkedin_note con_ana 2026-11-29',
      'linkedin_note con_cy 2026-11-29',
      'linkedin_note con_ben 2026-11-29',
      'keep_in_touch con_ana 2026-12-24',
      'keep_in_touch con_cy 2026-12-24',
      'keep_in_touch con_ben 2026-12-24',
      'silver_medalist con_ana 2027-01-10',
      'reapply - 2027-05-26',
    ]);
  });

  it('dates every step at the reminder time in the user’s zone', () => {
    const steps = planRecovery(context());
    expect(step(steps, 'thank_you')?.dueAt).toBe('2026-11-27T09:00:00.000Z');
    const newYork = resolveRecoverySettings({
      timeZone: 'America/New_York',
      reminderTime: '08:30',
    });
    expect(step(planRecovery(context({ settings: newYork })), 'thank_you')?.dueAt).toBe(
      '2026-11-27T13:30:00.000Z',
    );
  });

  it('explains each date in plain words and names its sources', () => {
    const steps = planRecovery(context());
    expect(step(steps, 'thank_you')?.reason).toMatch(
      /^Thank Ana Okafor, the person you spent the most time with \(2 interviews, about 3 h\)/,
    );
    expect(step(steps, 'thank_you')?.reason).toContain('The day after the news');
    expect(step(steps, 'thank_you')?.reason).toContain(
      '(The Ladders; Climb the Ladder; Richmond Times-Dispatch; Turing College)',
    );
    expect(step(steps, 'feedback_request')?.reason).toContain(
      'as hiring manager they know what decided it',
    );
    expect(step(steps, 'feedback_request')?.reason).toContain('John Kador via Monster');
    expect(step(steps, 'reapply')?.reason).toContain('Job Shop SF');
    expect(step(steps, 'silver_medalist')?.reason).toContain("Rebound's own default");
  });

  it('after a first screen plans no feedback request and no silver-medalist check-in', () => {
    const steps = planRecovery(
      context({
        stageReached: 'screen',
        people: rankPeopleMet({
          contacts: [ben],
          interviews: [{ durationMinutes: 30, contactIds: ['con_ben'] }],
          deliveredBy: null,
        }),
      }),
    );
    expect(summary(steps)).toEqual([
      'reflect - 2026-11-26',
      'thank_you con_ben 2026-11-27',
      'linkedin_note con_ben 2026-11-29',
      'keep_in_touch con_ben 2026-12-24',
      'reapply - 2027-05-26',
    ]);
  });

  it('plans no thank-you or feedback request after an automated rejection, but keeps in touch with people met', () => {
    const steps = planRecovery(
      context({
        channel: 'automated',
        humanContact: false,
        stageReached: 'screen',
        people: rankPeopleMet({
          contacts: [ben],
          interviews: [{ durationMinutes: 30, contactIds: ['con_ben'] }],
          deliveredBy: null,
        }),
      }),
    );
    expect(steps.map((s) => s.kind)).toEqual([
      'reflect',
      'linkedin_note',
      'keep_in_touch',
      'reapply',
    ]);
    expect(step(steps, 'reflect')?.reason).toContain('nobody to thank or ask for feedback');
  });

  it('plans only reflecting and re-applying after an automated rejection with nobody met', () => {
    const steps = planRecovery(
      context({ channel: 'automated', humanContact: false, stageReached: 'applied', people: [] }),
    );
    expect(steps.map((s) => s.kind)).toEqual(['reflect', 'reapply']);
  });

  it('still plans a thank-you when no contact is known, and says who to send it to', () => {
    const steps = planRecovery(context({ people: [] }));
    expect(summary(steps)).toEqual([
      'reflect - 2026-11-26',
      'thank_you - 2026-11-27',
      'feedback_request - 2026-11-28',
      'reapply - 2027-05-26',
    ]);
    expect(step(steps, 'thank_you')?.reason).toContain('Nobody from Acme is on file');
  });

  it('restarts from the logging day when the rejection was logged a week late, keeping the order', () => {
    const steps = planRecovery(
      context({
        rejectedOn: '2026-11-19',
        loggedOn: '2026-11-26',
        now: '2026-11-26T10:00:00.000Z',
      }),
    );
    expect(summary(steps).slice(0, 5)).toEqual([
      'reflect - 2026-11-26',
      'thank_you con_ana 2026-11-26',
      'feedback_request con_ana 2026-11-27',
      'linkedin_note con_ana 2026-11-28',
      'linkedin_note con_cy 2026-11-28',
    ]);
    expect(step(steps, 'keep_in_touch')?.dueOn).toBe('2026-12-17');
    expect(step(steps, 'thank_you')?.reason).toContain(
      'You logged the rejection 7 days after it came',
    );
    expect(steps.every((s) => s.dueOn >= '2026-11-26')).toBe(true);
  });

  it('says a very late first reply is past the usual week, and drops a first keep-in-touch already due', () => {
    const steps = planRecovery(context({ rejectedOn: '2026-10-20', loggedOn: '2026-11-26' }));
    expect(step(steps, 'thank_you')?.reason).toContain(
      '37 days after the news, later than the 7 days',
    );
    expect(step(steps, 'keep_in_touch')).toBeUndefined();
    expect(step(steps, 'silver_medalist')?.dueOn).toBe('2026-12-04');
  });

  it('holds writing back a day while the user feels upset, and says why', () => {
    const steps = planRecovery(
      context({
        settings: resolveRecoverySettings({
          timeZone: ZONE,
          timing: { thankYouDays: 0, feedbackRequestDays: 0 },
        }),
        feeling: { mood: 'upset', at: '2026-11-26T10:00:00.000Z' },
      }),
    );
    expect(step(steps, 'reflect')?.dueOn).toBe('2026-11-26');
    expect(step(steps, 'thank_you')?.dueOn).toBe('2026-11-27');
    expect(step(steps, 'feedback_request')?.dueOn).toBe('2026-11-27');
    expect(step(steps, 'thank_you')?.reason).toContain(
      'You said you feel upset, so this waits until Fri 27 Nov',
    );
    const calm = planRecovery(
      context({ feeling: { mood: 'disappointed', at: '2026-11-26T10:00:00.000Z' } }),
    );
    expect(step(calm, 'thank_you')?.reason).not.toContain('waits until');
  });

  it('follows the user’s settings and says when they differ from the default', () => {
    const custom = resolveRecoverySettings({
      timeZone: ZONE,
      timing: { thankYouDays: 2, reapplyMonths: 9 },
      keepInTouchDays: { interviewer: 0 },
    });
    const steps = planRecovery(context({ settings: custom }));
    expect(step(steps, 'thank_you')?.dueOn).toBe('2026-11-28');
    expect(step(steps, 'thank_you')?.reason).toContain('Your setting is 2 days; the default is 1.');
    expect(step(steps, 'reapply')?.dueOn).toBe('2027-08-26');
    expect(step(steps, 'keep_in_touch', 'con_cy')).toBeUndefined();
  });

  it('waits longer to re-apply for a senior role', () => {
    const steps = planRecovery(context({ seniorRole: true }));
    expect(step(steps, 'reapply')?.dueOn).toBe('2027-11-26');
    expect(step(steps, 'reapply')?.reason).toContain('senior role');
  });

  it('moves a step added to an existing plan after its date to today, and says so', () => {
    const steps = planRecovery(
      context({
        rejectedOn: '2026-11-01',
        loggedOn: '2026-11-01',
        now: '2026-11-26T10:00:00.000Z',
        existingKeys: new Set(['reflect', 'thank_you']),
      }),
    );
    expect(step(steps, 'thank_you')?.dueOn).toBe('2026-11-02');
    expect(step(steps, 'linkedin_note')?.dueOn).toBe('2026-11-26');
    expect(step(steps, 'linkedin_note')?.reason).toContain(
      'had passed when it was added to the plan',
    );
  });
});

describe('who to write to', () => {
  it('ranks by time spent together, then the hiring side, then who delivered the news', () => {
    const ranked = rankPeopleMet({
      contacts: [
        ben,
        cy,
        ana,
        { contactId: 'con_dee', name: 'Dee', relationship: 'peer', keepInTouchDays: null },
      ],
      interviews: [
        { durationMinutes: null, contactIds: ['con_cy'] },
        { durationMinutes: 45, contactIds: ['con_ana'] },
      ],
      deliveredBy: 'con_ben',
    });
    expect(ranked.map((p) => p.contactId)).toEqual(['con_ana', 'con_cy', 'con_ben']);
    expect(ranked[2]).toMatchObject({ deliveredNews: true, interviews: 0 });
  });

  it('says how long you spent together only when every interview has a recorded length', () => {
    const thanks = (durations: (number | null)[]) =>
      step(
        planRecovery(
          context({
            people: rankPeopleMet({
              contacts: [ana],
              interviews: durations.map((durationMinutes) => ({
                durationMinutes,
                contactIds: ['con_ana'],
              })),
              deliveredBy: null,
            }),
          }),
        ),
        'thank_you',
      )?.reason ?? '';
    expect(thanks([null])).toMatch(/^Thank Ana Okafor, the person you met \(1 interview\), for/);
    expect(thanks([60, null])).toMatch(/\(2 interviews\), for/);
    expect(thanks([null, 30])).not.toContain('min');
    expect(thanks([60, 30])).toMatch(/\(2 interviews, about 1 h 30 min\)/);
  });
});
