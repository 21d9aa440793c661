import { AppError } from '../../core/app-error';
import { newId } from '../../core/ids';
import type { Message } from '../../core/message';
import type { ArticleShare, ShareArticleInput } from '../../core/reading/article';
import { shareDraftText } from '../../core/reading/share-draft';
import {
  findDraftShare,
  insertArticleShare,
  listSharesWithContact,
} from '../../storage/repositories/article-shares';
import { requireContact } from '../contacts';
import { inTransaction, nowInstant, type UseCaseDeps, withDb } from '../deps';
import { createMessage, requireMessage } from '../messages';
import { requireArticle } from './articles';

export interface ShareArticleResult {
  /** The draft carrying the article: new, or the one it was put into. */
  message: Message;
  share: ArticleShare;
}

const MAX_SUBJECT = 300;

/**
 * Starts sharing an article with a person: a keep-in-touch draft with the link and a room for
 * the user's own line (or, given `messageId`, that draft takes the article). The share is
 * recorded as a draft; sending the message, or marking it sent, records it as sent.
 */
export async function shareArticle(
  deps: UseCaseDeps,
  { articleId, ...input }: { articleId: string } & ShareArticleInput,
): Promise<ShareArticleResult> {
  return inTransaction(deps.db, async (trx) => {
    const scoped = withDb(deps, trx);
    const article = await requireArticle(trx, deps.workspaceId, articleId);
    const contact = await requireContact(trx, deps.workspaceId, input.contactId, 'contactId');
    let message: Message;
    if (input.messageId !== undefined) {
      message = await requireMessage(trx, deps.workspaceId, input.messageId);
      if (message.status !== 'draft')
        throw new AppError('conflict', 'messageId: this message was already sent', {
          field: 'messageId',
        });
      const existing = await findDraftShare(trx, deps.workspaceId, message.id, article.id);
      if (existing) return { message, share: existing };
    } else {
      message = await createMessage(scoped, {
        kind: 'keep_in_touch',
        channel: input.channel,
        applicationId: input.applicationId,
        contactId: contact.id,
        recipient: null,
        subject: article.title.slice(0, MAX_SUBJECT),
        body: shareDraftText({ contactName: contact.name, article }),
      });
    }
    const share: ArticleShare = {
      id: newId('shr'),
      articleId: article.id,
      contactId: message.contactId ?? contact.id,
      messageId: message.id,
      status: 'draft',
      sharedAt: null,
      createdAt: nowInstant(deps),
    };
    await insertArticleShare(trx, deps.workspaceId, share);
    return { message, share };
  });
}

/** What was sent to a person, newest first. */
export async function listArticlesSentTo(deps: UseCaseDeps, { contactId }: { contactId: string }) {
  await requireContact(deps.db, deps.workspaceId, contactId, 'contactId');
  return listSharesWithContact(deps.db, deps.workspaceId, contactId);
}
