import { expect, it } from 'vitest';
import { describeEachDialect } from '../../test/databases';
import { seedCoachWorkspace } from '../../test/coach-workspace';
import { checkMessage } from '../core/coach/check-message';
import { recoverySettingsPatchSchema } from '../core/recovery/settings';
import { assembleCoachContext, coachMessage, draftMessage } from './coach';
import { MESSAGE_KIND_FOR_STEP } from '../core/task';
import { listMessages } from './messages';
import { getRecoveryPlan } from './recovery-plan';
import { getRecoverySettings, updateRecoverySettings } from './recovery-settings';

describeEachDialect('coach context and drafts', (db) => {
  it('assembles the context from the application, the person, the notes and the history', async () => {
    const deps = await db().deps('ws_coach_context');
    const { acme, helen } = await seedCoachWorkspace(deps);
    const { contactId, context, feeling } = await assembleCoachContext(deps, {
      applicationId: acme.id,
      kind: 'feedback_request',
    });
    // The person who delivered the rejection, by default.
    expect(contactId).toBe(helen.id);
    expect(context).toMatchObject({
      company: 'Acme Robotics',
      role: 'Firmware Engineer',
      contactName: 'Helen Cho',
      sentAt: deps.clock.now().toISOString(),
      linkedinPlan: 'free',
    });
    // Topics of the interviews the person attended come first, then the rest, then notes and reflection.
    expect(context.facts.slice(0, 3)).toEqual([
      'motor controller bring-up',
      'switching the build system to Bazel',
      'their relocation package',
    ]);
    expect(context.facts).toContain('How would you debug a brown-out reset?');
    expect(context.facts).toContain('ask about the Shenzhen factory trip');
    expect(context.facts).toContain('the whiteboard session on interrupts');
    expect(context.facts).toContain('How would you size a watchdog timeout?');
    expect(context.facts.join(' ')).not.toContain('raw and tired');
    expect([...context.otherCompanies].sort()).toEqual(['Stark Foods', 'Wayne Logistics']);
    expect(context.previousMessages).toEqual([
      expect.objectContaining({
        to: 'Owen Price',
        company: 'Stark Foods',
        kind: 'feedback_request',
        sentAt: deps.clock.now().toISOString(),
      }),
    ]);
    // Only the day of the rejection is known, so only the day is passed on, with the zone.
    expect(context.rejectedAt).toBe('2026-11-26');
    expect(context.timeZone).toBe((await getRecoverySettings(deps)).timeZone);
    expect(feeling).toBe('upset');
  });

  it('leaves the message being written out of the earlier ones, so a sent one is not its own copy', async () => {
    const deps = await db().deps('ws_coach_self');
    const { stark } = await seedCoachWorkspace(deps);
    const sent = (await listMessages(deps, { status: 'sent', limit: 1, offset: 0 })).items[0];
    const options = { applicationId: stark.id, kind: 'feedback_request' as const };
    const all = await assembleCoachContext(deps, options);
    expect(all.context.previousMessages.map((m) => m.text)).toEqual([sent?.body]);
    const own = await assembleCoachContext(deps, { ...options, messageId: sent?.id });
    expect(own.context.previousMessages).toEqual([]);
    // Checked as it was sent, the message finds nothing copied.
    const result = checkMessage({
      kind: 'feedback_request',
      text: sent?.body ?? '',
      context: own.context,
    });
    expect(result.findings.filter((f) => f.rule === 'template/near-duplicate')).toEqual([]);
    const self = checkMessage({
      kind: 'feedback_request',
      text: sent?.body ?? '',
      context: all.context,
    });
    expect(self.findings.map((f) => f.rule)).toContain('template/near-duplicate');
  });

  it('writes to the person asked for, and names the field when a record is missing', async () => {
    const deps = await db().deps('ws_coach_person');
    const { acme, sam } = await seedCoachWorkspace(deps);
    const assembled = await assembleCoachContext(deps, {
      applicationId: acme.id,
      contactId: sam.id,
      kind: 'thank_you',
      linkedinPlan: 'paid',
    });
    expect(assembled.context.contactName).toBe('Sam Reed');
    expect(assembled.context.facts[0]).toBe('their relocation package');
    expect(assembled.context.linkedinPlan).toBe('paid');
    await expect(
      assembleCoachContext(deps, {
        applicationId: acme.id,
        contactId: 'con_missing',
        kind: 'thank_you',
      }),
    ).rejects.toMatchObject({ code: 'not_found', field: 'contactId' });
    await expect(
      assembleCoachContext(deps, { applicationId: 'app_missing', kind: 'thank_you' }),
    ).rejects.toMatchObject({ code: 'not_found', field: 'id' });
  });

  it('counts a LinkedIn note against the plan in the settings unless told otherwise', async () => {
    const deps = await db().deps('ws_coach_plan');
    const { acme } = await seedCoachWorkspace(deps);
    await updateRecoverySettings(deps, recoverySettingsPatchSchema.parse({ linkedinPlan: 'paid' }));
    const assembled = await assembleCoachContext(deps, {
      applicationId: acme.id,
      kind: 'linkedin_note',
    });
    expect(assembled.context.linkedinPlan).toBe('paid');
    const note = `Hi Helen, ${'it was good to talk about the motor controller bring-up. '.repeat(4)}`;
    const limitOf = async (plan?: 'free' | 'paid') =>
      (
        await coachMessage(deps, {
          kind: 'linkedin_note',
          text: note,
          context: { contactName: 'Helen Cho', ...(plan && { linkedinPlan: plan }) },
        } as Parameters<typeof coachMessage>[1])
      ).stats.characterLimit;
    expect(await limitOf()).toBe(300);
    expect(await limitOf('free')).toBe(200);
  });

  it('checks with the workspace’s own timing settings', async () => {
    const deps = await db().deps('ws_coach_settings');
    const { acme } = await seedCoachWorkspace(deps);
    const { context, settings } = await assembleCoachContext(deps, {
      applicationId: acme.id,
      kind: 'feedback_request',
    });
    expect(settings.timing).toEqual({ coolOffHours: 24, latestReplyDays: 7 });
    const input = {
      kind: 'feedback_request' as const,
      text: 'Hi Helen,\nThanks for the talk about the motor controller bring-up.\nRavi',
      context: { ...context, sentAt: undefined },
    };
    db().clock.advance(3 * 3_600_000);
    const rules = async () => (await coachMessage(deps, input)).findings.map((f) => f.rule);
    expect(await rules()).toContain('timing/too-soon');
    await updateRecoverySettings(
      deps,
      recoverySettingsPatchSchema.parse({ timing: { coolOffHours: 2 } }),
    );
    expect(await rules()).not.toContain('timing/too-soon');
    expect(
      (await assembleCoachContext(deps, { applicationId: acme.id, kind: 'thank_you' })).settings
        .timing.coolOffHours,
    ).toBe(2);
  });

  it('keeps workspaces apart', async () => {
    const mine = await db().deps('ws_coach_mine');
    const theirs = await db().deps('ws_coach_theirs');
    const { acme } = await seedCoachWorkspace(mine);
    await expect(
      assembleCoachContext(theirs, { applicationId: acme.id, kind: 'thank_you' }),
    ).rejects.toMatchObject({ code: 'not_found' });
  });

  it('drafts from the application’s data, and the draft passes the coach outside its room', async () => {
    const deps = await db().deps('ws_coach_draft');
    const { acme } = await seedCoachWorkspace(deps);
    // Written the next day: timing is about when a message goes out, which no draft can change.
    db().clock.advance(30 * 3_600_000);
    for (const kind of [
      'feedback_request',
      'thank_you',
      'keep_in_touch',
      'linkedin_note',
    ] as const) {
      const { draft, context } = await draftMessage(deps, {
        applicationId: acme.id,
        kind,
        userName: 'Ravi Kumar',
      });
      expect(draft.text).toContain('Helen');
      expect(draft.fact).toBe('the motor controller bring-up');
      expect(draft.rooms.length).toBeGreaterThan(0);
      if (kind === 'feedback_request') expect(draft.rooms[0]?.prompt).toMatch(/RTOS scheduling/i);
      const outside = checkMessage({ kind, text: draft.text, context }).findings.filter(
        (f) => !draft.rooms.some((r) => r.start <= f.start && f.end <= r.end),
      );
      expect(outside).toEqual([]);
    }
  });

  it('drafts the silver-medalist check-in of the plan as its own note, checked as a follow-up', async () => {
    const deps = await db().deps('ws_coach_silver');
    const { acme } = await seedCoachWorkspace(deps);
    const plan = await getRecoveryPlan(deps, { applicationId: acme.id });
    const step = plan.steps.find((s) => s.kind === 'silver_medalist');
    expect(step).toBeDefined();
    db().clock.advance(40 * 86_400_000);
    const { draft, context } = await draftMessage(deps, {
      applicationId: acme.id,
      kind: MESSAGE_KIND_FOR_STEP.silver_medalist ?? 'follow_up',
      taskId: step?.id,
    });
    expect(draft.kind).toBe('follow_up');
    expect(draft.text).toMatch(/It has been a few weeks since the final round at Acme Robotics\./);
    const outside = checkMessage({ kind: 'follow_up', text: draft.text, context }).findings.filter(
      (f) => !draft.rooms.some((r) => r.start <= f.start && f.end <= r.end),
    );
    expect(outside).toEqual([]);
    await expect(
      draftMessage(deps, { applicationId: acme.id, kind: 'follow_up', taskId: 'tsk_nosuchstep0' }),
    ).rejects.toMatchObject({ code: 'not_found', field: 'taskId' });
  });

  it('signs drafts with the name in the settings, once the user gave it', async () => {
    const deps = await db().deps('ws_coach_signed');
    const { acme } = await seedCoachWorkspace(deps);
    const unsigned = await draftMessage(deps, { applicationId: acme.id, kind: 'thank_you' });
    expect(unsigned.draft.text).toMatch(/,$/);
    await updateRecoverySettings(deps, { userName: 'Mia Lund' });
    const signed = await draftMessage(deps, { applicationId: acme.id, kind: 'thank_you' });
    expect(signed.draft.text).toMatch(/,\nMia Lund$/);
    // A name given with the request wins (the API's userName).
    const asked = await draftMessage(deps, {
      applicationId: acme.id,
      kind: 'thank_you',
      userName: 'M. Lund',
    });
    expect(asked.draft.text).toMatch(/\nM\. Lund$/);
  });
});
