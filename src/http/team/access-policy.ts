import { AppError } from '../../core/app-error';
import { withoutCoolOffNote } from '../../core/recovery/plan-wording';
import type { Account } from '../../core/team/accounts';
import {
  draftShared,
  reflectionForCoach,
  reflectionShared,
  type Sharing,
} from '../../core/team/sharing';

/**
 * Who may call an operation in a team installation:
 * - `public`: anyone, signed in or not (health, sign-in, password reset, joining by invitation);
 * - `account`: anyone signed in, about themselves (who am I, sign out);
 * - `admin`: an admin, about the organisation (members, invite, assign);
 * - `coach`: a coach, about their own caseload (who is in it);
 * - `caseload`: the workspace's seeker, or a coach assigned to them, reading;
 * - `coaching`: a coach assigned to the workspace's seeker, writing to them (notes, suggestions,
 *   drafts to review — never sending);
 * - `owner`: the workspace's seeker only — every operation not listed.
 */
export type Access = 'public' | 'account' | 'admin' | 'coach' | 'caseload' | 'coaching' | 'owner';

/* eslint-disable @typescript-eslint/no-explicit-any -- views reshape the JSON a route answered */
type Json = any;

/** What a coach's view is decided by besides the answer itself: what the seeker shares. */
export interface CoachViewContext {
  sharing: Sharing;
}

/**
 * A coach's view of one operation: the JSON the route answered the seeker, reshaped to what the
 * coach may see. A view that throws refuses the read, and nothing is logged.
 */
export type CoachView = (body: Json, context: CoachViewContext) => Json;

/** Steps and tasks as a coach sees them: their reasons without how the seeker feels. */
function reasonsForCoach<T extends { reason: string }>(
  items: T[],
  { sharing }: CoachViewContext,
): T[] {
  if (sharing.settings.feelings) return items;
  return items.map((item) => ({ ...item, reason: withoutCoolOffNote(item.reason) }));
}

/** A rejection as a coach sees it: the facts, and the reflection only as the seeker shares it. */
function rejectionForCoach(rejection: Json, { sharing }: CoachViewContext): Json {
  if (rejection === null) return null;
  return {
    ...rejection,
    reflection: reflectionForCoach(sharing, rejection.id, rejection.reflection),
  };
}

const keptPrivate = (field: string, what: string) =>
  new AppError('forbidden', `${field}: the seeker keeps ${what} private`, { field });

/**
 * What a coach sees of the operations open to their caseload: applications, the plan and Today;
 * the seeker's reflections, drafts and feelings (the cooling-off day and the steps' notes drawn
 * from them) only as the seeker shares them (`core/team/sharing.ts`); sent messages never. Each
 * view receives the JSON the route answered the seeker.
 */
export const COACH_VIEWS: Readonly<Record<string, CoachView>> = {
  'GET /applications': (body) => body,
  'GET /applications/{id}': (body, context) => ({
    ...body,
    rejection: rejectionForCoach(body.rejection, context),
    tasks: reasonsForCoach(body.tasks, context),
    messages: (body.messages as { id: string; status: string }[]).filter((message) =>
      draftShared(context.sharing, message),
    ),
    timeline: (body.timeline as { kind: string }[]).filter((entry) => entry.kind !== 'message'),
  }),
  'GET /applications/{id}/plan': (body, context) => ({
    ...body,
    rejection: rejectionForCoach(body.rejection, context),
    steps: reasonsForCoach(body.steps, context),
    coolOffUntil: context.sharing.settings.feelings ? body.coolOffUntil : null,
  }),
  'GET /applications/{id}/reflection': (body, context) => {
    if (!reflectionShared(context.sharing, body.rejectionId)) {
      throw keptPrivate('reflection', 'this reflection');
    }
    return {
      ...body,
      reflection: reflectionForCoach(context.sharing, body.rejectionId, body.reflection),
    };
  },
  'GET /messages/{id}': (body, context) => {
    if (!draftShared(context.sharing, body)) throw keptPrivate('id', 'this message');
    return body;
  },
  'GET /agenda': (body, context) => ({ ...body, items: reasonsForCoach(body.items, context) }),
  'GET /coach-notes': (body) => body,
};

/** The coach's views of items private until the seeker shares them: refused by default. */
export const SHARED_ONLY_VIEWS: readonly string[] = [
  'GET /applications/{id}/reflection',
  'GET /messages/{id}',
];

/**
 * The one authorization table, by operation as the OpenAPI document names it. An operation not
 * listed is the seeker's own; a new route is therefore closed to coaches and admins until it is
 * listed here. The caseload's operations are those with a coach's view above.
 * `access-policy.test.ts` checks every entry names an operation that exists.
 */
