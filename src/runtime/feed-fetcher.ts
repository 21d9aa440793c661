import dns, { type LookupAddress, type LookupAllOptions } from 'node:dns';
import { STATUS_CODES } from 'node:http';
import net from 'node:net';
import { Agent, fetch, type Response } from 'undici';
import { normalizeWebAddress } from '../core/reading/article';
import {
  type FeedFetcher,
  FetchFailure,
  type FetchRequest,
  type FetchResult,
} from '../use-cases/reading/fetch-port';
import type { AddressPolicy } from './address-policy';
import { decodeBody } from './decode-body';

export interface FeedFetcherOptions {
  policy: AddressPolicy;
  /** The whole exchange, redirects and body included (default 10 s). */
  timeoutMs?: number;
  /** The largest body read, after decompression (default 5 MB). */
  maxBytes?: number;
  /** Redirects followed before giving up (default 5). */
  maxRedirects?: number;
}

export const DEFAULT_FETCH_TIMEOUT_MS = 10_000;
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;
export const DEFAULT_MAX_REDIRECTS = 5;

const USER_AGENT = 'Rebound/0.1 (personal feed reader)';
const ACCEPT =
  'application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, ' +
  'text/xml;q=0.9, application/json;q=0.8, text/html;q=0.8, */*;q=0.5';

/** A fetcher that can be closed: it keeps connections open for the next request. */
export interface ClosableFeedFetcher extends FeedFetcher {
  close(): Promise<void>;
}

class RefusedAddress extends Error {
  readonly code = 'EREBOUNDREFUSED';
}

/**
 * Resolves a host name and checks every address it has before a connection is made, so the
 * address connected to is the address checked (a name that resolves differently a moment later
 * cannot slip through).
 */
function checkedLookup(policy: AddressPolicy): net.LookupFunction {
  return ((hostname: string, options: LookupAllOptions, callback: LookupCallback) => {
    dns.lookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
      if (error) return callback(error, [] as never);
      if (addresses.length === 0 || addresses.some((a) => !policy.allows(a.address))) {
        return callback(new RefusedAddress(policy.refusal), [] as never);
      }
      if (options.all) return callback(null, addresses);
      const [first] = addresses as [LookupAddress];
      return (callback as unknown as (e: null, address: string, family: number) => void)(
        null,
        first.address,
        first.family,
      );
    });
  }) as unknown as net.LookupFunction;
}
type LookupCallback = (error: NodeJS.ErrnoException | null, addresses: LookupAddress[]) => void;

/** The cause of a failed fetch, as a phrase about the address. */
function describeFailure(error: unknown, timeoutMs: number): FetchFailure {
  if (error instanceof FetchFailure) return error;
  const timedOut =
    (error instanceof DOMException && error.name === 'TimeoutError') ||
    (error instanceof Error &&
      /timeout/i.test(error.name + String((error as { code?: string }).code)));
  if (timedOut) {
    const limit = timeoutMs % 1000 === 0 ? `${timeoutMs / 1000} seconds` : `${timeoutMs} ms`;
    return new FetchFailure(`did not answer within ${limit}`);
  }
  let cause: unknown = error;
  while (cause instanceof Error && cause.cause !== undefined && !(cause instanceof RefusedAddress))
    cause = cause.cause;
  if (cause instanceof RefusedAddress) return new FetchFailure(cause.message);
  const code = (cause as { code?: string } | undefined)?.code ?? '';
  const reasons: Record<string, string> = {
    ENOTFOUND: 'could not be reached: no server has that name',
    EAI_AGAIN: 'could not be reached: the name could not be looked up (is this machine online?)',
    ECONNREFUSED: 'could not be reached: the server refused the connection',
    ECONNRESET: 'could not be reached: the server closed the connection',
    EHOSTUNREACH: 'could not be reached: no route to the server',
    UND_ERR_SOCKET: 'could not be reached: the connection broke off',
  };
  const known =
    reasons[code] ??
    (/CERT|SSL|TLS/.test(code) ? `could not be reached securely (${code})` : undefined);
  return new FetchFailure(known ?? `could not be reached (${code || (cause as Error).message})`, {
    cause: error,
  });
}

function retryAfter(response: Response): number | undefined {
  const value = response.headers.get('retry-after');
  if (value === null) return undefined;
  const seconds = /^\d+$/.test(value.trim())
    ? Number(value)
    : (Date.parse(value) - Date.now()) / 1000;
  return Number.isFinite(seconds) && seconds > 0 ? seconds : undefined;
}

