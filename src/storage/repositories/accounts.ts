import type { Account, Role } from '../../core/team/accounts';
import { PostgresAdapter, sql } from 'kysely';
import type { Db } from '../database';
import { ROW_SCOPE_SETTINGS } from '../row-scope';
import type { AccountRow, InvitationRow, NewAccountRow, SessionRow } from '../tables/team';

/** An account with what only sign-in may read. */
export interface AccountRecord extends Account {
  passwordHash: string | null;
  removedAt: string | null;
}

function toAccount(row: AccountRow): AccountRecord {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role as Role,
    workspaceId: row.workspace_id,
    emailVerified: row.email_verified_at !== null,
    createdAt: row.created_at,
    passwordHash: row.password_hash,
    removedAt: row.removed_at,
    removed: row.removed_at !== null,
  };
}

export async function insertAccount(db: Db, row: NewAccountRow): Promise<void> {
  await db.insertInto('accounts').values(row).execute();
}

export async function findAccountByEmail(
  db: Db,
  email: string,
): Promise<AccountRecord | undefined> {
  const row = await db
    .selectFrom('accounts')
    .selectAll()
    .where('email', '=', email)
    .executeTakeFirst();
  return row && toAccount(row);
}

export async function findAccount(db: Db, id: string): Promise<AccountRecord | undefined> {
  const row = await db.selectFrom('accounts').selectAll().where('id', '=', id).executeTakeFirst();
  return row && toAccount(row);
}

export interface SessionLookupOptions {
  /**
   * Inside a transaction: the same statement scopes the rest of it for row-level security to
   * the session's account and that account's own workspace (a coach has none), as `scopeRows`
   * would, saving a round trip on every request. The caller must end the transaction when the
   * session turns out not to sign anyone in.
   */
  scopeRows?: boolean;
}

export interface SessionRecord {
  id: string;
  accountId: string;
  createdAt: string;
  lastSeenAt: string;
  expiresAt: string;
  revokedAt: string | null;
}

function toSession(row: SessionRow): SessionRecord {
  return {
    id: row.id,
    accountId: row.account_id,
    createdAt: row.created_at,
    lastSeenAt: row.last_seen_at,
    expiresAt: row.expires_at,
    revokedAt: row.revoked_at,
  };
}

export async function insertSession(
  db: Db,
  session: { id: string; accountId: string; now: string; expiresAt: string },
): Promise<void> {
  await db
    .insertInto('sessions')
    .values({
      id: session.id,
      account_id: session.accountId,
      created_at: session.now,
      last_seen_at: session.now,
      expires_at: session.expiresAt,
    })
    .execute();
}

/** A session with its account, in one read; every request in team mode makes it. */
export async function findSessionWithAccount(
  db: Db,
  sessionId: string,
  options: SessionLookupOptions = {},
): Promise<{ session: SessionRecord; account: AccountRecord } | undefined> {
  const scoping = options.scopeRows === true && db.getExecutor().adapter instanceof PostgresAdapter;
  if (scoping && !db.isTransaction) {
    throw new Error('A session read that scopes rows needs an open transaction.');
  }
  const { workspaces, account, calendarFeed } = ROW_SCOPE_SETTINGS;
  const row = await db
    .selectFrom('sessions')
    .innerJoin('accounts', 'accounts.id', 'sessions.account_id')
    .selectAll('accounts')
    .select([
      'sessions.id as session_id',
      'sessions.created_at as session_created_at',
      'sessions.last_seen_at',
      'sessions.expires_at',
      'sessions.revoked_at',
    ])
    // Transaction-local, as scopeRows sets them; at most one row matches, so each runs once.
    .$if(scoping, (query) =>
      query.select([
        sql<string>`set_config(${workspaces}, coalesce("accounts"."workspace_id", ''), true)`.as(
          'scoped_workspace',
        ),
        sql<string>`set_config(${account}, "accounts"."id", true)`.as('scoped_account'),
        sql<string>`set_config(${calendarFeed}, '', true)`.as('scoped_feed'),
      ]),
    )
    .where('sessions.id', '=', sessionId)
    .executeTakeFirst();
  if (!row) return undefined;
  return {
    account: toAccount(row),
    session: toSession({
      id: row.session_id,
      account_id: row.id,
      created_at: row.session_created_at,
      last_seen_at: row.last_seen_at,
      expires_at: row.expires_at,
      revoked_at: row.revoked_at,
    }),
  };
}

