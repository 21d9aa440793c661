import { AppError } from '../../core/app-error';
import type { MailAddress } from '../../core/mail/smtp-settings';
import { newEmailMessageId } from '../../core/mail/threading';
import { newId } from '../../core/ids';
import type {
  AcceptInvitationInput,
  Account,
  AssignmentInput,
  InvitationInput,
  Role,
} from '../../core/team/accounts';
import { passwordProblem } from '../../core/team/password-policy';
import {
  claimInvitation,
  deleteAssignmentsOf,
  findAccount,
  findAccountByEmail,
  insertAccount,
  insertAssignment,
  insertInvitation,
  listAccounts,
  markInvitationEmailed,
  listAssignments,
  markAccountRemoved,
  revokeSessions,
} from '../../storage/repositories/accounts';
import { insertWorkspace } from '../../storage/repositories/workspaces';
import { scopeRows } from '../../storage/row-scope';
import { inTransaction } from '../deps';
import type { MailTransport } from '../mail/mail-port';
import { hashPassword } from './passwords';
import { newSecret, secretDigest } from './secrets';
import { publicAccount } from './sessions';
import type { TeamDeps } from './team-deps';

/** How long an invitation link works. */
export const INVITATION_DAYS = 7;

export interface CreateAccountOptions {
  email: string;
  name: string;
  role: Role;
  password: string;
  /** Whether the address is already proven (an emailed invitation); unproven by default. */
  emailVerified?: boolean;
}

/**
 * Creates an account with its password (and, for a seeker, their own workspace) in one
 * transaction. The password is held to the policy before it is hashed.
 */
export async function createAccount(
  deps: TeamDeps,
  options: CreateAccountOptions,
): Promise<Account> {
  const problem = passwordProblem(options.password, options);
  if (problem !== null) throw AppError.validation('password', problem);
  const passwordHash = await hashPassword(options.password);
  return insertNewAccount(deps, {
    email: options.email,
    name: options.name,
    role: options.role,
    passwordHash,
    emailVerified: options.emailVerified ?? false,
  });
}

export interface InsertNewAccountOptions {
  email: string;
  name: string;
  role: Role;
  /** Null for someone who signs in only through single sign-on. */
  passwordHash: string | null;
  emailVerified: boolean;
}

/** Stores a new account (and a seeker's workspace), refusing an address already taken. */
export async function insertNewAccount(
  deps: TeamDeps,
  options: InsertNewAccountOptions,
): Promise<Account> {
  const now = deps.clock.now().toISOString();
  return inTransaction(deps.db, async (db) => {
    if (await findAccountByEmail(db, options.email)) {
      throw new AppError('conflict', `email: ${options.email} already has an account`, {
        field: 'email',
      });
    }
    const id = newId('acc');
    const workspaceId = options.role === 'seeker' ? newId('ws') : null;
    if (workspaceId !== null) {
      await scopeRows(db, { workspaces: [workspaceId] });
      await insertWorkspace(db, { id: workspaceId, name: `${options.name}’s job search`, now });
    }
    await insertAccount(db, {
      id,
      email: options.email,
      name: options.name,
      role: options.role,
      workspace_id: workspaceId,
      password_hash: options.passwordHash,
      email_verified_at: options.emailVerified ? now : null,
      created_at: now,
      updated_at: now,
    });
    const { email, name, role, emailVerified } = options;
    return { id, email, name, role, workspaceId, emailVerified, createdAt: now, removed: false };
  });
}

async function coachAccount(deps: TeamDeps, id: string, field: string) {
  const coach = await findAccount(deps.db, id);
  if (coach?.role !== 'coach' || coach.removedAt !== null) {
    throw AppError.validation(field, `${id} is not a coach in this organisation`);
  }
  return coach;
}

/**
 * Invites someone to join with a role (a seeker, optionally with their coach), emailing them
 * the link when the organisation has mail. Returns the link's secret once; only its digest is
 * stored.
 */
export interface InviteMemberOptions {
  input: InvitationInput;
  invitedBy: Account;
  /** The organisation's mail and the page links open; without them the link is not emailed. */
  mail?: { transport: MailTransport; from: MailAddress; joinUrl: (token: string) => string };
}

export async function inviteMember(
  deps: TeamDeps,
  options: InviteMemberOptions,
): Promise<{ token: string; expiresAt: string; emailed: boolean }> {
  const { input } = options;
  if (input.coachId !== undefined) {
    if (input.role !== 'seeker') throw AppError.validation('coachId', 'only a seeker has a coach');
    await coachAccount(deps, input.coachId, 'coachId');
  }
  if (await findAccountByEmail(deps.db, input.email)) {
    throw new AppError('conflict', `email: ${input.email} already has an account`, {
      field: 'email',
    });
  }
  const token = newSecret();
  const now = deps.clock.now();
  const expiresAt = new Date(now.getTime() + INVITATION_DAYS * 86_400_000).toISOString();
  await insertInvitation(deps.db, {
    id: secretDigest(token),
    email: input.email,
    role: input.role,
    coachId: input.coachId ?? null,
    createdBy: options.invitedBy.id,
    now: now.toISOString(),
    expiresAt,
  });
  if (options.mail === undefined) return { token, expiresAt, emailed: false };
  const { transport, from, joinUrl } = options.mail;
  await transport.send({
    from,
    to: { name: null, address: input.email },
    subject: `${options.invitedBy.name} invited you to Rebound`,
    text:
      `Hello,\n\n${options.invitedBy.name} invited you to Rebound as a ${input.role}. ` +
      `Open this link within ${INVITATION_DAYS} days to choose your password:\n\n${joinUrl(token)}\n\n` +
      'If you were not expecting this, ignore this email.\n',
    messageId: newEmailMessageId(from.address, now),
    inReplyTo: null,
    references: [],
    date: now,
    draft: false,
  });
  // Only a link that reached the address proves it when someone joins through it.
  await markInvitationEmailed(deps.db, secretDigest(token), now.toISOString());
  return { token, expiresAt, emailed: true };
}

