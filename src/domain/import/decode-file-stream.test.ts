import { describe, expect, it } from 'vitest';
import { decodeFileDetailed } from './decode-file-bytes.ts';
import { FileStreamDecoder, NotUtf8Error } from './decode-file-stream.ts';

/** Cuts bytes into pieces of `size` bytes, as a file stream would. */
function pieces(bytes: Uint8Array, size: number): Uint8Array[] {
  const out: Uint8Array[] = [];
  for (let at = 0; at < bytes.length; at += size) out.push(bytes.subarray(at, at + size));
  return out;
}

function decodeInPieces(bytes: Uint8Array, size: number, fallback?: 'windows-1251'): { text: string; encoding: string } {
  const decoder = new FileStreamDecoder(fallback);
  let text = '';
  for (const piece of pieces(bytes, size)) text += decoder.push(piece);
  text += decoder.end();
  return { text, encoding: decoder.encoding };
}

function utf16(text: string, littleEndian: boolean): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  const view = new DataView(bytes.buffer);
  view.setUint16(0, 0xfeff, littleEndian);
  for (let i = 0; i < text.length; i++) view.setUint16(2 + i * 2, text.charCodeAt(i), littleEndian);
  return bytes;
}

// "Эшелон, танки" in Windows-1251: not valid UTF-8.
const CP1251 = new Uint8Array([0xdd, 0xf8, 0xe5, 0xeb, 0xee, 0xed, 0x2c, 0x20, 0xf2, 0xe0, 0xed, 0xea, 0xe8]);

describe('FileStreamDecoder', () => {
  const text = '\uFEFF{"caption":"Эшелон 🚂 танки — ВЛ10"}';
  const utf8 = new TextEncoder().encode(text);

  it('decodes UTF-8 whatever the piece size, also a character cut between pieces, and drops the BOM', () => {
    for (const size of [1, 2, 3, 5, 64, utf8.length]) expect(decodeInPieces(utf8, size)).toEqual({ text: text.slice(1), encoding: 'utf-8' });
  });

  it.each([
    ['little-endian', true, 'utf-16le'],
    ['big-endian', false, 'utf-16be'],
  ])('reads UTF-16 %s by its byte-order mark, even when the mark is cut in two', (_, littleEndian, encoding) => {
    const bytes = utf16('Эшелон 🚂 "танки"', littleEndian);
    for (const size of [1, 3, 4, bytes.length]) expect(decodeInPieces(bytes, size)).toEqual({ text: 'Эшелон 🚂 "танки"', encoding });
    expect(decodeFileDetailed(bytes).text).toBe('Эшелон 🚂 "танки"');
  });

  it('says when the bytes are not UTF-8, so the file can be read again as Windows-1251', () => {
    expect(() => decodeInPieces(CP1251, 4)).toThrow(NotUtf8Error);
    for (const size of [1, 4, 100]) expect(decodeInPieces(CP1251, size, 'windows-1251')).toEqual({ text: 'Эшелон, танки', encoding: 'windows-1251' });
    expect(decodeFileDetailed(CP1251)).toEqual({ text: 'Эшелон, танки', encoding: 'windows-1251' });
  });

  it('refuses a UTF-8 character cut off by the end of the file, as the whole-file decoder does', () => {
    const cut = utf8.subarray(0, utf8.indexOf(0xf0) + 2);
    expect(() => decodeInPieces(cut, 3)).toThrow(NotUtf8Error);
    expect(decodeFileDetailed(cut).encoding).toBe('windows-1251');
  });

  it('decodes an empty file and a one-byte file', () => {
    expect(decodeInPieces(new Uint8Array(0), 1)).toEqual({ text: '', encoding: 'utf-8' });
    expect(decodeInPieces(new Uint8Array([0x7b]), 1)).toEqual({ text: '{', encoding: 'utf-8' });
  });
});
