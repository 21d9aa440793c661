/**
 * The secret in a calendar-feed address. Calendar apps cannot log in, so the address itself is
 * the key: a public lookup part, indexed in the database, and a secret part compared in constant
 * time so response timing says nothing about how much of a guess was right.
 */
const ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz';
export const FEED_ID_LENGTH = 16;
export const FEED_SECRET_LENGTH = 32;
const TOKEN_PATTERN = new RegExp(`^[${ALPHABET}]{${FEED_ID_LENGTH + FEED_SECRET_LENGTH}}$`);

function randomText(length: number): string {
  const bytes = new Uint8Array(length);
  globalThis.crypto.getRandomValues(bytes);
  let out = '';
  for (const byte of bytes) out += ALPHABET[byte & 31];
  return out;
}

export interface FeedToken {
  feedId: string;
  secret: string;
}

/** A new token: 80 bits to find the workspace and 160 secret bits. */
export function newFeedToken(): FeedToken {
  return { feedId: randomText(FEED_ID_LENGTH), secret: randomText(FEED_SECRET_LENGTH) };
}

/** The token as it appears in the feed address. */
export function feedTokenText(token: FeedToken): string {
  return `${token.feedId}${token.secret}`;
}

/** Splits a token from an address; undefined when it cannot be one. */
export function parseFeedToken(text: string): FeedToken | undefined {
  if (!TOKEN_PATTERN.test(text)) return undefined;
  return { feedId: text.slice(0, FEED_ID_LENGTH), secret: text.slice(FEED_ID_LENGTH) };
}

/** Compares two strings in time that depends only on their lengths, not on where they differ. */
export function constantTimeEqual(a: string, b: string): boolean {
  let diff = a.length ^ b.length;
  const length = Math.max(a.length, b.length);
  for (let i = 0; i < length; i += 1) {
    diff |= (a.charCodeAt(i) | 0) ^ (b.charCodeAt(i) | 0);
  }
  return diff === 0;
}