/**
 * Joins through an invitation link: the link is used up and the account created (with the
 * coach assignment the invitation named) in one transaction, so a failure leaves the link valid.
 */
export async function acceptInvitation(
  deps: TeamDeps,
  input: AcceptInvitationInput,
): Promise<Account> {
  return inTransaction(deps.db, async (db) => {
    const invitation = await claimInvitation(
      db,
      secretDigest(input.token),
      deps.clock.now().toISOString(),
    );
    if (!invitation) {
      throw AppError.validation(
        'token',
        'this invitation was used already or has expired; ask for a new one',
      );
    }
    const account = await createAccount(
      { ...deps, db },
      {
        email: invitation.email,
        name: input.name,
        role: invitation.role as Role,
        password: input.password,
        emailVerified: invitation.emailed_at !== null,
      },
    );
    if (invitation.coach_id !== null && account.workspaceId !== null) {
      await scopeRows(db, { workspaces: [account.workspaceId] });
      await insertAssignment(db, {
        coachId: invitation.coach_id,
        workspaceId: account.workspaceId,
        now: account.createdAt,
      });
    }
    return account;
  });
}

/** Puts a seeker in a coach's caseload. */
export async function assignCoach(deps: TeamDeps, input: AssignmentInput): Promise<void> {
  await coachAccount(deps, input.coachId, 'coachId');
  const seeker = await findAccount(deps.db, input.seekerId);
  if (seeker?.role !== 'seeker' || seeker.workspaceId === null || seeker.removedAt !== null) {
    throw AppError.validation('seekerId', `${input.seekerId} is not a seeker in this organisation`);
  }
  const workspaceId = seeker.workspaceId;
  await inTransaction(deps.db, async (db) => {
    await scopeRows(db, { workspaces: [workspaceId] });
    await insertAssignment(db, {
      coachId: input.coachId,
      workspaceId,
      now: deps.clock.now().toISOString(),
    });
  });
}

/** The organisation's members and who coaches whom, for an admin. */
export async function listMembers(
  deps: TeamDeps,
): Promise<{ members: Account[]; assignments: { coachId: string; seekerId: string }[] }> {
  return inTransaction(deps.db, async (db) => {
    const accounts = await listAccounts(db);
    // Who coaches whom is kept in each seeker's workspace: the admin's look spans them all.
    await scopeRows(db, { workspaces: seekerWorkspaces(accounts) });
    const members = accounts.map((account) => publicAccount(account));
    return { members, assignments: await listAssignments(db) };
  });
}

/** The workspaces of the organisation's seekers. */
function seekerWorkspaces(accounts: readonly Account[]): string[] {
  return accounts.flatMap((account) => (account.workspaceId === null ? [] : [account.workspaceId]));
}

export interface RemoveMemberOptions {
  /** The account to remove. */
  id: string;
  removedBy: Account;
}

/**
 * Removes someone from the organisation in one transaction: every session of the account ends
 * now, and it leaves every caseload (as coach or as seeker), so no coach reads it any more. A
 * removed coach or admin can no longer sign in; a removed seeker keeps their workspace and may
 * sign in to export or delete it, and to do nothing else (`deleteOwnData`). Notes and the access
 * log keep the names they had.
 */
export async function removeMember(deps: TeamDeps, options: RemoveMemberOptions): Promise<void> {
  if (options.id === options.removedBy.id) {
    throw new AppError('conflict', 'id: you cannot remove yourself; ask another admin', {
      field: 'id',
    });
  }
  const now = deps.clock.now().toISOString();
  await inTransaction(deps.db, async (db) => {
    const account = await findAccount(db, options.id);
    if (account === undefined || !(await markAccountRemoved(db, account.id, now))) {
      throw AppError.notFound('member', options.id, 'id');
    }
    await revokeSessions(db, { accountId: account.id }, now);
    // The removed seeker is no longer listed among the members, so their workspace is named
    // on its own: without it, row-level security would hide their assignments from the delete
    // and their coach would keep reading.
    const workspaces = seekerWorkspaces([...(await listAccounts(db)), account]);
    await scopeRows(db, { workspaces: [...new Set(workspaces)] });
    await deleteAssignmentsOf(db, account);
  });
}