export const ACCESS_POLICY: Readonly<Record<string, Access>> = {
  ...Object.fromEntries(Object.keys(COACH_VIEWS).map((operation) => [operation, 'caseload'])),
  'GET /health': 'public',
  'POST /session': 'public',
  'POST /team/invitations/accept': 'public',
  'POST /session/reset-requests': 'public',
  'POST /session/password-reset': 'public',
  'GET /team/sign-in-options': 'public',
  'GET /team/sso/{id}/start': 'public',
  'GET /team/sso/{id}/callback': 'public',
  'POST /team/email/verify': 'public',
  'POST /team/email/verification': 'account',
  'GET /session': 'account',
  'DELETE /session': 'account',
  'GET /openapi.json': 'account',
  'POST /coach-notes': 'coaching',
  'POST /coach-drafts': 'coaching',
  'GET /team/members': 'admin',
  'GET /team/caseload': 'coach',
  'POST /team/invitations': 'admin',
  'POST /team/assignments': 'admin',
  'DELETE /team/members/{id}': 'admin',
  'GET /team/invitations': 'admin',
  'POST /team/invitations/{id}/resend': 'admin',
  'DELETE /team/invitations/{id}': 'admin',
  'GET /team/me': 'public',
  // A seeker's own mail and inbox accounts, and sending through them: the seeker's alone. A
  // coach may draft for review but never sends on a seeker's behalf nor reads their accounts.
  'GET /mail/settings': 'owner',
  'PUT /mail/settings': 'owner',
  'POST /mail/test': 'owner',
  'POST /messages/{id}/send': 'owner',
  'PUT /messages/{id}/schedule': 'owner',
  'DELETE /messages/{id}/schedule': 'owner',
  'GET /messages/{id}/eml': 'owner',
  'GET /inbox/imap': 'owner',
  'PUT /inbox/imap': 'owner',
  'POST /inbox/imap/sync': 'owner',
  'GET /team/digest-preferences': 'account',
  'PUT /team/digest-preferences': 'account',
  'GET /team/digests/unsubscribe': 'public',
  'POST /team/digests/unsubscribe': 'public',
};

/**
 * All a seeker removed from the organisation may still do besides the public operations: take
 * their workspace with them (the exports), delete it, and sign out. The organisation keeps
 * nothing of theirs, and they reach nothing of the organisation's.
 */
export const LEAVER_OPERATIONS: readonly string[] = [
  'GET /session',
  'DELETE /session',
  'GET /export',
  'GET /export/csv',
  'GET /export/vcard',
  'DELETE /team/own-data',
];

/** The header that says whose workspace a coach is reading; a seeker may leave it out. */
export const WORKSPACE_HEADER = 'X-Rebound-Workspace';

/** An operation's key in the table: method and route template (`GET /applications/{id}`). */
export function operationKey(method: string, template: string): string {
  return `${method.toUpperCase()} ${template}`;
}

/** The access rule of an operation. */
export function accessFor(operation: string): Access {
  return ACCESS_POLICY[operation] ?? 'owner';
}

const forbidden = (message: string) =>
  new AppError('forbidden', `${WORKSPACE_HEADER}: ${message}`, { field: WORKSPACE_HEADER });

/**
 * Which workspace a signed-in person's request works in, or why it may not. `assigned` asks
 * whether a coach has the seeker who owns a workspace in their caseload.
 */
export async function workspaceFor(
  access: 'caseload' | 'coaching' | 'owner',
  request: { account: Account; method: string; requested: string | undefined },
  assigned: (coachId: string, workspaceId: string) => Promise<boolean>,
): Promise<string> {
  const { account, requested } = request;
  if (account.role === 'seeker') {
    if (access === 'coaching') throw forbidden('notes and suggestions come from your coach');
    if (account.workspaceId === null) throw forbidden('this account has no workspace');
    if (requested !== undefined && requested !== account.workspaceId) {
      throw forbidden('you may open only your own workspace');
    }
    return account.workspaceId;
  }
  if (account.role === 'admin') {
    throw forbidden('an admin manages the organisation and reads no one’s job search');
  }
  const reading = access === 'caseload' && request.method.toUpperCase() === 'GET';
  if (!reading && access !== 'coaching') {
    throw forbidden(
      'a coach may read a seeker’s applications, plan and Today and leave notes, and change nothing',
    );
  }
  if (requested === undefined) {
    throw forbidden('say whose workspace to read: the id of a seeker in your caseload');
  }
  if (!(await assigned(account.id, requested))) {
    throw forbidden('that seeker is not in your caseload');
  }
  return requested;
}
