import { expect, it } from 'vitest';
import { describeEachDialect } from '../../test/databases';
import { interviewedApplication, reject } from '../../test/recovery-fixtures';
import { interactionInputSchema } from '../core/interaction';
import { messageInputSchema } from '../core/message';
import { reflectionInputSchema } from '../core/recovery/reflection';
import { getApplicationDetail } from './application-detail';
import { linkContact } from './contacts';
import { insertFeedSources } from '../storage/repositories/feed-sources';
import { seedDemoWorkspace } from './demo';
import { buildDemoReading } from './demo-reading';
import { logInteraction } from './interactions';
import { createMessage } from './messages';
import { saveReflection } from './reflection';
import { getSampleData, removeSampleData } from './sample-data';
import { exportWorkspace } from './transfer';

describeEachDialect('sample data', (db) => {
  it('marks the sample and removes exactly it, keeping your own search whole', async () => {
    const deps = await db().deps('ws_sample_remove');
    await seedDemoWorkspace(deps);
    expect(await getSampleData(deps)).toEqual({ applications: 20, contacts: 100 });
    const sample = await exportWorkspace(deps);
    expect(sample.applications.every((a) => a.sample)).toBe(true);
    expect(sample.contacts.every((c) => c.sample)).toBe(true);

    // Your own search, tied to the sample here and there while you explored it.
    const own = await interviewedApplication(deps, { company: 'Own Co' });
    const sampleApp = sample.applications[0]?.id ?? '';
    const samplePerson = sample.contacts[0]?.id ?? '';
    const sharedQuestion = sample.practiceCards?.[0]?.question ?? '';
    await linkContact(deps, { applicationId: own.applicationId, contactId: samplePerson });
    await reject(deps, own.applicationId, { channel: 'email', contactId: samplePerson });
    await saveReflection(deps, {
      applicationId: own.applicationId,
      input: reflectionInputSchema.parse({
        hardQuestions: [{ question: sharedQuestion }, { question: 'Why this team?' }],
      }),
    });
    const aboutTheSample = await logInteraction(
      deps,
      interactionInputSchema.parse({
        contactId: own.hiringManager,
        applicationId: sampleApp,
        channel: 'call',
      }),
    );
    const ownNote = await createMessage(
      deps,
      messageInputSchema.parse({
        kind: 'thank_you',
        applicationId: own.applicationId,
        contactId: own.hiringManager,
      }),
    );
    await createMessage(
      deps,
      messageInputSchema.parse({ kind: 'thank_you', applicationId: sampleApp }),
    );
    const ownBefore = await getApplicationDetail(deps, { id: own.applicationId });
    // A source of your own, beside the sample's four.
    const [template] = buildDemoReading(Date.parse('2026-12-01T09:00:00Z'), 1).sources;
    const ownSource = { ...template!, id: 'fds_own', url: 'https://blog.own.org/feed.xml' };
    await insertFeedSources(deps.db, deps.workspaceId, [ownSource]);

    const removed = await removeSampleData(deps);
    expect(removed).toMatchObject({ applications: 20, contacts: 100, feedSources: 4 });
    expect(await getSampleData(deps)).toEqual({ applications: 0, contacts: 0 });

    const left = await exportWorkspace(deps);
    expect(left.applications.map((a) => a.id)).toEqual([own.applicationId]);
    expect(left.feedSources.map((f) => f.url)).toEqual([ownSource.url]);
    expect(left.articles).toEqual([]);
    expect(left.contacts.map((c) => c.id).sort()).toEqual(
      [own.hiringManager, own.recruiter, own.interviewer].sort(),
    );
    expect(left.applicationContacts.map((l) => l.contactId)).not.toContain(samplePerson);
    expect(left.messages.map((m) => m.id)).toEqual([ownNote.id]);
    expect(left.interactions.find((i) => i.id === aboutTheSample.id)).toMatchObject({
      contactId: own.hiringManager,
      applicationId: null,
    });
    expect(left.rejections).toHaveLength(1);
    expect(left.rejections[0]).toMatchObject({ applicationId: own.applicationId, contactId: null });
    // A card the sample asked that your own reflection asks too stays, with your question only.
    expect(left.practiceCards?.map((c) => c.question).sort()).toEqual(
      [sharedQuestion, 'Why this team?'].sort(),
    );
    expect(new Set(left.practiceCardSources.map((s) => s.applicationId))).toEqual(
      new Set([own.applicationId]),
    );

    const ownAfter = await getApplicationDetail(deps, { id: own.applicationId });
    expect(ownAfter.application).toEqual(ownBefore.application);
    expect(ownAfter.stageHistory).toEqual(ownBefore.stageHistory);
    expect(ownAfter.interviews).toEqual(ownBefore.interviews);
    expect(ownAfter.tasks.filter((t) => t.contactId !== samplePerson)).toEqual(
      ownBefore.tasks.filter((t) => t.contactId !== samplePerson),
    );
    expect(ownAfter.contacts.map((c) => c.id)).not.toContain(samplePerson);

    expect(await removeSampleData(deps)).toMatchObject({ applications: 0, contacts: 0 });
  });

  it('takes nothing from a workspace without a sample', async () => {
    const deps = await db().deps('ws_sample_none');
    const own = await interviewedApplication(deps);
    const before = await exportWorkspace(deps);
    expect(await removeSampleData(deps)).toEqual({
      applications: 0,
      contacts: 0,
      interactions: 0,
      messages: 0,
      practiceCards: 0,
      feedSources: 0,
    });
    const after = await exportWorkspace(deps);
    expect({ ...after, exportedAt: '' }).toEqual({ ...before, exportedAt: '' });
    expect(after.applications.map((a) => [a.id, a.sample])).toEqual([[own.applicationId, false]]);
  });
});
