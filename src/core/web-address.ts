/**
 * Web addresses as people type them. Most people copy a link without its scheme
 * (`acme.com/jobs/42`, `www.linkedin.com/in/ana`), and browsers complete those to https; so does
 * Rebound, instead of refusing them. Anything with a scheme of its own (`mailto:`,
 * `javascript:`) is left as typed, for the schema to accept or refuse.
 */

/** `mailto:`, `https:`: a scheme is letters before a colon, with no dot (a host has one). */
const SCHEME = /^[a-z][a-z0-9+-]*:/i;

/** A host with a dot and no spaces, then optionally a port, path, query or fragment. */
const BARE_ADDRESS = /^(?:[\p{L}\p{N}-]+\.)+[\p{L}\p{N}-]{2,}(?::\d{1,5})?(?:[/?#]\S*)?$/u;

/** The address with `https://` in front when it was typed without a scheme; otherwise as typed. */
export function completeWebAddress(value: string): string {
  const text = value.trim();
  if (text.startsWith('//')) return `https:${text}`;
  if (SCHEME.test(text) || !BARE_ADDRESS.test(text)) return text;
  return `https://${text}`;
}

/** Whether the text is an http or https address. */
export function isWebAddress(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}
