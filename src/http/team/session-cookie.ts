import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';

/**
 * The session cookie, sent as `__Host-rebound-session`: the prefix makes browsers refuse it
 * unless it is `Secure`, for the whole site and set by this host alone (no `Domain`), so a
 * neighbouring subdomain cannot plant or overwrite it. `HttpOnly` keeps it from scripts;
 * `SameSite=Lax` keeps it off requests other sites start, except top-level navigation.
 */
const NAME = 'rebound-session';

/** The session secret the browser sent, if any. */
export function readSessionCookie(c: Context): string | undefined {
  const value = getCookie(c, NAME, 'host');
  return value !== undefined && /^[A-Za-z0-9_-]{43}$/.test(value) ? value : undefined;
}

export function writeSessionCookie(c: Context, token: string, maxAgeSeconds: number): void {
  setCookie(c, NAME, token, {
    prefix: 'host',
    httpOnly: true,
    secure: true,
    sameSite: 'Lax',
    path: '/',
    maxAge: maxAgeSeconds,
  });
}

export function clearSessionCookie(c: Context): void {
  deleteCookie(c, NAME, {
    prefix: 'host',
    path: '/',
    secure: true,
    httpOnly: true,
    sameSite: 'Lax',
  });
}
