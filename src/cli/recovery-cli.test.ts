/* eslint-disable @typescript-eslint/no-explicit-any -- CLI JSON output is read loosely */
import { beforeAll, describe, expect, it } from 'vitest';
import { reboundOn, runRebound, tempDataDir } from '../../test/cli';

describe('bin/rebound after a rejection', () => {
  let data: string;
  let applicationId: string;
  let manager: string;
  const { rebound, reboundJson } = reboundOn(() => data);

  beforeAll(async () => {
    data = tempDataDir();
    await rebound('settings', '--time-zone', 'Europe/London');
    applicationId = (
      await reboundJson('add', '--company', 'Acme', '--role', 'Data Analyst', '--stage', 'final')
    ).id;
    manager = (
      await reboundJson(
        'contacts',
        'add',
        '--name',
        'Ana Okafor',
        '--relationship',
        'hiring_manager',
        '--application',
        applicationId,
      )
    ).id;
    await rebound(
      'interview',
      applicationId,
      '--at',
      '2026-11-10T15:00',
      '--round',
      '3',
      '--with',
      manager,
    );
  });

  it('lists the recovery commands in --help, each with its own help', async () => {
    const help = await runRebound(['--help']);
    for (const command of [
      'reject',
      'reflect',
      'plan',
      'feedback',
      'today',
      'done',
      'skip',
      'snooze',
      'reopen',
      'cadence',
      'settings',
      'calendar',
    ]) {
      expect(help.stdout).toContain(command);
      const own = await runRebound([command, '--help']);
      expect(own.code, command).toBe(0);
      expect(own.stdout).toContain('--json');
    }
  });

  it('records a rejection, reflects, plans and lists Today', async () => {
    const rejected = await reboundJson(
      'reject',
      applicationId,
      '--channel',
      'phone',
      '--reason',
      'Went with more experience',
    );
    expect(rejected.created).toBe(true);
    expect(rejected.plan.application.stage).toBe('rejected');
    const kinds = rejected.plan.steps.map((s: any) => s.kind);
    expect(kinds).toEqual(
      expect.arrayContaining([
        'reflect',
        'thank_you',
        'feedback_request',
        'silver_medalist',
        'reapply',
      ]),
    );

    const reflection = await reboundJson(
      'reflect',
      applicationId,
      '--fit',
      'partly',
      '--missing',
      'k8s',
      '--question',
      'Design a rate limiter',
    );
    expect(reflection.missingSkills).toEqual([{ tag: 'kubernetes', label: 'Kubernetes' }]);
    const more = await reboundJson(
      'reflect',
      applicationId,
      '--missing',
      'Kubernetes',
      '--missing',
      'dbt',
      '--answer',
      '1=Token bucket',
    );
    expect(more.missingSkills.map((s: any) => s.tag)).toEqual(['kubernetes', 'dbt']);
    expect(more.hardQuestions[0]).toMatchObject({
      question: 'Design a rate limiter',
      betterAnswer: 'Token bucket',
    });
    expect((await rebound('reflect', applicationId)).stdout).toContain(
      'Better answer: Token bucket',
    );

    const plan = await rebound('plan', applicationId);
    expect(plan.stdout).toContain('Send a thank-you note to Ana Okafor (Acme)');
    expect(plan.stdout).toContain('(The Ladders;');

    const today = await reboundJson('today');
    const thanks = today.items.find((i: any) => i.kind === 'thank_you');
    expect(thanks).toMatchObject({
      applicationId,
      contactId: manager,
      status: 'open',
      when: 'Due tomorrow',
    });
    for (const field of ['id', 'kind', 'dueAt', 'reason', 'status'])
      expect(thanks[field]).toEqual(expect.any(String));
    const text = await rebound('today');
    expect(text.stdout).toContain('Coming up');
    expect(text.stdout).toContain(thanks.id);
  });

  it('marks steps done, snoozes and reopens them', async () => {
    const plan = await reboundJson('plan', applicationId);
    const step = (kind: string) => plan.steps.find((s: any) => s.kind === kind).id as string;
    const done = await reboundJson(
      'done',
      step('thank_you'),
      '--channel',
      'email',
      '--summary',
      'Thanked Ana',
    );
    expect(done).toMatchObject({ status: 'done', interactionId: expect.stringMatching(/^int_/) });
    const snoozed = await reboundJson('snooze', step('reapply'), '--next-week');
    expect(snoozed.task.when).toMatch(/^Due /);
    const skipped = await reboundJson('skip', step('linkedin_note'));
    expect(skipped.status).toBe('skipped');
    expect((await reboundJson('reopen', step('linkedin_note'))).status).toBe('open');
  });

  it('shows and sets a contact’s cadence, and lists who is going cold', async () => {
    const shown = await reboundJson('cadence', manager);
    expect(shown.status).toMatchObject({ cadenceDays: 90, cadenceIsDefault: true });
    const set = await reboundJson('cadence', manager, '--days', '30');
    expect(set.status).toMatchObject({ cadenceDays: 30, cadenceIsDefault: false });
    expect((await reboundJson('cadence', manager, '--off')).status.state).toBe('off');
    const cold = await reboundJson('cadence');
    expect(cold).toHaveProperty('items');
  });

  it('shows settings with their sources, and changes them', async () => {
    const shown = await rebound('settings');
    expect(shown.stdout).toContain('thankYouDays = 1 days');
    expect(shown.stdout.replace(/\s+/g, ' ')).toContain(
      'Sources: The Ladders; Climb the Ladder; Richmond',
    );
    const changed = await reboundJson(
      'settings',
      '--set',
      'feedbackWaitDays=14',
      '--cadence',
      'mentor=30',
    );
    expect(changed.rules.find((r: any) => r.id === 'feedbackWaitDays').value).toBe(14);
    expect((await reboundJson('settings', '--linkedin-plan', 'paid')).linkedinPlan).toBe('paid');
    const refused = await rebound('settings', '--linkedin-plan', 'gold');
    expect(refused.stderr).toContain('--linkedin-plan: must be one of free, paid');
    const feed = await reboundJson('calendar');
    expect(feed.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/calendar\/[0-9a-z]{48}\.ics$/);
  });

  it.each([
    [['reject', 'APP', '--date', 'next tuesday'], '--date: must be a date'],
    [['reject', 'APP', '--stage', 'lunch'], '--stage: must be one of'],
    [['reject', 'APP', '--channel', 'automated', '--human'], '--human: an automated rejection'],
    [['reject', 'APP', '--contact', 'con_nobody000000'], '--contact: '],
    [['reflect', 'APP', '--fit', 'kinda'], '--fit: must be one of'],
    [['reflect', 'APP', '--answer', '9=Nope'], '--answer: '],
    [['reflect', 'APP', '--clear', 'everything'], '--clear: must be one of'],
    [['today', '--from', '2026-13-01'], '--from: must be a date'],
    [['today', '--days', 'lots'], '--days: must be a whole number'],
    [['snooze', 'tsk_000000000000'], '--until: give exactly one of'],
    [['snooze', 'tsk_000000000000', '--until', 'soon'], '--until: must be a date'],
    [['settings', '--set', 'thankYouDays=99'], '--set: must be from 0 to 7 days'],
    [['settings', '--time-zone', 'Mars/Base'], '--time-zone: must be a time-zone name'],
    [['cadence', 'CON', '--days', 'weekly'], '--days: must be a whole number'],
    [['done', 'tsk_000000000000'], 'No task with id tsk_000000000000'],
  ])('reports %j on stderr, naming what to fix, with a non-zero exit', async (args, message) => {
    const filled = args.map((a) => (a === 'APP' ? applicationId : a === 'CON' ? manager : a));
    const result = await rebound(...filled);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(message);
  });
});
