import { describe, expect, it } from 'vitest';
import type { FederalPlanFacts } from './federal-plan';
import { rankPeopleMet } from './people';
import { planRecovery, type PlanContext } from './plan';
import { resolveRecoverySettings } from './settings';

const settings = resolveRecoverySettings({ timeZone: 'America/New_York' });
const facts = (patch: Partial<FederalPlanFacts> = {}): FederalPlanFacts => ({
  outcome: 'not_referred',
  positionTitle: 'Budget Analyst',
  agency: 'Veterans Health Administration',
  payPlan: 'GS',
  series: '0560',
  grade: '11',
  contact: { name: 'Renata Obi', email: 'renata.obi@va.example.gov', phone: null },
  similar: [],
  ...patch,
});

function context(federal: FederalPlanFacts, withPeople: boolean): PlanContext {
  return {
    rejectedOn: '2027-02-01',
    loggedOn: '2027-02-01',
    stageReached: federal.outcome === 'not_selected' ? 'interview' : 'screen',
    channel: 'portal',
    humanContact: false,
    seniorRole: false,
    company: 'Veterans Health Administration',
    role: 'Budget Analyst (GS-0560-11)',
    people: withPeople
      ? rankPeopleMet({
          contacts: [
            {
              contactId: 'con_sel',
              name: 'Dale Ivers',
              relationship: 'hiring_manager',
              keepInTouchDays: null,
            },
          ],
          interviews: [{ durationMinutes: 45, contactIds: ['con_sel'] }],
          deliveredBy: null,
        })
      : [],
    feeling: null,
    settings,
    now: '2027-02-01T15:00:00.000Z',
    existingKeys: new Set(),
    federal,
  };
}

describe('the plan after a federal "no"', () => {
  it.each([
    ['not_referred', false, ['reflect -', 'watch_announcements -', 'feedback_request -']],
    [
      'not_referred',
      true,
      [
        'reflect -',
        'watch_announcements -',
        'feedback_request -',
        'linkedin_note con_sel',
        'keep_in_touch con_sel',
      ],
    ],
    [
      'not_selected',
      true,
      [
        'reflect -',
        'thank_you con_sel',
        'watch_announcements -',
        'feedback_request -',
        'linkedin_note con_sel',
        'keep_in_touch con_sel',
      ],
    ],
    ['not_selected', false, ['reflect -', 'watch_announcements -', 'feedback_request -']],
  ] as const)('%s, people met: %s', (outcome, withPeople, kinds) => {
    const steps = planRecovery(context(facts({ outcome }), withPeople));
    const order = [...steps].sort((a, b) => a.dueAt.localeCompare(b.dueAt) || 0);
    expect(order.map((s) => `${s.kind} ${s.contactId ?? '-'}`)).toEqual(kinds);
    expect(steps.map((s) => s.kind)).not.toContain('reapply');
    expect(steps.map((s) => s.kind)).not.toContain('silver_medalist');
  });

  it('asks the announcement’s contact once, and says what to expect', () => {
    const ask = planRecovery(context(facts(), false)).find((s) => s.kind === 'feedback_request');
    expect(ask?.reason).toContain('Renata Obi (renata.obi@va.example.gov)');
    expect(ask?.reason).toContain('rarely give individual feedback');
    expect(ask?.dueOn).toBe('2027-02-03');
  });

  it('names similar announcements already saved, or falls back to the title', () => {
    const watch = (f: FederalPlanFacts) =>
      planRecovery(context(f, false)).find((s) => s.kind === 'watch_announcements')?.reason ?? '';
    expect(
      watch(
        facts({
          similar: [
            {
              positionTitle: 'Budget Analyst',
              agency: 'Indian Health Service',
              closeDate: '2027-03-01',
            },
          ],
        }),
      ),
    ).toContain('You already saved: Budget Analyst (Indian Health Service, closes 2027-03-01)');
    expect(watch(facts({ series: null, grade: null }))).toContain(
      'announcements like Budget Analyst',
    );
    expect(watch(facts())).toContain('GS-0560-11 announcements (job series 0560, grade 11)');
  });
});
