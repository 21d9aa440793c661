import { normalizeNewlines } from '../text';

export interface MailtoParts {
  to: readonly string[];
  cc?: readonly string[];
  subject?: string | null;
  body?: string | null;
}

/** Mail programs and browsers cut longer mailto links (Outlook near 2,000 characters). */
export const MAILTO_SAFE_LENGTH = 2000;

// RFC 6068 lets these delimiters stand unencoded in an address; everything else outside the
// unreserved set is percent-encoded as UTF-8. `encodeURIComponent` gives exactly that, except that
// it leaves `!'()*` alone, which RFC 6068's `qchar` also allows, so its output is valid as is.
function encodeAddress(address: string): string {
  const at = address.lastIndexOf('@');
  if (at < 0) return encodeURIComponent(address);
  return `${encodeURIComponent(address.slice(0, at))}@${encodeURIComponent(address.slice(at + 1))}`;
}

/**
 * A `mailto:` link (RFC 6068) that opens the user's mail program with the message filled in.
 * Line breaks in the body become `%0D%0A` as the RFC requires, spaces `%20` (never `+`), and
 * non-ASCII text percent-encoded UTF-8.
 */
export function buildMailtoUrl(parts: MailtoParts): string {
  const fields: string[] = [];
  if (parts.cc && parts.cc.length > 0) fields.push(`cc=${parts.cc.map(encodeAddress).join(',')}`);
  if (parts.subject) fields.push(`subject=${encodeURIComponent(parts.subject)}`);
  if (parts.body) {
    const body = normalizeNewlines(parts.body).replace(/\n/g, '\r\n');
    fields.push(`body=${encodeURIComponent(body)}`);
  }
  const to = parts.to.map(encodeAddress).join(',');
  return `mailto:${to}${fields.length > 0 ? `?${fields.join('&')}` : ''}`;
}
