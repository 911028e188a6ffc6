import fc from 'fast-check';

import { decodeText } from '../../src/core/decode-text';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

function utf16(text: string, littleEndian: boolean, bom: boolean): Uint8Array {
  const units = (bom ? '\uFEFF' : '') + text;
  const bytes = new Uint8Array(units.length * 2);
  for (let i = 0; i < units.length; i++) {
    const code = units.charCodeAt(i);
    bytes[2 * i + (littleEndian ? 0 : 1)] = code & 0xff;
    bytes[2 * i + (littleEndian ? 1 : 0)] = code >> 8;
  }
  return bytes;
}

const SAMPLE = 'Customer ID,Cidade\r\n001,São Paulo\r\n';

describe('decodeText', () => {
  it.each([
    ['UTF-8 without a byte order mark', utf8(SAMPLE)],
    ['UTF-8 with a byte order mark', Uint8Array.of(0xef, 0xbb, 0xbf, ...utf8(SAMPLE))],
    ['UTF-16 LE with a byte order mark', utf16(SAMPLE, true, true)],
    ['UTF-16 BE with a byte order mark', utf16(SAMPLE, false, true)],
    ['UTF-16 LE without a byte order mark', utf16(SAMPLE, true, false)],
    ['UTF-16 BE without a byte order mark', utf16(SAMPLE, false, false)],
  ])('decodes %s and drops the mark', (_, bytes) => {
    expect(decodeText(bytes)).toBe(SAMPLE);
  });

  it('falls back to windows-1252 when the bytes are not valid UTF-8', () => {
    // "São Paulo – €5" as saved by an old Windows Excel: ã = E3, – = 96, € = 80.
    const bytes = Uint8Array.of(
      0x53,
      0xe3,
      0x6f,
      0x20,
      0x50,
      0x61,
      0x75,
      0x6c,
      0x6f,
      0x20,
      0x96,
      0x20,
      0x80,
      0x35,
    );
    expect(decodeText(bytes)).toBe('São Paulo – €5');
  });

  it.each([
    [0x80, '€'],
    [0x92, '\u2019'],
    [0x93, '\u201c'],
    [0x97, '—'],
    [0x9f, 'Ÿ'],
    [0x81, '\u0081'],
  ])('reads the windows-1252 byte %d as %j', (byte, char) => {
    expect(decodeText(Uint8Array.of(0x41, byte, 0x42))).toBe(`A${char}B`);
  });

  it('falls back to windows-1252 after a UTF-8 byte order mark when the rest is not UTF-8', () => {
    expect(decodeText(Uint8Array.of(0xef, 0xbb, 0xbf, 0x41, 0xe9))).toBe('Aé');
  });

  it('decodes an empty file to empty text', () => {
    expect(decodeText(new Uint8Array(0))).toBe('');
  });

  it('keeps binary data recognisable (NUL bytes survive) instead of guessing UTF-16', () => {
    const bytes = Uint8Array.of(
      0x50,
      0x4b,
      0x03,
      0x04,
      0x14,
      0x00,
      0x06,
      0x00,
      0x08,
      0x00,
      0x00,
      0x00,
    );
    expect(decodeText(bytes)).toContain('\u0000');
  });

  it('reads back any text written as UTF-8 or UTF-16 with a byte order mark', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme' }),
        fc.constantFrom('utf-8', 'utf-16le', 'utf-16be'),
        (text, encoding) => {
          const bytes =
            encoding === 'utf-8'
              ? Uint8Array.of(0xef, 0xbb, 0xbf, ...utf8(text))
              : utf16(text, encoding === 'utf-16le', true);
          expect(decodeText(bytes)).toBe(text);
        },
      ),
    );
  });
});
