/**
 * FNV-1a, 32 bits, over a string's UTF-16 code units: the same number in the training script
 * and wherever mail is read, so a feature's weight is found by the hash of its name and the
 * names need not ship with the model.
 */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
