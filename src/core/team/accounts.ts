import { z } from 'zod';
import { entityId, requiredText, storableString } from '../schema-helpers';

/**
 * Who someone is in a team installation. A seeker owns a workspace; a coach reads the workspaces
 * of the seekers assigned to them; an admin runs the organisation and reads no one's search.
 */
export const ROLES = ['seeker', 'coach', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const roleSchema = z.enum(ROLES, { error: `must be one of ${ROLES.join(', ')}` });

/** An email address, compared without case or surrounding spaces. */
export const emailSchema = storableString()
  .trim()
  .toLowerCase()
  .max(254, 'must be at most 254 characters')
  .pipe(z.email({ error: 'must be an email address such as ana@example.com' }));

/** A password as typed; its quality is judged by `passwordProblem`, not by this schema. */
export const passwordInput = z
  .string({ error: 'is required' })
  .min(1, 'is required')
  .max(1024, 'must be at most 1024 characters');

/** The token from an invitation link. */
export const tokenInput = z
  .string({ error: 'is required' })
  .regex(/^[A-Za-z0-9_-]{20,100}$/, 'is not a valid link; open the link you were sent again');

export const SignInInputSchema = z.object({ email: emailSchema, password: passwordInput });
export type SignInInput = z.infer<typeof SignInInputSchema>;

export const InvitationInputSchema = z.object({
  email: emailSchema,
  role: roleSchema,
  /** For a seeker: the coach to assign them to once they join. */
  coachId: entityId.optional(),
});
export type InvitationInput = z.infer<typeof InvitationInputSchema>;

export const AcceptInvitationSchema = z.object({
  token: tokenInput,
  name: requiredText(120),
  password: passwordInput,
});
export type AcceptInvitationInput = z.infer<typeof AcceptInvitationSchema>;

export const PasswordResetRequestSchema = z.object({ email: emailSchema });
export const PasswordResetSchema = z.object({ token: tokenInput, password: passwordInput });

export const AssignmentInputSchema = z.object({ coachId: entityId, seekerId: entityId });
export type AssignmentInput = z.infer<typeof AssignmentInputSchema>;

/** A person as the organisation sees them: never a password hash, never their search. */
export interface Account {
  id: string;
  email: string;
  name: string;
  role: Role;
  /** The seeker's own workspace; null for coaches and admins. */
  workspaceId: string | null;
  /** Whether the address is proven; an unproven one receives no mail but its proving link. */
  emailVerified: boolean;
  createdAt: string;
  /**
   * Removed from the organisation. A removed seeker may still sign in, to export their data or
   * delete it and nothing else; a removed coach or admin may not sign in at all.
   */
  removed: boolean;
}

/**
 * Whether a removed account still opens for its owner: a seeker keeps their workspace after
 * leaving, so they may sign in to take it with them or delete it. Coaches and admins own no data.
 */
export function keepsOwnData(account: { role: Role; workspaceId: string | null }): boolean {
  return account.role === 'seeker' && account.workspaceId !== null;
}

/** Whether an account may sign in at all: every member, and a removed seeker (see above). */
export function maySignIn(account: {
  role: Role;
  workspaceId: string | null;
  removed: boolean;
}): boolean {
  return !account.removed || keepsOwnData(account);
}

/** A coach's word to a seeker: a note, or a suggestion of something to do. */
export const COACH_NOTE_KINDS = ['note', 'suggestion'] as const;
export type CoachNoteKind = (typeof COACH_NOTE_KINDS)[number];

export const CoachNoteInputSchema = z.object({
  kind: z.enum(COACH_NOTE_KINDS, { error: `must be one of ${COACH_NOTE_KINDS.join(', ')}` }),
  body: requiredText(4000),
  /** The application it is about, if any. */
  applicationId: entityId.optional(),
});
export type CoachNoteInput = z.infer<typeof CoachNoteInputSchema>;

export interface CoachNote {
  id: string;
  kind: CoachNoteKind;
  authorId: string;
  authorName: string;
  applicationId: string | null;
  body: string;
  createdAt: string;
}
