import { beforeEach, expect, it } from 'vitest';
import { describeEachDialect } from '../../test/databases';
import { interviewedApplication, reject, useTimeZone } from '../../test/recovery-fixtures';
import { interactionInputSchema } from '../core/interaction';
import { getCalendarFeedToken } from './calendar-feed';
import { logInteraction } from './interactions';
import { setContactCadence, snoozeContactKeepInTouch } from './keep-in-touch';
import { recordFeedback } from './feedback';
import { updateRecoverySettings } from './recovery-settings';
import { saveReflection } from './reflection';
import { completeTask, snoozeTask } from './tasks';
import { exportWorkspace, importWorkspace } from './transfer';

describeEachDialect('exporting a workspace in recovery', (db) => {
  beforeEach(() => db().clock.set('2026-11-26T09:00:00.000Z'));

  it('round-trips reflections, plans, feedback, cadences and settings, but not the feed secret', async () => {
    const source = await db().deps('ws_recovery_source');
    await useTimeZone(source, 'America/New_York');
    await updateRecoverySettings(source, {
      timing: { feedbackWaitDays: 14 },
      keepInTouchDays: { peer: 45 },
    });
    const { applicationId, recruiter, interviewer } = await interviewedApplication(source);
    const { plan } = await reject(source, applicationId, { feeling: 'upset', seniorRole: true });
    await saveReflection(source, {
      applicationId,
      input: { fit: 'partly', missingSkills: ['k8s'], hardQuestions: ['Why us?'] },
    });
    await completeTask(source, {
      id: plan.steps.find((s) => s.kind === 'thank_you')?.id as string,
    });
    await snoozeTask(source, {
      id: plan.steps.find((s) => s.kind === 'reapply')?.id as string,
      until: 'next-week',
    });
    await recordFeedback(source, {
      applicationId,
      input: { text: 'More SQL depth', receivedOn: '2026-11-26' },
    });
    await setContactCadence(source, { contactId: recruiter, days: 30 });
    await logInteraction(
      source,
      interactionInputSchema.parse({ contactId: interviewer, channel: 'email' }),
    );
    await snoozeContactKeepInTouch(source, { contactId: interviewer, until: '2027-01-15' });
    const token = await getCalendarFeedToken(source);

    const exported = await exportWorkspace(source);
    expect(JSON.stringify(exported)).not.toContain(token.slice(16));
    expect(exported.workspace.settings).toMatchObject({
      timeZone: 'America/New_York',
      timing: { feedbackWaitDays: 14 },
    });
    expect(exported.rejections[0]).toMatchObject({ seniorRole: true, feedback: 'More SQL depth' });
    expect(exported.rejections[0]?.reflection?.missingSkills).toEqual([
      { tag: 'kubernetes', label: 'Kubernetes' },
    ]);
    expect(exported.contacts.find((c) => c.id === recruiter)?.keepInTouchDays).toBe(30);
    expect(exported.contacts.find((c) => c.id === interviewer)).toMatchObject({
      keepInTouchSnoozedUntil: '2027-01-15T14:00:00.000Z',
      unansweredTouches: 1,
    });

    const target = await db().deps('ws_recovery_target');
    const targetToken = await getCalendarFeedToken(target);
    await importWorkspace(target, { document: JSON.parse(JSON.stringify(exported)) });
    const again = await exportWorkspace(target);
    expect({ ...again, exportedAt: 'x' }).toEqual({ ...exported, exportedAt: 'x' });
    expect(await getCalendarFeedToken(target)).toBe(targetToken);
  });

  it('refuses a reflection of the wrong shape, naming where', async () => {
    const source = await db().deps('ws_recovery_bad');
    await useTimeZone(source);
    const { applicationId } = await interviewedApplication(source);
    await reject(source, applicationId, { feeling: 'calm' });
    const document = JSON.parse(JSON.stringify(await exportWorkspace(source)));
    document.rejections[0].reflection.fit = 'kind of';
    const target = await db().deps('ws_recovery_bad_target');
    await expect(importWorkspace(target, { document })).rejects.toMatchObject({
      code: 'validation',
      field: 'rejections[0].reflection.fit',
    });
  });
});
