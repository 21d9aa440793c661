import fs from 'node:fs';
import { expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/databases';
import { getApplicationDetail } from '../application-detail';
import { getRecoveryPlan } from '../recovery-plan';
import { listTasksOfApplication } from '../../storage/repositories/tasks';
import {
  createFederalApplication,
  getFederalApplication,
  importAnnouncement,
  setUsajobsStatus,
  updateFederalDetails,
} from './federal-applications';
import { federalDetailsInputSchema } from '../../core/federal/federal-application';
import { exportWorkspace, importWorkspace } from '../transfer';
import { saveResumeProfile } from './build-resume';

const fixture = (name: string) =>
  fs.readFileSync(new URL(`../../../test/fixtures/federal/${name}`, import.meta.url), 'utf8');

describeEachDialect('federal applications', (db) => {
  it('imports an announcement as a saved application with steps before the closing date', async () => {
    db().clock.set('2026-12-02T15:00:00.000Z');
    const deps = await db().deps('ws_fed_import');
    const view = await importAnnouncement(deps, { text: fixture('search-result.json') });
    expect(view.application).toMatchObject({
      company: 'Bureau of the Fiscal Service',
      role: 'Management and Program Analyst (GS-0343-11)',
      stage: 'saved',
      source: 'USAJOBS',
    });
    expect(view.federal).toMatchObject({
      payPlan: 'GS',
      series: '0343',
      grade: '11',
      closeDate: '2026-12-18',
      status: null,
    });
    const steps = await listTasksOfApplication(deps.db, deps.workspaceId, view.application.id);
    expect(steps.map((s) => [s.kind, s.dueAt.slice(0, 10)])).toEqual([
      ['tailor_resume', '2026-12-11'],
      ['gather_documents', '2026-12-13'],
      ['answer_essays', '2026-12-15'],
      ['submit_application', '2026-12-17'],
    ]);
    expect(steps.find((s) => s.kind === 'gather_documents')?.reason).toContain('DD-214');
  });

  it('marks documents attached, and the steps follow', async () => {
    db().clock.set('2026-12-02T15:00:00.000Z');
    const deps = await db().deps('ws_fed_docs');
    const view = await importAnnouncement(deps, { text: fixture('search-result.json') });
    await updateFederalDetails(deps, {
      applicationId: view.application.id,
      patch: { attachedDocuments: ['dd214', 'sf50'] },
    });
    const steps = await listTasksOfApplication(deps.db, deps.workspaceId, view.application.id);
    expect(steps.map((s) => s.kind)).not.toContain('gather_documents');
    await expect(
      updateFederalDetails(deps, {
        applicationId: view.application.id,
        patch: { openDate: '2027-01-01' },
      }),
    ).rejects.toMatchObject({ code: 'validation', field: 'closeDate' });
  });

  it('turns "not referred" into a federal recovery: the HR contact, no thank-you, similar announcements', async () => {
    db().clock.set('2026-12-02T15:00:00.000Z');
    const deps = await db().deps('ws_fed_no');
    const view = await importAnnouncement(deps, { text: fixture('search-result.json') });
    const other = await createFederalApplication(deps, {
      input: federalDetailsInputSchema.parse({
        positionTitle: 'Program Analyst',
        agency: 'Internal Revenue Service',
        payPlanSeriesGrade: 'GS-0343-11',
        closeDate: '2027-01-30',
      }),
    });
    db().clock.set('2026-12-20T15:00:00.000Z');
    await setUsajobsStatus(deps, { applicationId: view.application.id, status: 'received' });
    const received = await getApplicationDetail(deps, { id: view.application.id });
    expect(received.application.stage).toBe('applied');
    const open = (
      await listTasksOfApplication(deps.db, deps.workspaceId, view.application.id)
    ).filter((t) => t.status === 'open');
    expect(open).toEqual([]);

    db().clock.set('2027-01-10T15:00:00.000Z');
    await setUsajobsStatus(deps, { applicationId: view.application.id, status: 'not_referred' });
    const plan = await getRecoveryPlan(deps, { applicationId: view.application.id });
    expect(plan.application.stage).toBe('rejected');
    expect(plan.rejection).toMatchObject({ channel: 'portal', humanContact: false });
    const kinds = plan.steps.map((s) => s.kind);
    expect(kinds).toEqual(['reflect', 'watch_announcements', 'feedback_request']);
    const ask = plan.steps.find((s) => s.kind === 'feedback_request');
    expect(ask?.reason).toContain('Jordan Pike (jordan.pike@fiscal.example.gov, (304) 555-0188)');
    expect(ask?.reason).toContain('rarely give individual feedback');
    const watch = plan.steps.find((s) => s.kind === 'watch_announcements');
    expect(watch?.reason).toContain('GS-0343-11 announcements (job series 0343, grade 11)');
    expect(watch?.reason).toContain(
      'Program Analyst (Internal Revenue Service, closes 2027-01-30)',
    );
    expect(plan.steps.find((s) => s.kind === 'reflect')?.reason).toContain('Not referred');
    const fetched = await getFederalApplication(deps, { applicationId: view.application.id });
    expect(fetched.similar.map((s) => s.applicationId)).toEqual([other.application.id]);
  });

  it('refuses a status for an application that is not federal, and a future date', async () => {
    const deps = await db().deps('ws_fed_refuse');
    const view = await importAnnouncement(deps, { text: fixture('announcement.txt') });
    await expect(
      setUsajobsStatus(deps, {
        applicationId: view.application.id,
        status: 'received',
        date: '2099-01-01',
      }),
    ).rejects.toMatchObject({ code: 'validation', field: 'date' });
    await expect(
      setUsajobsStatus(deps, { applicationId: 'app_nope', status: 'received' }),
    ).rejects.toMatchObject({
      code: 'not_found',
    });
    const unchanged = await getFederalApplication(deps, { applicationId: view.application.id });
    expect(unchanged.federal.status).toBeNull();
  });

  it('travels whole in a workspace export, details and profile', async () => {
    db().clock.set('2026-12-02T15:00:00.000Z');
    const deps = await db().deps('ws_fed_export');
    const view = await importAnnouncement(deps, { text: fixture('search-result.json') });
    await setUsajobsStatus(deps, { applicationId: view.application.id, status: 'received' });
    await saveResumeProfile(deps, { profile: JSON.parse(fixture('profile.json')) });
    const exported = await exportWorkspace(deps);
    expect(exported.federalApplications).toHaveLength(1);
    expect(exported.federalProfile).toMatchObject({ name: 'Dana Whitlock' });
    const copy = await db().deps('ws_fed_export_copy');
    const report = await importWorkspace(copy, { document: JSON.parse(JSON.stringify(exported)) });
    expect(report.created.federalApplications).toBe(1);
    const again = await exportWorkspace(copy);
    expect({ ...again, exportedAt: null }).toEqual({ ...exported, exportedAt: null });
    const broken = {
      ...exported,
      federalApplications: [{ ...exported.federalApplications[0], series: '343' }],
    };
    await expect(
      importWorkspace(await db().deps('ws_fed_export_bad'), { document: broken }),
    ).rejects.toMatchObject({
      field: 'federalApplications[0].series',
    });
  });
});
