import type { Message } from '../message';

const FALLBACK_DOMAIN = 'rebound.localhost';

function randomHex(bytes: number): string {
  const buffer = new Uint8Array(bytes);
  globalThis.crypto.getRandomValues(buffer);
  return Array.from(buffer, (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * A new Message-ID (RFC 5322 `msg-id`) on the sender's own domain, as mail programs make them;
 * a domain that is not plain ASCII falls back to a reserved name rather than break the header.
 */
export function newEmailMessageId(fromAddress: string | null, at: Date): string {
  const domain = fromAddress?.split('@').pop()?.toLowerCase() ?? '';
  const right = /^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$/.test(domain)
    ? domain
    : FALLBACK_DOMAIN;
  return `<${at.getTime().toString(36)}.${randomHex(10)}@${right}>`;
}

/** The earlier email a new one answers, as far as threading is concerned. */
export type ThreadParent = Pick<Message, 'emailMessageId' | 'references' | 'subject'>;

export interface ThreadHeaders {
  inReplyTo: string | null;
  references: string[];
}

/** References cap: RFC 5322 suggests trimming long chains; mail programs keep the first and last. */
const MAX_REFERENCES = 20;

/** In-Reply-To and References for an email answering `parent` (RFC 5322 §3.6.4). */
export function threadHeadersFor(parent: ThreadParent | undefined): ThreadHeaders {
  if (parent?.emailMessageId == null) return { inReplyTo: null, references: [] };
  const chain = [...parent.references.filter((id) => id !== parent.emailMessageId)];
  chain.push(parent.emailMessageId);
  const references =
    chain.length > MAX_REFERENCES
      ? [chain[0] as string, ...chain.slice(-(MAX_REFERENCES - 1))]
      : chain;
  return { inReplyTo: parent.emailMessageId, references };
}

/** The subject of an answer: the parent's with one "Re: " in front, unless one was written. */
export function replySubject(own: string | null, parent: ThreadParent | undefined): string | null {
  if (own !== null && own.trim() !== '') return own;
  if (parent?.subject == null) return own;
  return /^re:/i.test(parent.subject) ? parent.subject : `Re: ${parent.subject}`;
}
