import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import type { Me } from '../api/team';
import { homeOf, leaverRedirect, mayOpen } from './team-access';

/**
 * Keeps each page to the people it is for. Local mode passes everything but the team's pages;
 * in a team installation nobody signed out sees a page, and each role stays on its own. The
 * server refuses anything else anyway; this spares people pages that could only fail.
 */
export function TeamGuard({ me, children }: { me: Me; children: ReactNode }) {
  const location = useLocation();
  const role = me.mode === 'team' ? me.account?.role : undefined;
  if (me.mode === 'team' && role === undefined) {
    const next = encodeURIComponent(location.pathname + location.search);
    return <Navigate to={`/sign-in?next=${next}`} replace />;
  }
  const leaving = leaverRedirect(me.account, location.pathname);
  if (leaving !== null) return <Navigate to={leaving} replace />;
  if (!mayOpen(role, location.pathname)) {
    return <Navigate to={role === undefined ? '/' : homeOf(role)} replace />;
  }
  return <>{children}</>;
}
