import { hostCookie } from './host-cookie';

/** The session cookie, `__Host-rebound-session`. */
const session = hostCookie('rebound-session');

/** The session secret the browser sent, if any. */
export const readSessionCookie = session.read;
export const writeSessionCookie = session.write;
export const clearSessionCookie = session.clear;
