import { describe, expect, it } from 'vitest';
import { isAppError } from '../../core/app-error';
import { createSecretBox, keyIdOf, parseSecretKey } from './secret-box';

const keyA = Buffer.alloc(32, 1);
const keyB = Buffer.alloc(32, 2);

function caught(run: () => unknown) {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected a throw');
}

describe('the box that seals mail passwords', () => {
  it('opens what it sealed, and never shows the password in what it stores', () => {
    const box = createSecretBox({ current: keyA, previous: [] });
    const first = box.seal('app-password-ü-🔑', 'ws_1:smtp');
    const second = box.seal('app-password-ü-🔑', 'ws_1:smtp');
    expect(first.keyId).toBe(keyIdOf(keyA));
    expect(first.sealed).not.toContain('app-password');
    // A fresh IV each time: the same password never looks the same twice.
    expect(first.sealed).not.toBe(second.sealed);
    expect(box.open(first, 'ws_1:smtp')).toBe('app-password-ü-🔑');
  });

  it('refuses a sealed password moved to another workspace or account, or altered', () => {
    const box = createSecretBox({ current: keyA, previous: [] });
    const sealed = box.seal('secret', 'ws_1:smtp');
    for (const context of ['ws_2:smtp', 'ws_1:imap']) {
      const error = caught(() => box.open(sealed, context));
      expect(isAppError(error) && error.field).toBe('password');
    }
    const [iv, tag, body] = sealed.sealed.split('.');
    const flipped = `${iv}.${tag}.${body?.startsWith('A') ? 'B' : 'A'}${body?.slice(1)}`;
    expect(() => box.open({ ...sealed, sealed: flipped }, 'ws_1:smtp')).toThrow(/cannot be read/);
  });

  it('rotates: an old key still opens, new seals use the current key, and stale ones are known', () => {
    const before = createSecretBox({ current: keyA, previous: [] });
    const old = before.seal('kept', 'ws_1:imap');
    const after = createSecretBox({ current: keyB, previous: [keyA] });
    expect(after.open(old, 'ws_1:imap')).toBe('kept');
    expect(after.isStale(old)).toBe(true);
    const resealed = after.seal('kept', 'ws_1:imap');
    expect(resealed.keyId).toBe(keyIdOf(keyB));
    expect(after.isStale(resealed)).toBe(false);
    const forgotten = createSecretBox({ current: keyB, previous: [] });
    expect(() => forgotten.open(old, 'ws_1:imap')).toThrow(
      new RegExp(`sealed with key ${keyIdOf(keyA)}, which this server does not hold`),
    );
  });

  it('says what is missing when the server has no key and a password is saved', () => {
    const box = createSecretBox({ current: null, previous: [] });
    const error = caught(() => box.seal('x', 'ws_1:smtp'));
    expect(isAppError(error) && error.code).toBe('conflict');
    expect(isAppError(error) && error.field).toBe('REBOUND_SECRET_KEY');
    expect((error as Error).message).toMatch(/REBOUND_SECRET_KEY to 32 random bytes in base64/);
  });

  it('reads keys as 32 bytes of base64 and names the setting otherwise', () => {
    expect(parseSecretKey(keyA.toString('base64'), 'REBOUND_SECRET_KEY')).toEqual(keyA);
    expect(() => parseSecretKey('c2hvcnQ=', 'REBOUND_SECRET_KEY')).toThrow(
      /^REBOUND_SECRET_KEY: must be 32 random bytes/,
    );
  });
});
