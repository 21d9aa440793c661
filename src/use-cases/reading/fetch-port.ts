/** What Rebound asks the web for: a feed or a page, conditionally when it has validators. */
export interface FetchRequest {
  url: string;
  /** The validators of the last full answer; the server may then answer "not modified". */
  etag?: string | null;
  lastModified?: string | null;
}

/** A full answer: the document as text, from the address it finally came from. */
export interface FetchedDocument {
  status: 'ok';
  /** The address after redirects. */
  url: string;
  /** The media type without parameters, lower case; empty when the server sent none. */
  contentType: string;
  text: string;
  etag: string | null;
  lastModified: string | null;
}

/** The server said the document has not changed since the validators sent. */
export interface NotModified {
  status: 'not_modified';
  url: string;
}

export type FetchResult = FetchedDocument | NotModified;

/**
 * Why a fetch failed, as a phrase about the address that reads after it: "timed out after 10
 * seconds", "answered 404 (Not Found)". Failures are normal on the web, so they are their own
 * type, not AppErrors: the caller decides what they mean (a refused address, a source to retry).
 */
export class FetchFailure extends Error {
  /** Seconds the server asked to be left alone (Retry-After), when it said. */
  readonly retryAfterSeconds: number | undefined;

  constructor(message: string, options: { retryAfterSeconds?: number; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'FetchFailure';
    this.retryAfterSeconds = options.retryAfterSeconds;
  }
}

/**
 * The way out to the web, implemented by the runtime (runtime/feed-fetcher.ts) with timeouts, a
 * size cap, a redirect limit and the address policy. Rejects with a {@link FetchFailure}.
 */
export interface FeedFetcher {
  fetch(request: FetchRequest): Promise<FetchResult>;
}

export function isFetchFailure(error: unknown): error is FetchFailure {
  return error instanceof FetchFailure;
}
