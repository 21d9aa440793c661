import { hostCookie } from './host-cookie';

/**
 * The cookie that ties a single sign-on to the browser that started it, `__Host-rebound-sso`:
 * `SameSite=Lax` lets it come back on the provider's redirect (a top-level navigation) and never
 * on a request another site starts in the background.
 */
const sso = hostCookie('rebound-sso');

/** The secret of the sign-in this browser started, if any. */
export const readSsoCookie = sso.read;
export const writeSsoCookie = sso.write;
export const clearSsoCookie = sso.clear;
