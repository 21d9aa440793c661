import type { Insertable, Selectable } from 'kysely';
import type { InstantColumn } from './column-types';

/** A person in a team installation: seeker, coach or admin. */
export interface AccountsTable {
  id: string;
  email: string;
  name: string;
  role: string;
  workspace_id: string | null;
  /** argon2id, in its PHC string form (algorithm, parameters and salt included). */
  password_hash: string | null;
  /** When the address was proven (a link opened, an emailed invitation, a provider's word). */
  email_verified_at: InstantColumn | null;
  removed_at: InstantColumn | null;
  created_at: InstantColumn;
  updated_at: InstantColumn;
}
export type AccountRow = Selectable<AccountsTable>;
export type NewAccountRow = Insertable<AccountsTable>;

/** A signed-in browser; `id` is the SHA-256 of the cookie's token, never the token itself. */
export interface SessionsTable {
  id: string;
  account_id: string;
  created_at: InstantColumn;
  last_seen_at: InstantColumn;
  expires_at: InstantColumn;
  revoked_at: InstantColumn | null;
}
export type SessionRow = Selectable<SessionsTable>;

/** An invitation to join; `id` is the SHA-256 of the link's token. */
export interface InvitationsTable {
  id: string;
  email: string;
  role: string;
  coach_id: string | null;
  created_by: string;
  created_at: InstantColumn;
  expires_at: InstantColumn;
  used_at: InstantColumn | null;
  /** When the link went to the address by email; joining through it then proves the address. */
  emailed_at: InstantColumn | null;
  /** When an admin took it back (revoked, or resent with a new link); it then joins no one. */
  revoked_at: InstantColumn | null;
}
export type InvitationRow = Selectable<InvitationsTable>;

/** A password reset asked for by email; `id` is the SHA-256 of the link's token. */
export interface PasswordResetsTable {
  id: string;
  account_id: string;
  created_at: InstantColumn;
  expires_at: InstantColumn;
  used_at: InstantColumn | null;
}

/** Attempts in the current window for one key (`sign-in:email:…`, `sign-in:ip:…`). */
export interface RateLimitsTable {
  key: string;
  window_start: InstantColumn;
  hits: number;
}

/** A seeker (by their workspace) in a coach's caseload. */
export interface CoachAssignmentsTable {
  workspace_id: string;
  coach_id: string;
  created_at: InstantColumn;
}

/**
 * One read a coach made of a seeker's workspace. The coach's name is kept as it was, so the log
 * still reads right after the account is removed.
 */
export interface AccessLogTable {
  workspace_id: string;
  id: string;
  account_id: string;
  account_name: string;
  /** The operation, as the access policy names it (`GET /applications/{id}`). */
  operation: string;
  /** The path read, with its ids. */
  path: string;
  at: InstantColumn;
}
export type AccessLogRow = Selectable<AccessLogTable>;

/** A coach's note or suggestion to a seeker, optionally about one application. */
export interface CoachNotesTable {
  workspace_id: string;
  id: string;
  author_id: string;
  author_name: string;
  kind: string;
  application_id: string | null;
  body: string;
  created_at: InstantColumn;
}
export type CoachNoteRow = Selectable<CoachNotesTable>;

/** Who wrote a draft message for the seeker to review. */
export interface CoachDraftsTable {
  workspace_id: string;
  message_id: string;
  coach_id: string;
  coach_name: string;
  created_at: InstantColumn;
}

/** A person at an OpenID Connect provider (issuer and subject) linked to an account. */
export interface SsoIdentitiesTable {
  issuer: string;
  subject: string;
  account_id: string;
  created_at: InstantColumn;
}

/**
 * A single sign-on started and not yet finished; `id` is the SHA-256 of the secret in the
 * browser's cookie, so only the browser that started it can finish it.
 */
export interface SsoAttemptsTable {
  id: string;
  provider_id: string;
  state: string;
  nonce: string;
  code_verifier: string;
  created_at: InstantColumn;
  expires_at: InstantColumn;
  used_at: InstantColumn | null;
}
export type SsoAttemptRow = Selectable<SsoAttemptsTable>;

/** A link that proves an address; `id` is the SHA-256 of the link's token. */
export interface EmailVerificationsTable {
  id: string;
  account_id: string;
  /** The address the link proves: it proves nothing once the account's address has changed. */
  email: string;
  created_at: InstantColumn;
  expires_at: InstantColumn;
  used_at: InstantColumn | null;
}
