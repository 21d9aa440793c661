/** Crockford base32 without I, L, O, U: unambiguous when read aloud or typed from a terminal. */
const ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz';
const ID_LENGTH = 12;

export type IdPrefix =
  | 'ws'
  | 'app'
  | 'stg'
  | 'ivw'
  | 'con'
  | 'int'
  | 'rej'
  | 'tsk'
  | 'msg'
  /** A question that tripped the user up, inside a reflection. */
  | 'qst';

/**
 * A new random id such as `app_3k9x2m4qzt7h`: 60 random bits under a prefix naming the kind of
 * record, so an id pasted into the CLI says what it points at. Ids are unique per workspace.
 */
export function newId(prefix: IdPrefix): string {
  const bytes = new Uint8Array(ID_LENGTH);
  globalThis.crypto.getRandomValues(bytes);
  let out = `${prefix}_`;
  for (const byte of bytes) out += ALPHABET[byte & 31];
  return out;
}

const ID_PATTERN = /^[a-z]{2,3}_[0-9a-hjkmnp-tv-z]{12}$/;

/** Whether `value` has the shape of an id made by {@link newId}. */
export function looksLikeId(value: string): boolean {
  return ID_PATTERN.test(value);
}
