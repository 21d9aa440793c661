import type { Instant } from '../../core/dates';
import type { ArticleShare } from '../../core/reading/article';
import type { Db } from '../database';
import type { ArticleShareRow, NewArticleShareRow } from '../tables/reading';

export function toArticleShare(row: Omit<ArticleShareRow, 'workspace_id'>): ArticleShare {
  return {
    id: row.id,
    articleId: row.article_id,
    contactId: row.contact_id,
    messageId: row.message_id,
    status: row.status,
    sharedAt: row.shared_at,
    createdAt: row.created_at,
  };
}

export function fromArticleShare(workspaceId: string, share: ArticleShare): NewArticleShareRow {
  return {
    workspace_id: workspaceId,
    id: share.id,
    article_id: share.articleId,
    contact_id: share.contactId,
    message_id: share.messageId,
    status: share.status,
    shared_at: share.sharedAt,
    created_at: share.createdAt,
  };
}

export async function insertArticleShare(db: Db, workspaceId: string, share: ArticleShare) {
  await db.insertInto('article_shares').values(fromArticleShare(workspaceId, share)).execute();
}

/** The draft share of this article in this message, if the article was already put in it. */
export async function findDraftShare(
  db: Db,
  workspaceId: string,
  messageId: string,
  articleId: string,
): Promise<ArticleShare | undefined> {
  const row = await db
    .selectFrom('article_shares')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('message_id', '=', messageId)
    .where('article_id', '=', articleId)
    .executeTakeFirst();
  return row && toArticleShare(row);
}

/** Ids of the articles already sent to a person. */
export async function listArticleIdsSentTo(
  db: Db,
  workspaceId: string,
  contactId: string,
): Promise<Set<string>> {
  const rows = await db
    .selectFrom('article_shares')
    .select('article_id')
    .where('workspace_id', '=', workspaceId)
    .where('contact_id', '=', contactId)
    .where('status', '=', 'sent')
    .execute();
  return new Set(rows.map((r) => r.article_id));
}

/**
 * Records that the articles in a message went out: to the message's person (who may have been
 * changed while it was a draft), at the time it was sent. Returns how many.
 */
export async function markSharesOfMessageSent(
  db: Db,
  workspaceId: string,
  { messageId, contactId, at }: { messageId: string; contactId: string | null; at: Instant },
): Promise<number> {
  const result = await db
    .updateTable('article_shares')
    .set({ status: 'sent', shared_at: at, ...(contactId !== null && { contact_id: contactId }) })
    .where('workspace_id', '=', workspaceId)
    .where('message_id', '=', messageId)
    .where('status', '=', 'draft')
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/**
 * A message is being deleted: articles only planned in it are no longer on their way, while the
 * record of articles it carried out stays, without the message.
 */
export async function releaseSharesOfMessage(db: Db, workspaceId: string, messageId: string) {
  await db
    .deleteFrom('article_shares')
    .where('workspace_id', '=', workspaceId)
    .where('message_id', '=', messageId)
    .where('status', '=', 'draft')
    .execute();
  await db
    .updateTable('article_shares')
    .set({ message_id: null })
    .where('workspace_id', '=', workspaceId)
    .where('message_id', '=', messageId)
    .execute();
}

/** What was sent to a person, newest first, with each article's title and address. */
export async function listSharesWithContact(db: Db, workspaceId: string, contactId: string) {
  const rows = await db
    .selectFrom('article_shares as s')
    .innerJoin('articles as a', (join) =>
      join.onRef('a.workspace_id', '=', 's.workspace_id').onRef('a.id', '=', 's.article_id'),
    )
    .select([
      's.id',
      's.article_id',
      's.contact_id',
      's.message_id',
      's.status',
      's.shared_at',
      's.created_at',
      'a.title',
      'a.url',
    ])
    .where('s.workspace_id', '=', workspaceId)
    .where('s.contact_id', '=', contactId)
    .where('s.status', '=', 'sent')
    .orderBy('s.shared_at', 'desc')
    .orderBy('s.id')
    .execute();
  return rows.map((row) => ({ ...toArticleShare(row), title: row.title, url: row.url }));
}
