import { expect, it } from 'vitest';
import { describeEachDialect } from '../../test/databases';
import { applicationInput, contactInput } from '../../test/factories';
import { useTimeZone } from '../../test/recovery-fixtures';
import { getApplicationDetail } from './application-detail';
import {
  changeStage,
  createApplication,
  deleteApplication,
  listApplications,
  updateApplication,
} from './applications';
import { createContact } from './contacts';
import { logInteraction } from './interactions';
import { addInterview } from './interviews';
import { interactionInputSchema } from '../core/interaction';
import { interviewInputSchema } from '../core/interview';
import { exactly } from './date-times';

describeEachDialect('applications', (db) => {
  it('creates an application with its first stage in the history', async () => {
    const deps = await db().deps('ws_create');
    const app = await createApplication(
      deps,
      applicationInput({ company: 'Acme', role: 'Firmware Engineer' }),
    );
    expect(app.id).toMatch(/^app_/);
    const detail = await getApplicationDetail(deps, { id: app.id });
    expect(detail.application).toEqual(app);
    expect(detail.stageHistory.map((e) => e.stage)).toEqual(['applied']);
    expect(detail.timeline[0]?.summary).toBe('Moved to Applied');
  });

  it('starts the history on the day you applied, in your time zone', async () => {
    const deps = await db().deps('ws_applied_on');
    await useTimeZone(deps, 'America/New_York');
    const applied = await createApplication(
      deps,
      applicationInput({ company: 'Acme', appliedOn: '2026-11-02' }),
    );
    // Midday on that day in New York, where the user lives.
    expect(applied.stageChangedAt).toBe('2026-11-02T17:00:00.000Z');
    const later = await createApplication(
      deps,
      applicationInput({ company: 'Borealis', stage: 'interview', appliedOn: '2026-11-02' }),
    );
    expect(later.stageChangedAt).toBe('2026-11-26T09:00:00.000Z');
    const detail = await getApplicationDetail(deps, { id: later.id });
    expect(detail.stageHistory.map((e) => [e.stage, e.at])).toEqual([
      ['applied', '2026-11-02T17:00:00.000Z'],
      ['interview', '2026-11-26T09:00:00.000Z'],
    ]);
    // Today, before midday (4 a.m. in New York): the history starts now, not in the future.
    const today = await createApplication(deps, applicationInput({ appliedOn: '2026-11-26' }));
    expect(today.stageChangedAt).toBe('2026-11-26T09:00:00.000Z');
  });

  it('refuses a day you applied that cannot be, naming the field, and writes nothing', async () => {
    const deps = await db().deps('ws_applied_bad');
    await useTimeZone(deps);
    for (const [overrides, message] of [
      [{ appliedOn: '2026-11-27' }, /must not be in the future \(today is 2026-11-26/],
      [{ appliedOn: '2026-11-20', stage: 'saved' }, /not been applied for/],
      [{ appliedOn: '2026-11-20', stageAt: '2026-11-21T10:00:00Z' }, /not both/],
      [
        { appliedOn: '2026-11-20', stage: 'screen', stageAt: '2026-11-10T10:00:00Z' },
        /must not be after stageAt/,
      ],
    ] as const) {
      await expect(createApplication(deps, applicationInput(overrides))).rejects.toMatchObject({
        code: 'validation',
        field: 'appliedOn',
        message: expect.stringMatching(message),
      });
    }
    expect((await listApplications(deps, { limit: 10, offset: 0 })).items).toEqual([]);
  });

  it('records each stage change with its date and makes it current', async () => {
    const deps = await db().deps('ws_stage');
    const app = await createApplication(deps, applicationInput());
    db().clock.advance(86_400_000);
    await changeStage(deps, {
      id: app.id,
      stage: 'screen',
      at: exactly('2026-11-28T10:00:00.000Z'),
      note: 'Recruiter call',
    });
    const { application } = await changeStage(deps, { id: app.id, stage: 'interview' });
    expect(application.stage).toBe('interview');
    const detail = await getApplicationDetail(deps, { id: app.id });
    expect(detail.application.stage).toBe('interview');
    expect(detail.stageHistory.map((e) => [e.stage, e.note])).toEqual([
      ['applied', null],
      ['interview', null],
      ['screen', 'Recruiter call'],
    ]);
  });

  it('filters by stage and searches company and role without case or wildcard surprises', async () => {
    const deps = await db().deps('ws_list');
    await createApplication(
      deps,
      applicationInput({ company: 'Northwind', role: 'Analyst', stage: 'interview' }),
    );
    await createApplication(
      deps,
      applicationInput({ company: 'Bluefin', role: 'PM', stage: 'rejected' }),
    );
    await createApplication(deps, applicationInput({ company: '100% Foods', role: 'Buyer_Lead' }));
    const byStage = await listApplications(deps, {
      stages: ['interview', 'rejected'],
      limit: 10,
      offset: 0,
    });
    expect(byStage.items.map((a) => a.company).sort()).toEqual(['Bluefin', 'Northwind']);
    const search = await listApplications(deps, { search: 'NORTH', limit: 10, offset: 0 });
    expect(search.items.map((a) => a.company)).toEqual(['Northwind']);
    const percent = await listApplications(deps, { search: '%', limit: 10, offset: 0 });
    expect(percent.items.map((a) => a.company)).toEqual(['100% Foods']);
    const underscore = await listApplications(deps, { search: 'r_l', limit: 10, offset: 0 });
    expect(underscore.items.map((a) => a.company)).toEqual(['100% Foods']);
  });

  it('pages through results', async () => {
    const deps = await db().deps('ws_page');
    for (let i = 0; i < 5; i += 1) {
      db().clock.advance(1000);
      await createApplication(deps, applicationInput({ company: `P${i}` }));
    }
    const first = await listApplications(deps, { limit: 2, offset: 0 });
    expect(first.items.map((a) => a.company)).toEqual(['P4', 'P3']);
    expect(first.nextOffset).toBe(2);
    const last = await listApplications(deps, { limit: 2, offset: 4 });
    expect(last.items.map((a) => a.company)).toEqual(['P0']);
    expect(last.nextOffset).toBeNull();
  });

  it('updates fields and refuses a salary range upside down, changing nothing', async () => {
    const deps = await db().deps('ws_update');
    const app = await createApplication(
      deps,
      applicationInput({ salaryMin: 50_000, salaryMax: 60_000 }),
    );
    const updated = await updateApplication(deps, {
      id: app.id,
      patch: { notes: 'Call back in spring', link: null },
    });
    expect(updated.notes).toBe('Call back in spring');
    await expect(
      updateApplication(deps, { id: app.id, patch: { salaryMin: 90_000 } }),
    ).rejects.toMatchObject({
      code: 'validation',
      field: 'salaryMax',
    });
    const detail = await getApplicationDetail(deps, { id: app.id });
    expect(detail.application.salaryMin).toBe(50_000);
  });

  it('keeps each workspace to itself', async () => {
    const mine = await db().deps('ws_mine');
    const theirs = await db().deps('ws_theirs');
    const app = await createApplication(mine, applicationInput({ company: 'Private Co' }));
    await expect(getApplicationDetail(theirs, { id: app.id })).rejects.toMatchObject({
      code: 'not_found',
    });
    expect((await listApplications(theirs, { limit: 10, offset: 0 })).items).toEqual([]);
    await expect(deleteApplication(theirs, { id: app.id })).rejects.toMatchObject({
      code: 'not_found',
    });
  });

  it('deletes an application but keeps the interactions and people around it', async () => {
    const deps = await db().deps('ws_delete');
    const app = await createApplication(deps, applicationInput());
    const contact = await createContact(deps, contactInput({ applicationIds: [app.id] }));
    await addInterview(deps, {
      applicationId: app.id,
      input: interviewInputSchema.parse({
        scheduledAt: '2026-11-20T15:00:00Z',
        contactIds: [contact.id],
      }),
    });
    const interaction = await logInteraction(
      deps,
      interactionInputSchema.parse({
        contactId: contact.id,
        applicationId: app.id,
        channel: 'email',
      }),
    );
    await deleteApplication(deps, { id: app.id });
    await expect(getApplicationDetail(deps, { id: app.id })).rejects.toMatchObject({
      code: 'not_found',
    });
    const left = await deps.db
      .selectFrom('interactions')
      .selectAll()
      .where('workspace_id', '=', deps.workspaceId)
      .where('id', '=', interaction.id)
      .executeTakeFirstOrThrow();
    expect(left.application_id).toBeNull();
    const interviews = await deps.db
      .selectFrom('interviews')
      .select('id')
      .where('workspace_id', '=', deps.workspaceId)
      .execute();
    expect(interviews).toEqual([]);
  });
});
