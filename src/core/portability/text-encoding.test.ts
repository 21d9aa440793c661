import { describe, expect, it } from 'vitest';
import { decodeTextFile } from './text-encoding';

const CONNECTIONS = [
  'First Name,Last Name,URL,Email Address,Company,Position,Connected On',
  'José,Núñez,https://www.linkedin.com/in/jose-nunez,,Señor Café,Jefe de Producción,26 Nov 2026',
  'Zoë,Ångström,https://www.linkedin.com/in/zoe-a,,Bäckerei Müller,Geschäftsführerin,3 Jan 2025',
  'François,Lefèvre,https://www.linkedin.com/in/flefevre,,Crème & Co,Directeur général,9 Feb 2024',
].join('\r\n');

/** Windows-1252 and Latin-1 agree on every letter above: one byte, the code point. */
function singleByte(text: string): Uint8Array {
  return Uint8Array.from([...text].map((ch) => ch.codePointAt(0) as number));
}

function utf16(text: string, endian: 'le' | 'be', bom: boolean): Uint8Array {
  const le = Buffer.from(`${bom ? '\uFEFF' : ''}${text}`, 'utf16le');
  if (endian === 'be') le.swap16();
  return new Uint8Array(le);
}

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('decodeTextFile', () => {
  it.each([
    ['UTF-8', utf8(CONNECTIONS), 'UTF-8'],
    ['UTF-8 with a byte-order mark', utf8(`\uFEFF${CONNECTIONS}`), 'UTF-8'],
    ['Windows-1252 / Latin-1 (Excel on Windows)', singleByte(CONNECTIONS), 'windows-1252'],
    ['UTF-16 LE with a mark', utf16(CONNECTIONS, 'le', true), 'UTF-16'],
    ['UTF-16 BE with a mark', utf16(CONNECTIONS, 'be', true), 'UTF-16'],
    ['UTF-16 LE without a mark', utf16(CONNECTIONS, 'le', false), 'UTF-16'],
    ['UTF-16 BE without a mark', utf16(CONNECTIONS, 'be', false), 'UTF-16'],
  ])('reads %s', (_name, bytes, encoding) => {
    const decoded = decodeTextFile(bytes);
    expect(decoded).toEqual({ ok: true, value: { text: CONNECTIONS, encoding } });
  });

  it('reads a two-line Latin-1 file as Windows-1252, not as a Central European code page', () => {
    const decoded = decodeTextFile(singleByte('Company,Contact\nSeñor Café,José Núñez\n'));
    expect(decoded.ok && decoded.value.text).toBe('Company,Contact\nSeñor Café,José Núñez\n');
  });

  it('refuses UTF-32 by name rather than read it as UTF-16', () => {
    const bytes = new Uint8Array([0xff, 0xfe, 0, 0, 0x41, 0, 0, 0, 0x42, 0, 0, 0]);
    const decoded = decodeTextFile(bytes);
    expect(decoded.ok).toBe(false);
    expect(!decoded.ok && decoded.error).toMatch(
      /^the file is in UTF-32, which Rebound cannot read; save it as UTF-8/,
    );
  });

  it('refuses bytes that are no text at all', () => {
    // A PNG signature and a header: what picking the wrong file looks like.
    const png = new Uint8Array([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0,
      1, 0, 0, 0, 1, 0, 8, 6, 0, 0, 0, 0x5c, 0x72, 0xa8, 0x66, 0, 0, 0, 0, 0x49, 0x45, 0x4e, 0x44,
      0xae, 0x42, 0x60, 0x82,
    ]);
    expect(decodeTextFile(png)).toEqual({
      ok: false,
      error: expect.stringMatching(/^the file is not text \(it holds zero bytes\)/),
    });
  });
});
