import { describe, expect, it } from 'vitest';
import { decodeFileBytes, decodeFileDetailed, encodingNotice } from './decode-file-bytes.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);

/** Windows-1251 bytes of Cyrillic text, written out independently of TextDecoder. */
function cp1251(text: string): Uint8Array {
  return Uint8Array.from([...text].map((ch) => {
    const code = ch.codePointAt(0) ?? 0;
    if (code < 0x80) return code;
    if (code >= 0x410 && code <= 0x44f) return code - 0x410 + 0xc0;
    if (code === 0x401) return 0xa8; // Ё
    if (code === 0x451) return 0xb8; // ё
    throw new Error(`no cp1251 byte for ${ch}`);
  }));
}

describe('decodeFileBytes', () => {
  it('reads UTF-8 and strips its byte-order mark', () => {
    const withBom = Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8('широта;долгота')]);
    expect(decodeFileBytes(withBom)).toBe('широта;долгота');
    expect(decodeFileDetailed(utf8('lat,lon')).encoding).toBe('utf-8');
  });

  it('falls back to Windows-1251 for a Russian Excel CSV', () => {
    const bytes = cp1251('Широта;Долгота;Подпись\r\n51,8;29,1;Эшелон, ёлки');
    expect(decodeFileDetailed(bytes)).toEqual({ text: 'Широта;Долгота;Подпись\r\n51,8;29,1;Эшелон, ёлки', encoding: 'windows-1251' });
  });

  it('reads UTF-16 little- and big-endian files that start with a byte-order mark', () => {
    const le = Uint8Array.from([0xff, 0xfe, 0x4c, 0x00, 0x30, 0x04]);
    const be = Uint8Array.from([0xfe, 0xff, 0x00, 0x4c, 0x04, 0x30]);
    expect(decodeFileDetailed(le)).toEqual({ text: 'Lа', encoding: 'utf-16le' });
    expect(decodeFileDetailed(be)).toEqual({ text: 'Lа', encoding: 'utf-16be' });
  });

  it('returns empty text for no bytes', () => {
    expect(decodeFileBytes(new Uint8Array(0))).toBe('');
  });
});

describe('encodingNotice', () => {
  it('speaks up only when the file was not UTF-8', () => {
    expect(encodingNotice('utf-8')).toBeUndefined();
    expect(encodingNotice('windows-1251')).toMatch(/^The file is not UTF-8, so it was read as Windows-1251/);
  });
});
