import type { MiddlewareHandler } from 'hono';
import { AppError } from '../core/app-error';
import { errorResponse } from './errors';

/** Host names that always mean this machine. */
export const LOOPBACK_HOSTS = ['127.0.0.1', 'localhost', '[::1]'] as const;

/** The host name of a Host header, without its port, lower-cased. */
export function hostNameOf(header: string): string {
  const value = header.trim().toLowerCase();
  if (value.startsWith('[')) return value.slice(0, value.indexOf(']') + 1);
  return value.split(':')[0] ?? '';
}

/**
 * Refuses requests whose Host header names a site other than the allowed ones. A web page
 * elsewhere can point its own domain at 127.0.0.1 (DNS rebinding) and then read this server as
 * if it were same-origin; checking the Host header stops that, since the browser sends the
 * attacker's domain in it.
 */
export function hostGuard(allowedHosts: readonly string[]): MiddlewareHandler {
  const allowed = new Set(allowedHosts.map((host) => host.toLowerCase()));
  return async (c, next) => {
    const host = hostNameOf(c.req.header('host') ?? '');
    if (!allowed.has(host)) {
      return errorResponse(
        c,
        new AppError(
          'forbidden',
          `This Rebound server answers only to ${[...allowed].join(', ')}; open it by one of those names.`,
          { field: 'host' },
        ),
      );
    }
    await next();
  };
}
