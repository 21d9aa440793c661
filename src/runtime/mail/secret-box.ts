import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { AppError } from '../../core/app-error';

/** A password sealed for storage, with the id of the key that sealed it. */
export interface SealedSecret {
  sealed: string;
  keyId: string;
}

/**
 * Seals and opens the passwords of team workspaces' mail accounts. `context` names the row a
 * secret belongs to (workspace and account kind): it is authenticated with the ciphertext, so a
 * sealed password copied into another workspace's row does not open there.
 */
export interface SecretBox {
  seal(plain: string, context: string): SealedSecret;
  open(secret: SealedSecret, context: string): string;
  /** Whether this secret was sealed with an older key (and should be sealed again on save). */
  isStale(secret: SealedSecret): boolean;
}

/** The keys a server holds: the one it seals with, and older ones it still opens with. */
export interface SecretKeys {
  /** 32 bytes (REBOUND_SECRET_KEY); null when the server has none. */
  current: Buffer | null;
  /** Keys rotated out (REBOUND_OLD_SECRET_KEYS), kept until every password is sealed again. */
  previous: readonly Buffer[];
}

const ALGORITHM = 'aes-256-gcm';
/** 96-bit nonces, as NIST SP 800-38D recommends for GCM; random per secret. */
const IV_BYTES = 12;
/** The key's id: a short hash of the key, so the id can never name the wrong key. */
export const keyIdOf = (key: Buffer) =>
  createHash('sha256').update('rebound-secret-key').update(key).digest('base64url').slice(0, 12);

const NO_KEY = new AppError(
  'conflict',
  'This server cannot store mail passwords yet: it has no REBOUND_SECRET_KEY. Ask whoever runs it to set REBOUND_SECRET_KEY to 32 random bytes in base64 (`openssl rand -base64 32`) and restart it.',
  { field: 'REBOUND_SECRET_KEY' },
);

const unreadable = (keyId: string) =>
  new AppError(
    'conflict',
    `The saved mail password cannot be read: it was sealed with key ${keyId}, which this server does not hold (REBOUND_SECRET_KEY, REBOUND_OLD_SECRET_KEYS). Save the account with its password again.`,
    { field: 'password' },
  );

/** AES-256-GCM with a fresh random IV per secret (node:crypto). */
export function createSecretBox(keys: SecretKeys): SecretBox {
  const byId = new Map<string, Buffer>();
  for (const key of [...keys.previous, ...(keys.current ? [keys.current] : [])]) {
    byId.set(keyIdOf(key), key);
  }
  const currentId = keys.current ? keyIdOf(keys.current) : null;
  return {
    seal(plain, context) {
      if (keys.current === null || currentId === null) throw NO_KEY;
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv(ALGORITHM, keys.current, iv);
      cipher.setAAD(Buffer.from(context, 'utf8'));
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      const parts = [iv, cipher.getAuthTag(), body].map((part) => part.toString('base64url'));
      return { sealed: parts.join('.'), keyId: currentId };
    },
    open({ sealed, keyId }, context) {
      const key = byId.get(keyId);
      const [iv, tag, body] = sealed.split('.').map((part) => Buffer.from(part, 'base64url'));
      if (key === undefined || iv === undefined || tag === undefined || body === undefined) {
        throw unreadable(keyId);
      }
      try {
        const decipher = createDecipheriv(ALGORITHM, key, iv);
        decipher.setAAD(Buffer.from(context, 'utf8'));
        decipher.setAuthTag(tag);
        return Buffer.concat([decipher.update(body), decipher.final()]).toString('utf8');
      } catch {
        throw unreadable(keyId);
      }
    },
    isStale: (secret) => secret.keyId !== currentId,
  };
}

/**
 * Reads a key as configured: 32 bytes in base64. Throws a validation error naming `setting`.
 */
export function parseSecretKey(text: string, setting: string): Buffer {
  const trimmed = text.trim();
  const key = Buffer.from(trimmed, 'base64');
  if (!/^[A-Za-z0-9+/_-]+={0,2}$/.test(trimmed) || key.length !== 32) {
    throw AppError.validation(
      setting,
      'must be 32 random bytes in base64 (make one with `openssl rand -base64 32`)',
    );
  }
  return key;
}
