import { beforeEach, expect, it } from 'vitest';
import { describeEachDialect } from '../../test/databases';
import { applicationInput } from '../../test/factories';
import { interviewedApplication, reject, useTimeZone } from '../../test/recovery-fixtures';
import { getApplicationDetail } from './application-detail';
import { createApplication } from './applications';
import { withdrawRejection, updateRejection } from './rejections';
import { getRecoveryPlan } from './recovery-plan';
import { completeTask } from './tasks';

const kinds = (steps: { kind: string; status: string }[]) =>
  steps.map((s) => `${s.kind}:${s.status}`);

describeEachDialect('recording a rejection', (db) => {
  beforeEach(() => db().clock.set('2026-11-26T09:00:00.000Z'));

  it('records it, moves the application to rejected and makes the plan, all at once', async () => {
    const deps = await db().deps('ws_record');
    await useTimeZone(deps);
    const { applicationId, hiringManager } = await interviewedApplication(deps);
    const { created, plan } = await reject(deps, applicationId, {
      date: '2026-11-26',
      stage: 'final',
      channel: 'email',
      reason: 'Went with someone with more domain experience',
    });
    expect(created).toBe(true);
    expect(plan.application.stage).toBe('rejected');
    expect(plan.rejection).toMatchObject({ stageReached: 'final', humanContact: true });
    expect(plan.people[0]?.contactId).toBe(hiringManager);
    expect(kinds(plan.steps)).toEqual([
      'reflect:open',
      'thank_you:open',
      'feedback_request:open',
      'linkedin_note:open',
      'linkedin_note:open',
      'linkedin_note:open',
      'keep_in_touch:open',
      'keep_in_touch:open',
      'keep_in_touch:open',
      'silver_medalist:open',
      'reapply:open',
    ]);
    const thanks = plan.steps.find((s) => s.kind === 'thank_you');
    expect(thanks).toMatchObject({
      contactId: hiringManager,
      dueOn: '2026-11-27',
      dueAt: '2026-11-27T09:00:00.000Z',
      title: 'Send a thank-you note to Ana Okafor (Acme)',
      when: 'Due tomorrow',
    });
    const detail = await getApplicationDetail(deps, { id: applicationId });
    expect(detail.stageHistory.map((e) => e.stage)).toEqual(['final', 'rejected']);
    expect(detail.stageHistory.at(-1)?.at).toBe('2026-11-26T09:00:00.000Z');
  });

  it('defaults the date to today and the stage to the furthest reached', async () => {
    const deps = await db().deps('ws_defaults');
    await useTimeZone(deps);
    const app = await createApplication(deps, applicationInput({ stage: 'screen' }));
    const { plan } = await reject(deps, app.id, { channel: 'automated' });
    expect(plan.rejection).toMatchObject({
      rejectedOn: '2026-11-26',
      stageReached: 'screen',
      humanContact: false,
    });
    expect(kinds(plan.steps)).toEqual(['reflect:open', 'reapply:open']);
  });

  it.each([
    [{ date: '2026-11-27' }, 'date'],
    [{ contactId: 'con_nobody000000' }, 'contactId'],
    [{ channel: 'automated', humanContact: true }, 'humanContact'],
  ])('refuses %j, naming %s, and changes nothing', async (input, field) => {
    const deps = await db().deps(`ws_bad_${field}`);
    await useTimeZone(deps);
    const { applicationId } = await interviewedApplication(deps);
    await expect(reject(deps, applicationId, input)).rejects.toMatchObject({ field });
    const detail = await getApplicationDetail(deps, { id: applicationId });
    expect(detail.application.stage).toBe('final');
    expect(detail.rejection).toBeNull();
    expect(detail.tasks).toEqual([]);
  });

  it('corrects a rejection: open steps move, finished ones stay, nothing is duplicated', async () => {
    const deps = await db().deps('ws_correct');
    await useTimeZone(deps);
    const { applicationId } = await interviewedApplication(deps);
    const first = await reject(deps, applicationId, { date: '2026-11-26' });
    const thanks = first.plan.steps.find((s) => s.kind === 'thank_you');
    await completeTask(deps, { id: thanks?.id as string, logInteraction: false });
    const { created, plan } = await reject(deps, applicationId, { date: '2026-11-24' });
    expect(created).toBe(false);
    expect(plan.steps).toHaveLength(first.plan.steps.length);
    expect(plan.steps.find((s) => s.kind === 'thank_you')).toMatchObject({
      status: 'done',
      dueAt: thanks?.dueAt,
    });
    expect(plan.steps.find((s) => s.kind === 'feedback_request')?.dueOn).toBe('2026-11-26');
    expect(plan.rejection.reason).toBeNull();
    const detail = await getApplicationDetail(deps, { id: applicationId });
    expect(detail.stageHistory.filter((e) => e.stage === 'rejected')).toHaveLength(1);
    expect(detail.application.stageChangedAt).toBe('2026-11-24T12:00:00.000Z');
  });

  it('turns a human rejection into an automated one, dropping the open writing steps', async () => {
    const deps = await db().deps('ws_to_automated');
    await useTimeZone(deps);
    const { applicationId, recruiter } = await interviewedApplication(deps, { stage: 'screen' });
    await reject(deps, applicationId, { stage: 'screen', contactId: recruiter });
    const plan = await updateRejection(deps, {
      applicationId,
      patch: { channel: 'automated' },
    });
    expect(plan.rejection).toMatchObject({ humanContact: false, contactId: null });
    expect(plan.steps.map((s) => s.kind)).not.toContain('thank_you');
    expect(plan.steps.map((s) => s.kind)).toContain('keep_in_touch');
  });

  it('refuses to correct a rejection that was never recorded', async () => {
    const deps = await db().deps('ws_patch_missing');
    const app = await createApplication(deps, applicationInput());
    await expect(
      updateRejection(deps, { applicationId: app.id, patch: { reason: 'x' } }),
    ).rejects.toMatchObject({ code: 'not_found' });
  });

  it('takes a rejection back, but keeps a reflection unless forced', async () => {
    const deps = await db().deps('ws_withdraw');
    await useTimeZone(deps);
    const { applicationId } = await interviewedApplication(deps);
    await reject(deps, applicationId, { feeling: 'upset' });
    db().clock.advance(3_600_000);
    await expect(withdrawRejection(deps, { applicationId })).rejects.toMatchObject({
      code: 'conflict',
      field: 'force',
    });
    const application = await withdrawRejection(deps, { applicationId, force: true });
    expect(application.stage).toBe('final');
    await expect(getRecoveryPlan(deps, { applicationId })).rejects.toMatchObject({
      code: 'not_found',
    });
    const detail = await getApplicationDetail(deps, { id: applicationId });
    expect(detail.tasks).toEqual([]);
    expect(detail.stageHistory.at(-1)).toMatchObject({
      stage: 'final',
      note: 'Rejection withdrawn',
    });
  });

  it('plans the first steps from the logging day when the rejection is logged a week late', async () => {
    const deps = await db().deps('ws_late');
    await useTimeZone(deps);
    const { applicationId } = await interviewedApplication(deps);
    const { plan } = await reject(deps, applicationId, { date: '2026-11-19' });
    const due = Object.fromEntries(plan.steps.map((s) => [s.kind, s.dueOn]));
    expect(due).toMatchObject({
      reflect: '2026-11-26',
      thank_you: '2026-11-26',
      feedback_request: '2026-11-27',
      linkedin_note: '2026-11-28',
      keep_in_touch: '2026-12-17',
    });
    expect(plan.steps.find((s) => s.kind === 'thank_you')?.reason).toContain(
      'You logged the rejection 7 days after it came',
    );
    expect(plan.steps.every((s) => s.section !== 'overdue')).toBe(true);
  });
});
