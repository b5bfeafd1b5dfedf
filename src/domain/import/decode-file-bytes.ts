/*
 * File bytes → text. UTF-8 is the norm; a file that is not valid UTF-8 is almost always a
 * CSV saved by Russian or Belarusian Excel, which writes Windows-1251. Excel's "Unicode
 * text" export is UTF-16 with a byte-order mark. Uses only TextDecoder, which exists in
 * browsers, workers and Node.
 */

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1251';

export interface DecodedFile {
  text: string;
  encoding: TextEncodingName;
}

export function decodeFileDetailed(bytes: Uint8Array): DecodedFile {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes), encoding: 'utf-16be' };
  try {
    // The decoder drops a UTF-8 byte-order mark by default (ignoreBOM: false).
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-1251').decode(bytes), encoding: 'windows-1251' };
  }
}

/** UTF-8 (BOM stripped), or Windows-1251 when the bytes are not valid UTF-8, or UTF-16 with a BOM. */
export function decodeFileBytes(bytes: Uint8Array): string {
  return decodeFileDetailed(bytes).text;
}

/** What the analyst should know about the encoding, or undefined when it was plain UTF-8. */
export function encodingNotice(encoding: TextEncodingName): string | undefined {
  if (encoding === 'windows-1251') {
    return 'The file is not UTF-8, so it was read as Windows-1251 (Cyrillic), the encoding Russian Excel uses. Check that the text reads correctly; if not, save the file as "CSV UTF-8" and import it again.';
  }
  if (encoding === 'utf-16le' || encoding === 'utf-16be') return 'The file was read as UTF-16 (Excel "Unicode text").';
  return undefined;
}
