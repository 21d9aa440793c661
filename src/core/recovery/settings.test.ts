import { describe, expect, it } from 'vitest';
import {
  applyRecoverySettingsPatch,
  DEFAULT_REMINDER_TIME,
  recoverySettingsPatchSchema,
  resolveRecoverySettings,
} from './settings';
import { describeSettings } from './settings-view';
import { DEFAULT_TIMING, TIMING_RULE_IDS, TIMING_RULES } from './timing-rules';
import { machineTimeZone } from './zoned-time';

describe('recovery settings', () => {
  it('fills in every default, and the machine’s zone when none was chosen', () => {
    const settings = resolveRecoverySettings({});
    expect(settings.timeZone).toBe(machineTimeZone());
    expect(settings.timeZoneIsDefault).toBe(true);
    expect(settings.reminderTime).toBe(DEFAULT_REMINDER_TIME);
    expect(settings.timing).toEqual(DEFAULT_TIMING);
    expect(settings.keepInTouchDays.recruiter).toBe(90);
  });

  it('keeps every default within its own range, with a reason and a source', () => {
    for (const id of TIMING_RULE_IDS) {
      const rule = TIMING_RULES[id];
      expect(rule.default).toBeGreaterThanOrEqual(rule.min);
      expect(rule.default).toBeLessThanOrEqual(rule.max);
      expect(rule.reason.length).toBeGreaterThan(20);
      expect(rule.sources.length).toBeGreaterThan(0);
    }
  });

  it('reads stored choices and falls back on values that are no longer valid', () => {
    const settings = resolveRecoverySettings(
      {
        timeZone: 'Mars/Base',
        reminderTime: '25:00',
        timing: { thankYouDays: 2, feedbackWaitDays: 'ten', silverMedalistDays: 9999 },
        keepInTouchDays: { recruiter: 30, mentor: 0 },
        theme: 'dark',
      },
      'Europe/London',
    );
    expect(settings.timeZone).toBe('Europe/London');
    expect(settings.reminderTime).toBe('09:00');
    expect(settings.timing.thankYouDays).toBe(2);
    expect(settings.timing.feedbackWaitDays).toBe(DEFAULT_TIMING.feedbackWaitDays);
    expect(settings.timing.silverMedalistDays).toBe(DEFAULT_TIMING.silverMedalistDays);
    expect(settings.keepInTouchDays).toMatchObject({ recruiter: 30, mentor: 0, peer: 90 });
  });

  it('keeps the LinkedIn plan, free unless the user says paid', () => {
    expect(resolveRecoverySettings({}).linkedinPlan).toBe('free');
    const paid = applyRecoverySettingsPatch({}, { linkedinPlan: 'paid' });
    expect(resolveRecoverySettings(paid).linkedinPlan).toBe('paid');
    expect(describeSettings(resolveRecoverySettings(paid)).linkedinPlan).toBe('paid');
    expect(
      resolveRecoverySettings(applyRecoverySettingsPatch(paid, { linkedinPlan: null }))
        .linkedinPlan,
    ).toBe('free');
    expect(resolveRecoverySettings({ linkedinPlan: 'gold' }).linkedinPlan).toBe('free');
    expect(recoverySettingsPatchSchema.safeParse({ linkedinPlan: 'gold' }).success).toBe(false);
  });

  it.each([
    ['  Ana Díaz ', 'Ana Díaz'],
    ['Ramesh Kumar', 'Ramesh Kumar'],
  ])('keeps the name drafts are signed with (%j)', (given, kept) => {
    expect(resolveRecoverySettings({}).userName).toBeNull();
    const patch = recoverySettingsPatchSchema.parse({ userName: given });
    const named = applyRecoverySettingsPatch({}, patch);
    expect(resolveRecoverySettings(named).userName).toBe(kept);
    expect(describeSettings(resolveRecoverySettings(named)).userName).toBe(kept);
    expect(
      resolveRecoverySettings(applyRecoverySettingsPatch(named, { userName: null })).userName,
    ).toBeNull();
  });

  it.each([
    ['', 'userName: must not be empty (use null to forget it)'],
    ['Ana\nDíaz', 'userName: must be on one line'],
    ['x'.repeat(201), 'userName: must be at most 200 characters'],
  ])('refuses a name that cannot sign a message (%j)', (given, message) => {
    const parsed = recoverySettingsPatchSchema.safeParse({ userName: given });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([message]);
  });

  it('applies a change, resets with null and keeps keys it does not own', () => {
    const stored = { theme: 'dark', timing: { thankYouDays: 2, linkedinNoteDays: 5 } };
    const next = applyRecoverySettingsPatch(stored, {
      timeZone: 'America/New_York',
      timing: { thankYouDays: null, feedbackWaitDays: 14 },
      keepInTouchDays: { recruiter: 45 },
    });
    expect(next).toEqual({
      theme: 'dark',
      timeZone: 'America/New_York',
      timing: { linkedinNoteDays: 5, feedbackWaitDays: 14 },
      keepInTouchDays: { recruiter: 45 },
    });
    expect(
      applyRecoverySettingsPatch(next, {
        timing: { linkedinNoteDays: null, feedbackWaitDays: null },
      }),
    ).not.toHaveProperty('timing');
    expect(applyRecoverySettingsPatch(next, { timeZone: null })).not.toHaveProperty('timeZone');
  });

  it.each([
    [{ timeZone: 'Mars/Base' }, 'timeZone'],
    [{ reminderTime: '9am' }, 'reminderTime'],
    [{ timing: { thankYouDays: 30 } }, 'timing.thankYouDays'],
    [{ timing: { thankYouDays: 1.5 } }, 'timing.thankYouDays'],
    [{ timing: { tankYouDays: 1 } }, 'timing'],
    [{ keepInTouchDays: { recruiter: -1 } }, 'keepInTouchDays.recruiter'],
    [{ colour: 'blue' }, ''],
  ])('refuses %j, naming %s', (patch, field) => {
    const result = recoverySettingsPatchSchema.safeParse(patch);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path.join('.')).toBe(field);
  });

  it('refuses a senior re-apply wait shorter than the ordinary one', () => {
    expect(() =>
      applyRecoverySettingsPatch({}, { timing: { reapplyMonths: 10, reapplySeniorMonths: 8 } }),
    ).toThrow(/timing\.reapplySeniorMonths/);
  });

  it('describes each rule with its value beside the default', () => {
    const view = describeSettings(resolveRecoverySettings({ timing: { thankYouDays: 2 } }, 'UTC'));
    const thankYou = view.rules.find((r) => r.id === 'thankYouDays');
    expect(thankYou).toMatchObject({ value: 2, default: 1, unit: 'days' });
    expect(thankYou?.sources).toContain('The Ladders');
    expect(view.cadences.find((c) => c.relationship === 'recruiter')?.sources).toEqual([
      'The Ladders',
    ]);
  });
});
