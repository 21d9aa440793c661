import { beforeEach, expect, it } from 'vitest';
import { describeEachDialect } from '../../test/databases';
import { contactInput } from '../../test/factories';
import { interviewedApplication, reject, useTimeZone } from '../../test/recovery-fixtures';
import { interactionInputSchema } from '../core/interaction';
import { getAgenda } from './agenda';
import { createContact } from './contacts';
import { logInteraction } from './interactions';
import { snoozeTask } from './tasks';

describeEachDialect('the Today agenda', (db) => {
  beforeEach(() => db().clock.set('2026-11-26T09:00:00.000Z'));

  it('lists overdue, today and this week across applications and contacts, saying why', async () => {
    const deps = await db().deps('ws_agenda');
    await useTimeZone(deps);
    const late = await interviewedApplication(deps, { company: 'Bluefin' });
    await reject(deps, late.applicationId, { date: '2026-11-20' });
    db().clock.set('2026-11-24T09:00:00.000Z');
    const fresh = await interviewedApplication(deps, { company: 'Acme' });
    db().clock.set('2026-11-26T09:00:00.000Z');
    await reject(deps, fresh.applicationId, { date: '2026-11-26' });
    const peer = await createContact(
      deps,
      contactInput({ name: 'Pat Lee', relationship: 'peer', company: 'Orbit' }),
    );
    await logInteraction(
      deps,
      interactionInputSchema.parse({
        contactId: peer.id,
        channel: 'call',
        occurredAt: '2026-08-29T10:00:00Z',
      }),
    );

    const agenda = await getAgenda(deps, {});
    expect(agenda).toMatchObject({
      today: '2026-11-26',
      from: '2026-11-26',
      to: '2026-12-02',
      timeZone: 'Europe/London',
    });
    const line = (i: (typeof agenda.items)[number]) => `${i.section} ${i.dueOn} ${i.title}`;
    expect(
      agenda.items
        .filter((i) => i.company === 'Bluefin')
        .slice(0, 2)
        .map(line),
    ).toEqual([
      'today 2026-11-26 Reflect on the Bluefin rejection',
      'today 2026-11-26 Send a thank-you note to Ana Okafor (Bluefin)',
    ]);
    expect(
      agenda.items
        .filter((i) => i.company === 'Acme')
        .slice(0, 3)
        .map(line),
    ).toEqual([
      'today 2026-11-26 Reflect on the Acme rejection',
      'upcoming 2026-11-27 Send a thank-you note to Ana Okafor (Acme)',
      'upcoming 2026-11-28 Ask Ana Okafor (Acme) for feedback, once',
    ]);
    const cadence = agenda.items.find((i) => i.source === 'keep_in_touch');
    expect(cadence).toMatchObject({
      id: `keep-in-touch:${peer.id}`,
      kind: 'keep_in_touch',
      status: 'open',
      contactId: peer.id,
      applicationId: null,
      dueOn: '2026-11-27',
      when: 'Due tomorrow',
      title: 'Keep in touch with Pat Lee (Orbit)',
    });
    expect(cadence?.reason).toContain('Last in touch on Sat 29 Aug');
    for (const item of agenda.items) {
      expect(item.reason.length).toBeGreaterThan(20);
      expect(item.dueOn >= '2026-11-26' && item.dueOn <= '2026-12-02').toBe(true);
    }
    const order = agenda.items.map((i) => i.dueAt);
    expect(order).toEqual([...order].sort());
  });

  it('shows overdue steps first and can leave them out of a later window', async () => {
    const deps = await db().deps('ws_overdue');
    await useTimeZone(deps);
    const { applicationId } = await interviewedApplication(deps);
    await reject(deps, applicationId, { date: '2026-11-26' });
    db().clock.set('2026-11-30T09:00:00.000Z');
    const agenda = await getAgenda(deps, {});
    expect(agenda.items[0]).toMatchObject({
      section: 'overdue',
      when: 'Overdue by 4 days',
      kind: 'reflect',
    });
    const window = await getAgenda(deps, { from: '2026-12-20', to: '2026-12-31' });
    expect(window.items.map((i) => i.kind)).toEqual([
      'keep_in_touch',
      'keep_in_touch',
      'keep_in_touch',
    ]);
    const withOverdue = await getAgenda(deps, {
      from: '2026-12-20',
      to: '2026-12-31',
      includeOverdue: true,
    });
    expect(withOverdue.items[0]?.section).toBe('overdue');
  });

  it('caps the list and says so', async () => {
    const deps = await db().deps('ws_cap');
    await useTimeZone(deps);
    const { applicationId } = await interviewedApplication(deps);
    await reject(deps, applicationId, { date: '2026-11-26' });
    const agenda = await getAgenda(deps, { limit: 2, to: '2027-06-30' });
    expect(agenda.items).toHaveLength(2);
    expect(agenda.truncated).toBe(true);
  });

  it.each([
    [{ from: '2026-12-01', to: '2026-11-30' }, 'to'],
    [{ from: '2026-01-01', to: '2027-06-01' }, 'to'],
  ])('refuses the window %j, naming %s', async (options, field) => {
    const deps = await db().deps('ws_window');
    await expect(getAgenda(deps, options)).rejects.toMatchObject({ code: 'validation', field });
  });

  it('is right about "tomorrow" across the night New York’s clocks go forward', async () => {
    const deps = await db().deps('ws_dst');
    await useTimeZone(deps, 'America/New_York');
    db().clock.set('2026-03-06T15:00:00.000Z');
    const { applicationId } = await interviewedApplication(deps);
    const { plan } = await reject(deps, applicationId, { date: '2026-03-06' });
    const reflect = plan.steps.find((s) => s.kind === 'reflect');
    db().clock.set('2026-03-08T03:00:00.000Z');
    const snoozed = await snoozeTask(deps, { id: reflect?.id as string, until: 'tomorrow' });
    expect(snoozed.task.dueAt).toBe('2026-03-08T13:00:00.000Z');
    db().clock.set('2026-03-08T04:59:00.000Z');
    const before = await getAgenda(deps, {});
    expect(before.items.find((i) => i.id === reflect?.id)?.when).toBe('Due tomorrow');
    db().clock.set('2026-03-08T05:00:00.000Z');
    const after = await getAgenda(deps, {});
    expect(after.today).toBe('2026-03-08');
    expect(after.items.find((i) => i.id === reflect?.id)?.when).toBe('Due today');
  });
});