export async function touchSession(db: Db, sessionId: string, now: string): Promise<void> {
  await db
    .updateTable('sessions')
    .set({ last_seen_at: now })
    .where('id', '=', sessionId)
    .where('revoked_at', 'is', null)
    .execute();
}

/** Ends sessions: one by id, or every session of an account. */
export async function revokeSessions(
  db: Db,
  which: { sessionId: string } | { accountId: string },
  now: string,
): Promise<number> {
  const query = db.updateTable('sessions').set({ revoked_at: now }).where('revoked_at', 'is', null);
  const result = await (
    'sessionId' in which
      ? query.where('id', '=', which.sessionId)
      : query.where('account_id', '=', which.accountId)
  ).executeTakeFirst();
  return Number(result.numUpdatedRows);
}

export async function insertInvitation(
  db: Db,
  invitation: {
    id: string;
    email: string;
    role: Role;
    coachId: string | null;
    createdBy: string;
    now: string;
    expiresAt: string;
  },
): Promise<void> {
  await db
    .insertInto('invitations')
    .values({
      id: invitation.id,
      email: invitation.email,
      role: invitation.role,
      coach_id: invitation.coachId,
      created_by: invitation.createdBy,
      created_at: invitation.now,
      expires_at: invitation.expiresAt,
    })
    .execute();
}

/**
 * Marks an invitation used, if it still may be, and returns it: one conditional update, so two
 * clicks on the same link make one account.
 */
export async function claimInvitation(
  db: Db,
  id: string,
  now: string,
): Promise<InvitationRow | undefined> {
  return db
    .updateTable('invitations')
    .set({ used_at: now })
    .where('id', '=', id)
    .where('used_at', 'is', null)
    .where('revoked_at', 'is', null)
    .where('expires_at', '>', now)
    .returningAll()
    .executeTakeFirst();
}

/** Notes that an invitation's link went to its address by email. */
export async function markInvitationEmailed(db: Db, id: string, now: string): Promise<void> {
  await db.updateTable('invitations').set({ emailed_at: now }).where('id', '=', id).execute();
}

/**
 * Uses up the newest invitation still open for an address (for a first single sign-on, which
 * proves the address instead of a link), and returns it.
 */
export async function claimInvitationForEmail(
  db: Db,
  email: string,
  now: string,
): Promise<InvitationRow | undefined> {
  const open = await db
    .selectFrom('invitations')
    .select('id')
    .where('email', '=', email)
    .where('used_at', 'is', null)
    .where('revoked_at', 'is', null)
    .where('expires_at', '>', now)
    .orderBy('created_at', 'desc')
    .executeTakeFirst();
  return open && claimInvitation(db, open.id, now);
}

/** Notes that an account's address is proven, unless it already was. */
export async function markEmailVerified(db: Db, accountId: string, now: string): Promise<void> {
  await db
    .updateTable('accounts')
    .set({ email_verified_at: now, updated_at: now })
    .where('id', '=', accountId)
    .where('email_verified_at', 'is', null)
    .execute();
}

export async function insertAssignment(
  db: Db,
  assignment: { coachId: string; workspaceId: string; now: string },
): Promise<void> {
  await db
    .insertInto('coach_assignments')
    .values({
      workspace_id: assignment.workspaceId,
      coach_id: assignment.coachId,
      created_at: assignment.now,
    })
    .onConflict((oc) => oc.columns(['workspace_id', 'coach_id']).doNothing())
    .execute();
}

