import { beforeEach, expect, it } from 'vitest';
import { describeEachDialect } from '../../test/databases';
import { interviewedApplication, reject, useTimeZone } from '../../test/recovery-fixtures';
import { messageInputSchema } from '../core/message';
import { reflectionInputSchema } from '../core/recovery/reflection';
import { getContactDetail } from './contacts';
import { recordFeedback } from './feedback';
import { createMessage, markMessageSent } from './messages';
import { getRecoveryPlan } from './recovery-plan';
import { updateRecoverySettings } from './recovery-settings';
import { saveReflection } from './reflection';
import { completeTask, reopenTask, skipTask, snoozeTask } from './tasks';

const DAY = 86_400_000;

describeEachDialect('recovery steps', (db) => {
  beforeEach(() => db().clock.set('2026-11-26T09:00:00.000Z'));

  async function rejectedAfterFinal(workspaceId: string) {
    const deps = await db().deps(workspaceId);
    await useTimeZone(deps);
    const people = await interviewedApplication(deps);
    const { plan } = await reject(deps, people.applicationId, { date: '2026-11-26' });
    const step = (kind: string, contactId?: string) => {
      const found = plan.steps.find(
        (s) => s.kind === kind && (contactId === undefined || s.contactId === contactId),
      );
      if (!found) throw new Error(`no ${kind} step`);
      return found;
    };
    return { deps, ...people, plan, step };
  }

  it('marks a step done with the message that fulfilled it, and the interaction it logged', async () => {
    const { deps, applicationId, hiringManager, step } = await rejectedAfterFinal('ws_done_msg');
    const draft = await createMessage(
      deps,
      messageInputSchema.parse({
        kind: 'thank_you',
        applicationId,
        contactId: hiringManager,
        body: 'Thank you, Ana.',
      }),
    );
    const sent = await markMessageSent(deps, { id: draft.id });
    expect(sent.task?.id).toBe(step('thank_you').id);
    const plan = await getRecoveryPlan(deps, { applicationId });
    expect(plan.steps.find((s) => s.kind === 'thank_you')).toMatchObject({
      status: 'done',
      messageId: draft.id,
      interactionId: sent.interaction?.id,
      section: null,
    });
  });

  it('logs an interaction when a writing step is marked done by hand, restarting keep-in-touch', async () => {
    const { deps, interviewer, step } = await rejectedAfterFinal('ws_done_log');
    const done = await completeTask(deps, { id: step('linkedin_note', interviewer).id });
    expect(done.status).toBe('done');
    expect(done.interactionId).toMatch(/^int_/);
    const detail = await getContactDetail(deps, { id: interviewer });
    expect(detail.contact.lastInteractionAt).toBe('2026-11-26T09:00:00.000Z');
    expect(detail.interactions[0]).toMatchObject({ channel: 'linkedin', direction: 'outbound' });
  });

  it('skips, reopens, and refuses to finish a step twice', async () => {
    const { deps, step } = await rejectedAfterFinal('ws_skip');
    const id = step('reapply').id;
    expect((await skipTask(deps, { id })).status).toBe('skipped');
    await expect(skipTask(deps, { id })).rejects.toMatchObject({ code: 'conflict' });
    await expect(completeTask(deps, { id })).rejects.toMatchObject({ code: 'conflict' });
    const reopened = await reopenTask(deps, { id });
    expect(reopened).toMatchObject({ status: 'open', doneAt: null, section: 'upcoming' });
  });

  it('refuses a draft as proof a step is done', async () => {
    const { deps, applicationId, step } = await rejectedAfterFinal('ws_done_draft');
    const draft = await createMessage(
      deps,
      messageInputSchema.parse({ kind: 'thank_you', applicationId, body: 'Hi' }),
    );
    await expect(
      completeTask(deps, { id: step('thank_you').id, messageId: draft.id }),
    ).rejects.toMatchObject({ code: 'conflict', field: 'messageId' });
  });

  it('snoozes to tomorrow and next week, at the reminder time in the user’s zone', async () => {
    const { deps, step } = await rejectedAfterFinal('ws_snooze');
    const tomorrow = await snoozeTask(deps, { id: step('reflect').id, until: 'tomorrow' });
    expect(tomorrow.task).toMatchObject({
      dueOn: '2026-11-27',
      dueAt: '2026-11-27T09:00:00.000Z',
      snoozedUntil: '2026-11-27T09:00:00.000Z',
      when: 'Due tomorrow',
    });
    const nextWeek = await snoozeTask(deps, { id: step('reapply').id, until: 'next-week' });
    expect(nextWeek.task.dueOn).toBe('2026-11-30');
    await expect(
      snoozeTask(deps, { id: step('reflect').id, until: '2026-11-01' }),
    ).rejects.toMatchObject({ field: 'until' });
  });

  it('moves the steps that follow a thank-you when it is snoozed past them', async () => {
    const { deps, step } = await rejectedAfterFinal('ws_snooze_past');
    const result = await snoozeTask(deps, { id: step('thank_you').id, until: '2026-12-01' });
    expect(result.moved.map((s) => s.kind).sort()).toEqual([
      'feedback_request',
      'linkedin_note',
      'linkedin_note',
      'linkedin_note',
    ]);
    expect(result.moved.every((s) => s.dueOn === '2026-12-01')).toBe(true);
    const snoozedLess = await snoozeTask(deps, { id: step('reflect').id, until: '2026-11-27' });
    expect(snoozedLess.moved).toEqual([]);
  });

  it('reschedules open steps when a setting changes, never finished ones', async () => {
    const { deps, applicationId, step } = await rejectedAfterFinal('ws_settings');
    await completeTask(deps, { id: step('thank_you').id, logInteraction: false });
    await snoozeTask(deps, { id: step('reapply').id, until: '2027-07-01' });
    const { rescheduledTasks } = await updateRecoverySettings(deps, {
      timing: { thankYouDays: 3, feedbackRequestDays: 4, reapplyMonths: 9 },
    });
    expect(rescheduledTasks).toBeGreaterThan(0);
    const plan = await getRecoveryPlan(deps, { applicationId });
    const due = (kind: string) => plan.steps.find((s) => s.kind === kind);
    expect(due('thank_you')).toMatchObject({ status: 'done', dueOn: '2026-11-27' });
    expect(due('feedback_request')?.dueOn).toBe('2026-11-30');
    expect(due('feedback_request')?.reason).toContain('4 days after the news');
    expect(due('reapply')?.dueOn).toBe('2027-08-26');
    expect(due('reapply')?.snoozedUntil).toBeNull();
  });

  it('keeps every open step on its local day when the user changes time zone', async () => {
    const { deps, applicationId } = await rejectedAfterFinal('ws_zone');
    await updateRecoverySettings(deps, { timeZone: 'Pacific/Tongatapu', reminderTime: '08:00' });
    const plan = await getRecoveryPlan(deps, { applicationId });
    const thanks = plan.steps.find((s) => s.kind === 'thank_you');
    expect(thanks).toMatchObject({ dueOn: '2026-11-27', dueAt: '2026-11-26T19:00:00.000Z' });
    expect(plan.timeZone).toBe('Pacific/Tongatapu');
  });

  it('saving a reflection completes the reflect step; feeling upset holds writing back', async () => {
    const { deps, applicationId } = await rejectedAfterFinal('ws_reflect');
    await updateRecoverySettings(deps, { timing: { thankYouDays: 0, feedbackRequestDays: 0 } });
    const plan = await saveReflection(deps, {
      applicationId,
      input: reflectionInputSchema.parse({
        fit: 'partly',
        missingSkills: ['k8s', 'Kubernetes', 'dbt'],
        hardQuestions: ['Design a rate limiter'],
        feeling: 'angry',
      }),
    });
    expect(plan.rejection.reflection?.missingSkills.map((s) => s.tag)).toEqual([
      'kubernetes',
      'dbt',
    ]);
    const step = (kind: string) => plan.steps.find((s) => s.kind === kind);
    expect(step('reflect')?.status).toBe('done');
    expect(step('thank_you')?.dueOn).toBe('2026-11-27');
    expect(step('thank_you')?.reason).toContain('You said you feel angry');
    // The plan says writing waits, so a page can word its buttons to match.
    expect(plan.coolOffUntil).toBe('2026-11-27');
    const calmer = await saveReflection(deps, {
      applicationId,
      input: { feeling: 'calm' },
    });
    expect(calmer.steps.find((s) => s.kind === 'thank_you')?.dueOn).toBe('2026-11-26');
    expect(calmer.coolOffUntil).toBeNull();
    expect(calmer.rejection.reflection?.fit).toBe('partly');
  });

  it('asks for feedback once and closes the wait as no reply after ten days', async () => {
    const { deps, applicationId, hiringManager, step } = await rejectedAfterFinal('ws_no_reply');
    const draft = await createMessage(
      deps,
      messageInputSchema.parse({
        kind: 'feedback_request',
        applicationId,
        contactId: hiringManager,
      }),
    );
    await markMessageSent(deps, { id: draft.id });
    const second = await createMessage(
      deps,
      messageInputSchema.parse({
        kind: 'feedback_request',
        applicationId,
        contactId: hiringManager,
      }),
    );
    expect((await markMessageSent(deps, { id: second.id })).task).toBeNull();
    const waiting = await getRecoveryPlan(deps, { applicationId });
    const requests = waiting.steps.filter((s) => s.kind === 'feedback_request');
    expect(requests).toHaveLength(1);
    expect(requests[0]?.id).toBe(step('feedback_request').id);
    expect(requests[0]?.feedback).toMatchObject({
      outcome: 'awaiting_reply',
      waitUntil: '2026-12-06',
    });
    db().clock.advance(11 * DAY);
    const silent = await getRecoveryPlan(deps, { applicationId });
    const closed = silent.steps.find((s) => s.kind === 'feedback_request');
    expect(closed?.feedback?.outcome).toBe('no_reply');
    expect(closed?.feedback?.note).toMatch(/^No reply — most candidates never get any/);
    expect(silent.steps.filter((s) => s.kind === 'feedback_request')).toHaveLength(1);
    expect(
      silent.steps.filter((s) => s.kind === 'keep_in_touch' && s.status === 'open'),
    ).toHaveLength(3);
  });

  it('records feedback received, logging their reply and closing an unsent request', async () => {
    const { deps, applicationId, hiringManager } = await rejectedAfterFinal('ws_feedback');
    const plan = await recordFeedback(deps, {
      applicationId,
      input: { text: 'Strong on SQL; we wanted more stakeholder work.', receivedOn: '2026-11-26' },
    });
    expect(plan.rejection).toMatchObject({
      feedback: 'Strong on SQL; we wanted more stakeholder work.',
      feedbackReceivedOn: '2026-11-26',
    });
    const request = plan.steps.find((s) => s.kind === 'feedback_request');
    expect(request).toMatchObject({ status: 'done', feedback: { outcome: 'replied' } });
    const detail = await getContactDetail(deps, { id: hiringManager });
    expect(detail.interactions[0]).toMatchObject({
      direction: 'inbound',
      id: request?.interactionId,
    });
    await expect(
      recordFeedback(deps, { applicationId, input: { text: 'x', receivedOn: '2026-12-25' } }),
    ).rejects.toMatchObject({ field: 'receivedOn' });
  });

  it('takes "today" for feedback in the user’s zone, and names that zone when a day is too late', async () => {
    const { deps, applicationId } = await rejectedAfterFinal('ws_feedback_zone');
    // 12:00 UTC on 26 November is already 27 November in Kiritimati (UTC+14).
    db().clock.set('2026-11-26T12:00:00.000Z');
    await updateRecoverySettings(deps, { timeZone: 'UTC' });
    await expect(
      recordFeedback(deps, { applicationId, input: { text: 'x', receivedOn: '2026-11-27' } }),
    ).rejects.toMatchObject({
      field: 'receivedOn',
      message: expect.stringContaining('today is 2026-11-26 in UTC'),
    });
    await updateRecoverySettings(deps, { timeZone: 'Pacific/Kiritimati' });
    const plan = await recordFeedback(deps, {
      applicationId,
      input: { text: 'Good on SQL.', receivedOn: '2026-11-27' },
    });
    expect(plan.rejection?.feedbackReceivedOn).toBe('2026-11-27');
  });
});
