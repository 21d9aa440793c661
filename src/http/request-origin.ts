/** What the server knows about how a request reached it. */
export interface OriginOptions {
  /**
   * Whether a reverse proxy in front of Rebound sets `X-Forwarded-Proto` and `X-Forwarded-Host`.
   * Off by default: without a proxy those headers come from the client and mean nothing.
   */
  trustProxy?: boolean;
}

/** The first value of a comma-separated forwarding header, trimmed, or undefined. */
function firstForwarded(value: string | undefined): string | undefined {
  const first = value?.split(',')[0]?.trim();
  return first === undefined || first === '' ? undefined : first;
}

const HOST_PATTERN = /^(\[[0-9a-f:.]+\]|[a-z0-9.-]+)(:\d{1,5})?$/i;

/**
 * This server's own origin as the browser sees it (`https://rebound.example.org`), for links it
 * hands out and for telling its own pages from other sites. Behind a trusted proxy the scheme and
 * host come from the proxy's `X-Forwarded-…` headers; otherwise from the request itself.
 */
export function ownOrigin(request: Request, { trustProxy = false }: OriginOptions = {}): string {
  const url = new URL(request.url);
  if (!trustProxy) return url.origin;
  const proto = firstForwarded(request.headers.get('x-forwarded-proto') ?? undefined);
  const host = firstForwarded(request.headers.get('x-forwarded-host') ?? undefined);
  const scheme = proto === 'https' || proto === 'http' ? proto : url.protocol.slice(0, -1);
  const authority = host !== undefined && HOST_PATTERN.test(host) ? host : url.host;
  return new URL(`${scheme}://${authority}`).origin;
}
