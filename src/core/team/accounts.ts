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
  createdAt: string;
}
