/**
 * How the inbox model's hashed weights ship: only the non-zero ones, each as the gap from the
 * previous one (7 bits a byte) and a weight rounded to one signed byte, in base64. The model
 * stays a few hundred kilobytes of source and decodes in milliseconds, with no runtime deps.
 */

export interface EncodedWeights {
  /** The weight one step of the signed byte stands for. */
  scale: number;
  data: string;
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** Encodes a weight array; weights that round to zero are left out. */
export function encodeWeights(weights: ArrayLike<number>): EncodedWeights {
  let max = 0;
  for (let i = 0; i < weights.length; i += 1) max = Math.max(max, Math.abs(weights[i] ?? 0));
  const scale = max / 127 || 1;
  const bytes: number[] = [];
  let previous = -1;
  for (let i = 0; i < weights.length; i += 1) {
    const q = Math.round((weights[i] ?? 0) / scale);
    if (q === 0) continue;
    let gap = i - previous - 1;
    previous = i;
    while (gap >= 0x80) {
      bytes.push((gap & 0x7f) | 0x80);
      gap >>>= 7;
    }
    bytes.push(gap, q & 0xff);
  }
  return { scale, data: toBase64(Uint8Array.from(bytes)) };
}

/** The weights {@link encodeWeights} wrote, as an array of `size` entries. */
export function decodeWeights(encoded: EncodedWeights, size: number): Float32Array {
  const weights = new Float32Array(size);
  const bytes = fromBase64(encoded.data);
  let index = -1;
  let i = 0;
  while (i < bytes.length) {
    let gap = 0;
    let shift = 0;
    let byte = bytes[i++] ?? 0;
    while (byte & 0x80) {
      gap |= (byte & 0x7f) << shift;
      shift += 7;
      byte = bytes[i++] ?? 0;
    }
    gap |= byte << shift;
    index += gap + 1;
    const q = bytes[i++] ?? 0;
    if (index < size) weights[index] = (q > 127 ? q - 256 : q) * encoded.scale;
  }
  return weights;
}
