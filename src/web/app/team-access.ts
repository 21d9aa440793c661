import type { Role } from '../api/team';

/** The pages only a team installation has, and whose they are. */
const TEAM_PAGES: readonly { prefix: string; role: Role }[] = [
  { prefix: '/caseload', role: 'coach' },
  { prefix: '/members', role: 'admin' },
  { prefix: '/coach-notes', role: 'seeker' },
];

const within = (pathname: string, prefix: string) =>
  pathname === prefix || pathname.startsWith(`${prefix}/`);

/** The one page a seeker removed from the organisation has: export or delete their data. */
export const LEAVER_PAGE = '/your-data';

/**
 * Where to send someone instead of the page they asked for, or null to let them stay: a removed
 * seeker has only their data's page, and nobody else has it.
 */
export function leaverRedirect(account: { removed: boolean } | null, pathname: string) {
  const removed = account?.removed === true;
  if (removed === within(pathname, LEAVER_PAGE)) return null;
  return removed ? LEAVER_PAGE : '/';
}

/** Where someone lands after signing in: a seeker's Today, a coach's caseload, an admin's members. */
export function homeOf(role: Role): string {
  if (role === 'coach') return '/caseload';
  if (role === 'admin') return '/members';
  return '/';
}

/**
 * Whether a page is one a role may open. A seeker has the whole app but the coach's and the
 * admin's pages; a coach and an admin have only their own (they own no workspace to show).
 * Without a role (local mode) the team's pages do not exist.
 */
export function mayOpen(role: Role | undefined, pathname: string): boolean {
  const teamPage = TEAM_PAGES.find((page) => within(pathname, page.prefix));
  if (role === undefined) return teamPage === undefined;
  if (role === 'seeker') return teamPage === undefined || teamPage.role === 'seeker';
  return teamPage?.role === role;
}

/**
 * The page to return to after signing in, from `?next=`: a path on this site only, so a link
 * cannot use the sign-in page to send someone elsewhere.
 */
export function safeNext(next: string | null): string | null {
  if (next === null || !next.startsWith('/') || next.startsWith('//') || next.includes('\\')) {
    return null;
  }
  return next;
}

/**
 * The secret a link carries: after `#` (links Rebound emails keep it out of server logs) or as
 * `?token=`.
 */
export function linkToken(location: { hash: string; search: string }): string {
  const fromHash = location.hash.replace(/^#/, '');
  if (fromHash !== '') return decodeURIComponent(fromHash);
  return new URLSearchParams(location.search).get('token') ?? '';
}
