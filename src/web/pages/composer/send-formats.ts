/**
 * The ways a message leaves Rebound from the page itself: a `mailto:` link the mail app opens
 * with the text as it stands, and the name the server's `.eml` file is saved under.
 */

export interface OutgoingMessage {
  to: string | null;
  subject: string | null;
  body: string;
}

const crlf = (text: string) => text.replace(/\r?\n/g, '\r\n');

/** `mailto:` with subject and body; line breaks as CRLF, as RFC 6068 asks. */
export function mailtoHref({ to, subject, body }: OutgoingMessage): string {
  const params: string[] = [];
  if (subject) params.push(`subject=${encodeURIComponent(subject)}`);
  if (body) params.push(`body=${encodeURIComponent(crlf(body))}`);
  const address = to ? encodeURIComponent(to).replace(/%40/g, '@') : '';
  return `mailto:${address}${params.length > 0 ? `?${params.join('&')}` : ''}`;
}

/** A file name from the message's kind and company: `feedback-request-acme.eml`. */
export function emlFileName(kind: string, company: string | null): string {
  const slug = (text: string) =>
    text
      .normalize('NFD')
      .replace(/\p{Diacritic}/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '');
  return `${[slug(kind), company ? slug(company) : ''].filter(Boolean).join('-') || 'message'}.eml`;
}
