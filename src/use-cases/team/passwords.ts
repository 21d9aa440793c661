import { hash, verify } from '@node-rs/argon2';

/**
 * argon2id with OWASP's first recommended setting (Password Storage Cheat Sheet): 19 MiB of
 * memory, two passes, one lane. The parameters and salt are kept in the hash itself, so raising
 * them later leaves existing hashes readable.
 */
const ARGON2ID = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

/** An argon2id hash of a password, in its PHC string form. */
export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2ID);
}

// Checked when no account has the address, so an unknown address costs the same time as a
// wrong password and the answer's delay says nothing about who has an account.
let decoy: Promise<string> | undefined;

/** Whether a password matches a stored hash; with no hash, spends the same time and says no. */
export async function passwordMatches(stored: string | null, password: string): Promise<boolean> {
  if (stored === null) {
    decoy ??= hashPassword('a password no account has, for timing only');
    await verify(await decoy, password).catch(() => false);
    return false;
  }
  return verify(stored, password);
}
