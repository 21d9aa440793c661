/**
 * The ways a message leaves Rebound: a `mailto:` link the mail app opens, and an `.eml` file
 * (RFC 5322, UTF-8 quoted-printable) that mail apps open as a draft ready to send.
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

const ASCII_PRINTABLE = /^[\x20-\x7e]*$/;

/** A header value, RFC 2047 encoded when it is not plain ASCII. */
export function encodeHeader(value: string): string {
  if (ASCII_PRINTABLE.test(value)) return value;
  const bytes = new TextEncoder().encode(value);
  // Encoded words are at most 75 characters: 45 bytes of base64 payload each.
  const words: string[] = [];
  let chunk: number[] = [];
  const flush = () => {
    words.push(`=?UTF-8?B?${btoa(String.fromCharCode(...chunk))}?=`);
    chunk = [];
  };
  for (let i = 0; i < bytes.length;) {
    // Never split a multi-byte character across two encoded words.
    const first = bytes[i] ?? 0;
    const size = first >= 0xf0 ? 4 : first >= 0xe0 ? 3 : first >= 0xc0 ? 2 : 1;
    if (chunk.length + size > 45) flush();
    chunk.push(...bytes.slice(i, i + size));
    i += size;
  }
  if (chunk.length > 0) flush();
  return words.join('\r\n ');
}

/** Quoted-printable (RFC 2045) of UTF-8 text, lines at most 76 characters, CRLF endings. */
export function quotedPrintable(text: string): string {
  const encoder = new TextEncoder();
  return crlf(text)
    .split('\r\n')
    .map((line) => {
      const bytes = encoder.encode(line);
      let encoded = '';
      bytes.forEach((byte, index) => {
        const last = index === bytes.length - 1;
        const plain =
          (byte >= 33 && byte <= 126 && byte !== 61) || ((byte === 32 || byte === 9) && !last);
        encoded += plain
          ? String.fromCharCode(byte)
          : `=${byte.toString(16).toUpperCase().padStart(2, '0')}`;
      });
      const wrapped: string[] = [];
      while (encoded.length > 76) {
        let cut = 75;
        // Do not cut through an =XX escape.
        const escape = encoded.lastIndexOf('=', cut);
        if (escape > cut - 3) cut = escape;
        wrapped.push(`${encoded.slice(0, cut)}=`);
        encoded = encoded.slice(cut);
      }
      wrapped.push(encoded);
      return wrapped.join('\r\n');
    })
    .join('\r\n');
}

/** The date in RFC 5322 form, e.g. `Thu, 26 Nov 2026 09:30:00 +0000`. */
function rfc5322Date(date: Date): string {
  const days = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
  const months = [
    'Jan',
    'Feb',
    'Mar',
    'Apr',
    'May',
    'Jun',
    'Jul',
    'Aug',
    'Sep',
    'Oct',
    'Nov',
    'Dec',
  ];
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${days[date.getUTCDay()]}, ${pad(date.getUTCDate())} ${months[date.getUTCMonth()]} ${date.getUTCFullYear()} ${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())} +0000`;
}

/**
 * An unsent email as an `.eml` file. `X-Unsent: 1` makes Outlook open it as a new message to
 * send; other mail apps open it as a message whose text can be forwarded or copied.
 */
export function buildEml(message: OutgoingMessage, date: Date = new Date()): string {
  const headers = [
    ...(message.to ? [`To: ${encodeHeader(message.to)}`] : []),
    `Subject: ${encodeHeader(message.subject ?? '')}`,
    `Date: ${rfc5322Date(date)}`,
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=UTF-8',
    'Content-Transfer-Encoding: quoted-printable',
    'X-Unsent: 1',
  ];
  return `${headers.join('\r\n')}\r\n\r\n${quotedPrintable(message.body)}\r\n`;
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