function sizeInWords(bytes: number): string {
  const mb = bytes / 1024 / 1024;
  return mb >= 1 ? `${Math.round(mb * 10) / 10} MB` : `${Math.round(bytes / 1024)} KB`;
}

/** Reads the body up to the cap, failing as soon as it is passed (before reading it all). */
async function readCapped(response: Response, maxBytes: number): Promise<Uint8Array> {
  const tooLarge = () =>
    new FetchFailure(`is larger than ${sizeInWords(maxBytes)}, more than Rebound reads`);
  const declared = Number(response.headers.get('content-length') ?? NaN);
  if (declared > maxBytes) {
    await response.body?.cancel();
    throw tooLarge();
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = response.body?.getReader();
  while (reader) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

function hostIsAllowed(url: URL, policy: AddressPolicy): boolean {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  // The lookup check never sees an address written out in the URL: it is checked here.
  return net.isIP(host) === 0 || policy.allows(host);
}

export function nextLocation(response: Response, from: string): string {
  const location = response.headers.get('location');
  const next =
    location === null ? undefined : normalizeWebAddress(new URL(location, from).toString());
  if (next === undefined)
    throw new FetchFailure(
      `redirects to ${location === null ? 'nowhere' : 'an address Rebound cannot fetch'}`,
    );
  return next;
}

/**
 * The web as Rebound's use cases see it, on undici: every exchange has a time limit and a size
 * cap, redirects are followed by hand (each hop checked, loops and long chains refused),
 * validators make requests conditional, and the address policy is enforced on every connection.
 */
export function createFeedFetcher(options: FeedFetcherOptions): ClosableFeedFetcher {
  const timeoutMs = options.timeoutMs ?? DEFAULT_FETCH_TIMEOUT_MS;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const maxRedirects = options.maxRedirects ?? DEFAULT_MAX_REDIRECTS;
  const agent = new Agent({
    connect: { lookup: checkedLookup(options.policy), timeout: timeoutMs },
    headersTimeout: timeoutMs,
    bodyTimeout: timeoutMs,
  });

  async function exchange(request: FetchRequest, signal: AbortSignal): Promise<FetchResult> {
    const visited = new Set<string>();
    let url = request.url;
    for (;;) {
      if (visited.has(url)) throw new FetchFailure('redirects in a loop');
      if (visited.size > maxRedirects)
        throw new FetchFailure(`redirects more than ${maxRedirects} times`);
      visited.add(url);
      if (!hostIsAllowed(new URL(url), options.policy))
        throw new FetchFailure(options.policy.refusal);
      const response = await fetch(url, {
        dispatcher: agent,
        redirect: 'manual',
        signal,
        headers: {
          'user-agent': USER_AGENT,
          accept: ACCEPT,
          ...(request.etag && { 'if-none-match': request.etag }),
          ...(request.lastModified && { 'if-modified-since': request.lastModified }),
        },
      });
      if ([301, 302, 303, 307, 308].includes(response.status)) {
        await response.body?.cancel();
        url = nextLocation(response, url);
        continue;
      }
      if (response.status === 304 && (request.etag || request.lastModified)) {
        await response.body?.cancel();
        return { status: 'not_modified', url };
      }
      if (response.status < 200 || response.status > 299) {
        await response.body?.cancel();
        const text = STATUS_CODES[response.status];
        throw new FetchFailure(`answered ${response.status}${text ? ` (${text})` : ''}`, {
          ...(retryAfter(response) !== undefined && { retryAfterSeconds: retryAfter(response) }),
        });
      }
      const bytes = await readCapped(response, maxBytes);
      const contentType = response.headers.get('content-type') ?? '';
      return {
        status: 'ok',
        url,
        contentType: contentType.split(';')[0]?.trim().toLowerCase() ?? '',
        text: decodeBody(bytes, contentType),
        etag: response.headers.get('etag'),
        lastModified: response.headers.get('last-modified'),
      };
    }
  }

  return {
    async fetch(request) {
      try {
        return await exchange(request, AbortSignal.timeout(timeoutMs));
      } catch (error) {
        throw describeFailure(error, timeoutMs);
      }
    },
    close: () => agent.close(),
  };
}
