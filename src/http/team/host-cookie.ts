import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';

/** Reads, writes and clears one `__Host-` cookie holding a 32-byte base64url secret. */
export interface HostCookie {
  /** The secret the browser sent, if it is one (anything else is ignored). */
  read(c: Context): string | undefined;
  write(c: Context, token: string, maxAgeSeconds: number): void;
  clear(c: Context): void;
}

const OPTIONS = {
  prefix: 'host',
  httpOnly: true,
  secure: true,
  sameSite: 'Lax',
  path: '/',
} as const;

/**
 * A secret-bearing cookie as team mode sends them, `__Host-<name>`: the prefix makes browsers
 * refuse it unless it is `Secure`, for the whole site and set by this host alone (no `Domain`),
 * so a neighbouring subdomain cannot plant or overwrite it. `HttpOnly` keeps it from scripts;
 * `SameSite=Lax` keeps it off requests other sites start, except top-level navigation.
 */
export function hostCookie(name: string): HostCookie {
  return {
    read(c) {
      const value = getCookie(c, name, 'host');
      return value !== undefined && /^[A-Za-z0-9_-]{43}$/.test(value) ? value : undefined;
    },
    write(c, token, maxAgeSeconds) {
      setCookie(c, name, token, { ...OPTIONS, maxAge: maxAgeSeconds });
    },
    clear(c) {
      deleteCookie(c, name, OPTIONS);
    },
  };
}
