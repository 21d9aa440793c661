/**
 * The compact form the learned models (the coach's tone model, the inbox's classifier) ship in.
 * Weights are quantized to one signed byte each and the ids of the non-zero ones stored as gaps
 * in variable-length bytes, then base64: a few tens of kilobytes that load in a millisecond, in
 * the browser and on the server alike, with no runtime dependency.
 */

export interface EncodedWeights {
  /** The weight one step of the signed byte stands for. */
  scale: number;
  data: string;
}

const toBase64 = (bytes: Uint8Array): string => {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
};

const fromBase64 = (text: string): Uint8Array => {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
};

/** Encodes the non-zero entries of a weight array: `{ scale, data }`. */
export function encodeSparse(weights: ArrayLike<number>): EncodedWeights {
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
    bytes.push(gap);
    bytes.push(q & 0xff);
  }
  return { scale, data: toBase64(Uint8Array.from(bytes)) };
}

/** The weight array of {@link encodeSparse}'s output, `size` entries long. */
export function decodeSparse(encoded: EncodedWeights, size: number): Float32Array {
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