/** Whether a coach is assigned to the seeker who owns a workspace. */
export async function isAssigned(db: Db, coachId: string, workspaceId: string): Promise<boolean> {
  const row = await db
    .selectFrom('coach_assignments')
    .select('coach_id')
    .where('workspace_id', '=', workspaceId)
    .where('coach_id', '=', coachId)
    .executeTakeFirst();
  return row !== undefined;
}

/** Everyone in the organisation still a member, by name. */
export async function listAccounts(db: Db): Promise<AccountRecord[]> {
  const rows = await db
    .selectFrom('accounts')
    .selectAll()
    .where('removed_at', 'is', null)
    .orderBy('name')
    .orderBy('id')
    .execute();
  return rows.map(toAccount);
}

/** The seekers assigned to a coach, by name. */
export async function listCaseload(db: Db, coachId: string): Promise<AccountRecord[]> {
  const rows = await db
    .selectFrom('coach_assignments')
    .innerJoin('accounts', 'accounts.workspace_id', 'coach_assignments.workspace_id')
    .selectAll('accounts')
    .where('coach_assignments.coach_id', '=', coachId)
    .where('accounts.removed_at', 'is', null)
    .orderBy('accounts.name')
    .orderBy('accounts.id')
    .execute();
  return rows.map(toAccount);
}

export async function insertPasswordReset(
  db: Db,
  reset: { id: string; accountId: string; now: string; expiresAt: string },
): Promise<void> {
  await db
    .insertInto('password_resets')
    .values({
      id: reset.id,
      account_id: reset.accountId,
      created_at: reset.now,
      expires_at: reset.expiresAt,
    })
    .execute();
}

/** Uses up a password reset if it still may be used, returning whose it was. */
export async function claimPasswordReset(
  db: Db,
  id: string,
  now: string,
): Promise<string | undefined> {
  const row = await db
    .updateTable('password_resets')
    .set({ used_at: now })
    .where('id', '=', id)
    .where('used_at', 'is', null)
    .where('expires_at', '>', now)
    .returning('account_id')
    .executeTakeFirst();
  return row?.account_id;
}

export async function updatePasswordHash(
  db: Db,
  accountId: string,
  passwordHash: string,
  now: string,
): Promise<void> {
  await db
    .updateTable('accounts')
    .set({ password_hash: passwordHash, updated_at: now })
    .where('id', '=', accountId)
    .execute();
}

/** Every seeker–coach pair in the organisation, by the seeker's account, for the members page. */
export async function listAssignments(db: Db): Promise<{ coachId: string; seekerId: string }[]> {
  return db
    .selectFrom('coach_assignments')
    .innerJoin('accounts as seekers', 'seekers.workspace_id', 'coach_assignments.workspace_id')
    .innerJoin('accounts as coaches', 'coaches.id', 'coach_assignments.coach_id')
    .select(['coach_assignments.coach_id as coachId', 'seekers.id as seekerId'])
    .where('seekers.removed_at', 'is', null)
    .where('coaches.removed_at', 'is', null)
    .orderBy('seekers.id')
    .orderBy('coach_assignments.coach_id')
    .execute();
}

/**
 * Marks an account removed, if it is still a member; returns whether it was. A removed account
 * keeps its row, so the access log and notes still name who wrote them.
 */
export async function markAccountRemoved(db: Db, id: string, now: string): Promise<boolean> {
  const result = await db
    .updateTable('accounts')
    .set({ removed_at: now, updated_at: now })
    .where('id', '=', id)
    .where('removed_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** Takes an account out of every caseload: as a coach, and (by their workspace) as a seeker. */
export async function deleteAssignmentsOf(
  db: Db,
  account: { id: string; workspaceId: string | null },
): Promise<void> {
  await db.deleteFrom('coach_assignments').where('coach_id', '=', account.id).execute();
  if (account.workspaceId !== null) {
    await db
      .deleteFrom('coach_assignments')
      .where('workspace_id', '=', account.workspaceId)
      .execute();
  }
}
