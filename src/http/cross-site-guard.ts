import type { MiddlewareHandler } from 'hono';
import { AppError } from '../core/app-error';
import { errorResponse } from './errors';
import { ownOrigin, type OriginOptions } from './request-origin';

/** The header Rebound's own pages send with every change; a cross-site form cannot set it. */
export const REQUEST_MARKER_HEADER = 'X-Rebound-Request';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** `application/json` and the `application/…+json` family; no HTML form can send either. */
function isJsonMediaType(contentType: string | undefined): boolean {
  const media = contentType?.split(';')[0]?.trim().toLowerCase() ?? '';
  return media === 'application/json' || /^application\/[\w.-]+\+json$/.test(media);
}

const refuse = (field: string, message: string) =>
  new AppError('forbidden', `${field}: ${message}`, { field });

export interface CrossSiteOptions extends OriginOptions {
  /**
   * Ask every change for `X-Rebound-Request: 1`, JSON or not (team mode, where a session cookie
   * rides along with requests; decision 0027).
   */
  requireMarker?: boolean;
  /**
   * Paths whose changes are authorized by a secret in the address rather than by a cookie, and
   * that mail servers call with a plain form (the digest's one-click unsubscribe, RFC 8058):
   * they need neither the header nor JSON, but a browser saying another site sent the request
   * is still refused (decision 0034).
   */
  unmarkedPaths?: readonly string[];
}

/** Why a state-changing request must be refused, or undefined when it may go ahead. */
export function crossSiteProblem(
  request: Request,
  options: CrossSiteOptions = {},
): AppError | undefined {
  if (SAFE_METHODS.has(request.method.toUpperCase())) return undefined;
  const site = request.headers.get('sec-fetch-site');
  if (site !== null && site !== 'same-origin') {
    return refuse(
      'Sec-Fetch-Site',
      `the browser says this request comes from another site (${site}); Rebound accepts changes only from its own pages`,
    );
  }
  const origin = request.headers.get('origin');
  if (origin !== null && origin !== ownOrigin(request, options)) {
    return refuse(
      'Origin',
      `a page at ${origin} may not change anything here; Rebound accepts changes only from its own pages`,
    );
  }
  if (options.unmarkedPaths?.includes(new URL(request.url).pathname)) return undefined;
  const marked = request.headers.get(REQUEST_MARKER_HEADER) === '1';
  if (!marked && options.requireMarker === true) {
    return refuse(
      REQUEST_MARKER_HEADER,
      `send the header ${REQUEST_MARKER_HEADER}: 1 with every change; Rebound's own pages do`,
    );
  }
  if (!marked && !isJsonMediaType(request.headers.get('content-type') ?? undefined)) {
    return refuse(
      REQUEST_MARKER_HEADER,
      `send a JSON body (Content-Type: application/json) or the header ${REQUEST_MARKER_HEADER}: 1 with every change`,
    );
  }
  return undefined;
}

/**
 * Refuses every state-changing request a page on another site could have sent. Browsers say where
 * a request comes from (`Sec-Fetch-Site`, `Origin`); a request from elsewhere is refused whatever
 * its shape. Clients that are not browsers send neither header, so they also have to send JSON or
 * the `X-Rebound-Request: 1` header — which a cross-site form, `no-cors` fetch or beacon cannot —
 * so an old browser that sends no origin headers is still held off. See decision 0014.
 */
export function crossSiteGuard(options: CrossSiteOptions = {}): MiddlewareHandler {
  return async (c, next) => {
    const problem = crossSiteProblem(c.req.raw, options);
    if (problem !== undefined) return errorResponse(c, problem);
    await next();
  };
}
