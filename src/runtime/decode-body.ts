/** Where a document says its own encoding: an XML declaration or an HTML meta tag. */
const DECLARED = [
  /<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/i,
  /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i,
];

function declaredCharset(bytes: Uint8Array, contentType: string): string | undefined {
  const fromHeader = /;\s*charset\s*=\s*"?([\w.:-]+)"?/i.exec(contentType)?.[1];
  if (fromHeader) return fromHeader;
  // The declaration sits in the first bytes and is plain ASCII in every encoding it may name.
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  for (const pattern of DECLARED) {
    const found = pattern.exec(head)?.[1];
    if (found) return found;
  }
  return undefined;
}

function bomCharset(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  return undefined;
}

/**
 * A body as text, in the encoding the server or the document declares (UTF-8 otherwise; a byte
 * order mark wins, as the encoding standard says). An unknown encoding name falls back to UTF-8
 * rather than failing: a few wrong characters beat losing the feed.
 */
export function decodeBody(bytes: Uint8Array, contentType: string): string {
  const charset = bomCharset(bytes) ?? declaredCharset(bytes, contentType) ?? 'utf-8';
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(charset);
  } catch {
    decoder = new TextDecoder('utf-8');
  }
  return decoder.decode(bytes);
}
