import { z } from 'zod';
import type { Instant } from '../dates';
import { MESSAGE_CHANNELS } from '../enums';
import { entityId, storable, STORABLE_TEXT_MESSAGE } from '../schema-helpers';

/** A feed the user follows: RSS 2.0, Atom or JSON Feed, found from its own or a page's address. */
export interface FeedSource {
  id: string;
  /** The feed's own address (after any redirect the user pasted through). */
  url: string;
  /** The site the feed belongs to, when the feed says. */
  siteUrl: string | null;
  title: string;
  /** When Rebound last tried to fetch it, and when that last worked (a 304 counts). */
  lastCheckedAt: Instant | null;
  lastSuccessAt: Instant | null;
  /** What went wrong the last time, in words; null once it works again. */
  lastError: string | null;
  /** Failures in a row, for backing off. */
  failureCount: number;
  /** When the scheduled refresh next looks at it. */
  nextCheckAt: Instant;
  /** The validators of the last full answer, sent back so the server can say "not modified". */
  etag: string | null;
  lastModified: string | null;
  createdAt: Instant;
  updatedAt: Instant;
}

/** One article: from a feed, or saved by its address. */
export interface Article {
  id: string;
  /** The feed it came from; null for an article saved on its own or whose source was removed. */
  sourceId: string | null;
  url: string;
  title: string;
  /** Plain text, short: the feed's summary or the page's description. */
  summary: string | null;
  siteName: string | null;
  publishedAt: Instant | null;
  /** When Rebound stored it. */
  addedAt: Instant;
}

export const ARTICLE_SHARE_STATUSES = ['draft', 'sent'] as const;
export type ArticleShareStatus = (typeof ARTICLE_SHARE_STATUSES)[number];

/** An article on its way to a person (in a draft) or sent to them. */
export interface ArticleShare {
  id: string;
  articleId: string;
  contactId: string;
  /** The message carrying it; null once that message was deleted. */
  messageId: string | null;
  status: ArticleShareStatus;
  sharedAt: Instant | null;
  createdAt: Instant;
}

/** Addresses longer than this are refused: no feed or article needs more. */
export const MAX_ADDRESS_LENGTH = 2000;

/**
 * An address as a person pastes it: `example.org/blog` gets `https://`, the fragment goes (it never
 * reaches the server), and only http and https without a user name or password are taken.
 */
export function normalizeWebAddress(value: string): string | undefined {
  const trimmed = value.trim();
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(trimmed) ? trimmed : `https://${trimmed}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  if (url.username !== '' || url.password !== '' || url.hostname === '') return undefined;
  url.hash = '';
  return url.toString();
}

/** A web address to fetch: a feed, a site, or one article. */
export const webAddress = z
  .string({ error: (issue) => (issue.input === undefined ? 'is required' : 'must be text') })
  .trim()
  .min(1, 'is required')
  .max(MAX_ADDRESS_LENGTH, `must be at most ${MAX_ADDRESS_LENGTH} characters`)
  .refine(storable, STORABLE_TEXT_MESSAGE)
  .transform((value, ctx) => {
    const normalized = normalizeWebAddress(value);
    if (normalized === undefined) {
      ctx.addIssue({
        code: 'custom',
        message:
          'must be a web address such as https://example.org/feed (http or https, no password)',
      });
      return z.NEVER;
    }
    return normalized;
  });

export const addSourceInputSchema = z.object({ url: webAddress }).strict();
export type AddSourceInput = z.output<typeof addSourceInputSchema>;

export const saveArticleInputSchema = z.object({ url: webAddress }).strict();
export type SaveArticleInput = z.output<typeof saveArticleInputSchema>;

export const refreshSourcesInputSchema = z
  .object({
    /** Only these sources; all of them when left out. */
    sourceIds: z.array(entityId).max(500, 'must have at most 500 entries').optional(),
  })
  .strict();
export type RefreshSourcesInput = z.output<typeof refreshSourcesInputSchema>;

/** OPML files are small; a reader's export of a thousand feeds is well under this. */
export const MAX_OPML_CHARACTERS = 5_000_000;

export const opmlImportSchema = z
  .object({
    content: z
      .string({ error: 'must be the text of an OPML file' })
      .min(1, 'is empty')
      .max(MAX_OPML_CHARACTERS, `must be at most ${MAX_OPML_CHARACTERS} characters`),
    /** Import the usable feeds and report the rest, instead of refusing the file. */
    partial: z.boolean({ error: 'must be true or false' }).default(false),
  })
  .strict();

export const articleSearchText = z
  .string()
  .trim()
  .max(200, 'must be at most 200 characters')
  .refine(storable, STORABLE_TEXT_MESSAGE);

export const shareArticleInputSchema = z
  .object({
    contactId: entityId,
    /** The application the message is about, if any. */
    applicationId: entityId.nullish().transform((v) => v ?? null),
    /** Put the article into this draft instead of starting a new one. */
    messageId: entityId.optional(),
    channel: z
      .enum(MESSAGE_CHANNELS, { error: `must be one of ${MESSAGE_CHANNELS.join(', ')}` })
      .default('email'),
  })
  .strict();
export type ShareArticleInput = z.output<typeof shareArticleInputSchema>;

/** At most this many suggestions at once: a few worth sending beat a long list. */
export const MAX_SUGGESTIONS = 20;
