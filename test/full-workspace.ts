import type { Account } from '../src/core/team/accounts';
import { saveFederalProfile } from '../src/storage/repositories/federal';
import { saveSyncState } from '../src/storage/repositories/inbox';
import { saveMailAccount } from '../src/storage/repositories/mail-accounts';
import { seedDemoWorkspace } from '../src/use-cases/demo';
import { recordCoachRead } from '../src/use-cases/team/access-log';
import { draftForSeeker, leaveCoachNote } from '../src/use-cases/team/coach-notes';
import { changeSharing, shareDraft, shareReflection } from '../src/use-cases/team/sharing';
import { writeLetter } from '../src/use-cases/wellbeing/letters';
import { addWin } from '../src/use-cases/wellbeing/wins';
import { federalDetailsInputSchema } from '../src/core/federal/federal-application';
import { shareArticleInputSchema } from '../src/core/reading/article';
import { createFederalApplication } from '../src/use-cases/federal/federal-applications';
import { ingestMail } from '../src/use-cases/inbox/ingest-mail';
import { parseMail } from '../src/core/inbox/mail';
import { shareArticle } from '../src/use-cases/reading/shares';
import type { TestDatabase } from './databases';

/** A coach as the coaching use cases need one: enough to sign notes and drafts. */
export type CoachAuthor = Pick<Account, 'id' | 'name' | 'email' | 'role' | 'emailVerified'>;

/**
 * Fills a workspace with one of everything a seeker's workspace can hold: the sample search,
 * a letter, a win, a federal profile, an inbox's sync state, and a coach's note, draft and read,
 * with a reflection and a draft shared. The coach's account must exist.
 */
export async function fillWorkspace(
  database: TestDatabase,
  workspaceId: string,
  coach: CoachAuthor,
): Promise<void> {
  const deps = await database.deps(workspaceId);
  const author = {
    ...coach,
    workspaceId: null,
    createdAt: deps.clock.now().toISOString(),
    removed: false,
  };
  await seedDemoWorkspace(deps);
  await writeLetter(deps, { input: { body: 'Not for anyone.' } });
  await leaveCoachNote(deps, { author, input: { kind: 'note', body: 'Well done this week' } });
  await draftForSeeker(deps, {
    author,
    input: {
      kind: 'thank_you',
      channel: 'email',
      applicationId: null,
      contactId: null,
      recipient: null,
      subject: null,
      body: 'Thank you',
    },
  });
  await addWin(deps, { input: { text: 'Reached the final round' } });
  const now = deps.clock.now().toISOString();
  await saveFederalProfile(deps.db, workspaceId, { name: 'Sample' }, now);
  await saveSyncState(deps.db, workspaceId, {
    account: 'inbox@example.org',
    folder: 'INBOX',
    state: { uidValidity: '1', lastUid: 1 },
    now,
  });
  await recordCoachRead(deps, {
    reader: author,
    operation: 'GET /applications',
    path: '/applications',
  });
  await changeSharing(deps, { patch: { feelings: true } });
  await saveMailAccount(deps.db, workspaceId, 'smtp', {
    account: { settings: '{}', password: { sealed: 'sealed', keyId: 'k' }, nextSyncAt: null },
    now,
  });
  const rejection = await deps.db
    .selectFrom('rejections')
    .select('id')
    .where('workspace_id', '=', workspaceId)
    .executeTakeFirstOrThrow();
  await shareReflection(deps, { id: rejection.id });
  const draft = await deps.db
    .selectFrom('messages')
    .select('id')
    .where('workspace_id', '=', workspaceId)
    .where('status', '=', 'draft')
    .executeTakeFirstOrThrow();
  await shareDraft(deps, { id: draft.id });
  await createFederalApplication(deps, {
    input: federalDetailsInputSchema.parse({ positionTitle: 'Program Analyst' }),
  });
  const article = await deps.db
    .selectFrom('articles')
    .select('id')
    .where('workspace_id', '=', workspaceId)
    .executeTakeFirstOrThrow();
  const contact = await deps.db
    .selectFrom('contacts')
    .select('id')
    .where('workspace_id', '=', workspaceId)
    .executeTakeFirstOrThrow();
  await shareArticle(deps, {
    articleId: article.id,
    ...shareArticleInputSchema.parse({ contactId: contact.id }),
  });
  const mail = await parseMail(
    'From: Jobs <jobs@example.com>\r\nTo: sam@example.org\r\nSubject: Your application\r\n' +
      `Message-ID: <fill.${workspaceId}@example.com>\r\n\r\n` +
      'Thank you for applying. Unfortunately we will not be moving forward.\r\n',
  );
  await ingestMail(deps, { mails: [{ source: 'fill#1', mail }] });
}
