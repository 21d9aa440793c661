import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';

/**
 * The cookie that ties a single sign-on to the browser that started it,
 * `__Host-rebound-sso`: `SameSite=Lax` so it comes back on the provider's redirect (a top-level
 * navigation) and never on a request another site starts in the background.
 */
const NAME = 'rebound-sso';

/** The secret of the sign-in this browser started, if any. */
export function readSsoCookie(c: Context): string | undefined {
  const value = getCookie(c, NAME, 'host');
  return value !== undefined && /^[A-Za-z0-9_-]{43}$/.test(value) ? value : undefined;
}

export function writeSsoCookie(c: Context, token: string, maxAgeSeconds: number): void {
  setCookie(c, NAME, token, {
    prefix: 'host',
    httpOnly: true,
    secure: true,
    sameSite: 'Lax',
    path: '/',
    maxAge: maxAgeSeconds,
  });
}

export function clearSsoCookie(c: Context): void {
  deleteCookie(c, NAME, {
    prefix: 'host',
    path: '/',
    secure: true,
    httpOnly: true,
    sameSite: 'Lax',
  });
}
