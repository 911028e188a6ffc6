// Partner Center downloads are UTF-8, but a file that went through Excel may come back as
// UTF-16 (Excel's "Unicode text") or as windows-1252 (older "CSV" saves on Windows). The bytes
// say which: a byte order mark, zero bytes in every other position, or invalid UTF-8.

/** How many leading bytes are checked for UTF-16 without a byte order mark. */
const UTF16_SNIFF_BYTES = 512;

/**
 * Turns file bytes into text: UTF-8 with or without a byte order mark, UTF-16 LE/BE (with a
 * byte order mark, or recognised by its zero bytes), and windows-1252 when the bytes are not
 * valid UTF-8. The byte order mark is not part of the text.
 */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return decodeUtf8OrLegacy(bytes.subarray(3));
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decode('utf-16le', bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decode('utf-16be', bytes.subarray(2));

  const utf16 = sniffUtf16(bytes);
  if (utf16 !== undefined) return decode(utf16, bytes);
  return decodeUtf8OrLegacy(bytes);
}

function decode(encoding: string, bytes: Uint8Array): string {
  // ignoreBOM keeps the decoder from removing a second mark: the first one is already gone.
  return new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes);
}

function decodeUtf8OrLegacy(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    // Every byte is a character in windows-1252, so this always succeeds.
    return fixWindows1252(decode('windows-1252', bytes));
  }
}

// windows-1252 bytes 0x80-0x9F in order; the five bytes it leaves undefined stay C1 controls,
// as the WHATWG Encoding Standard says.
const WINDOWS_1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';
const C1_CONTROLS = /[\u0080-\u009f]/g;

/**
 * Some Node.js releases (20.18.3 onwards among them) decode windows-1252 as Latin-1, turning
 * `€`, `–` and curly quotes into C1 control characters. Browsers decode correctly, and then
 * this changes nothing: the only C1 characters they produce map to themselves here.
 */
function fixWindows1252(text: string): string {
  C1_CONTROLS.lastIndex = 0;
  if (!C1_CONTROLS.test(text)) return text;
  return text.replace(C1_CONTROLS, (char) => WINDOWS_1252_HIGH[char.charCodeAt(0) - 0x80]);
}

/**
 * Text of mostly ASCII characters in UTF-16 has a zero in every high byte: at odd positions for
 * little-endian, even positions for big-endian. Binary data does not show that regularity.
 */
function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const length = Math.min(bytes.length, UTF16_SNIFF_BYTES) & ~1;
  if (length < 4) return undefined;

  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < length; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }

  const pairs = length / 2;
  if (oddZeros >= pairs * 0.9 && evenZeros <= pairs * 0.1) return 'utf-16le';
  if (evenZeros >= pairs * 0.9 && oddZeros <= pairs * 0.1) return 'utf-16be';
  return undefined;
}
