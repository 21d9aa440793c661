import { findClosingStart } from '../coach/document';

/** The room left for the user's own line: why this article made them think of this person. */
export const SHARE_ROOM = '[[Your words: why this made you think of them]]';

function firstNameOf(name: string | null): string {
  return name?.trim().split(/\s+/)[0] ?? '';
}

/** The lines that carry an article into a message: its title, the room and the link. */
export function articleLines(article: { title: string; url: string }): string {
  return `I came across “${article.title}” and thought of you. ${SHARE_ROOM}\n\n${article.url}`;
}

/**
 * A message that shares one article: a greeting, the article with room for the user's reason,
 * and a warm close. The coach reads the room as unfinished until the user writes in it, so a
 * bare link never goes out looking finished.
 */
export function shareDraftText({
  contactName,
  article,
}: {
  contactName: string | null;
  article: { title: string; url: string };
}): string {
  const first = firstNameOf(contactName);
  return [
    first ? `Hi ${first},` : 'Hello,',
    '',
    articleLines(article),
    '',
    'I hope all is well with you.',
    '',
    'Best,',
  ].join('\n');
}

/**
 * A message with an article added: its lines go before the sign-off (at the end when there is
 * none), and the room they leave is returned, for the cursor to land in.
 */
export function withArticle(
  text: string,
  article: { title: string; url: string },
): { text: string; room: { start: number; end: number } } {
  const lines = articleLines(article);
  const closing = text.trim() === '' ? text.length : findClosingStart(text);
  const before = text.slice(0, closing).replace(/\s*$/, '');
  const after = text.slice(closing);
  const head = before === '' ? '' : `${before}\n\n`;
  const next = `${head}${lines}${after === '' ? '' : `\n\n${after.replace(/^\s*/, '')}`}`;
  const start = head.length + lines.indexOf(SHARE_ROOM);
  return { text: next, room: { start, end: start + SHARE_ROOM.length } };
}
