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
  | 'qst'
  /** A practice card: one distinct question, whatever its wordings. */
  | 'crd'
  /** One review of a practice card. */
  | 'rev'
  /** A feed the user follows. */
  | 'fds'
  /** An article, from a feed or saved by its address. */
  | 'art'
  /** An article shared with a person. */
  | 'shr'
  /** A letter the user will not send. */
  | 'ltr'
  /** Something that went right. */
  | 'win'
  /** A message read from the user's mail. */
  | 'ibx'
  /** A person in a team installation. */
  | 'acc'
  /** One coach read in a seeker's access log. */
  | 'alg'
  /** A coach's note or suggestion to a seeker. */
  | 'cnt';

// Random bytes are drawn in blocks: one call to the system's generator per id made an import of
// 30,000 contacts spend most of its id time crossing into it.
const POOL_SIZE = ID_LENGTH * 512;
const pool = new Uint8Array(POOL_SIZE);
let poolOffset = POOL_SIZE;

/**
 * A new random id such as `app_3k9x2m4qzt7h`: 60 random bits under a prefix naming the kind of
 * record, so an id pasted into the CLI says what it points at. Ids are unique per workspace.
 */
export function newId(prefix: IdPrefix): string {
  if (poolOffset + ID_LENGTH > POOL_SIZE) {
    globalThis.crypto.getRandomValues(pool);
    poolOffset = 0;
  }
  let out = `${prefix}_`;
  for (let i = 0; i < ID_LENGTH; i += 1) out += ALPHABET[(pool[poolOffset + i] as number) & 31];
  poolOffset += ID_LENGTH;
  return out;
}

const ID_PATTERN = /^[a-z]{2,3}_[0-9a-hjkmnp-tv-z]{12}$/;

/** Whether `value` has the shape of an id made by {@link newId}. */
export function looksLikeId(value: string): boolean {
  return ID_PATTERN.test(value);
}
