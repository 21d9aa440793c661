/**
 * FNV-1a, 32 bits, over a string's UTF-16 code units: a fast, stable hash that gives the same
 * number in the browser, on the server and in the training script, so a feature's weight can be
 * looked up by the hash of its name without shipping the names.
 */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
