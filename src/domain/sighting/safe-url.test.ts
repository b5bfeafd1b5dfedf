import { describe, expect, it } from 'vitest';
import { safeHttpUrl } from './safe-url';

describe('safeHttpUrl', () => {
  it('keeps http and https links', () => {
    expect(safeHttpUrl('https://t.me/rybar/12345')).toBe('https://t.me/rybar/12345');
    expect(safeHttpUrl('http://vk.com/video-123_456')).toBe('http://vk.com/video-123_456');
  });

  it('trims surrounding whitespace and returns the parsed form', () => {
    expect(safeHttpUrl('  HTTPS://WWW.TikTok.com/@user/video/7054 ')).toBe('https://www.tiktok.com/@user/video/7054');
  });

  it.each([
    ['javascript:alert(1)'],
    ['JaVaScRiPt:alert(1)'],
    ['java\tscript:alert(1)'],
    [' javascript:alert(1)'],
    ['data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=='],
    ['vbscript:msgbox(1)'],
    ['file:///etc/passwd'],
    ['ftp://example.com/a'],
    ['//evil.com/x'],
    ['/relative/path'],
    ['www.tiktok.com/@user'],
    ['https://'],
    ['http://exa mple.com'],
    ['https://tiktok.com@evil.com/video'],
    ['https://user:pass@example.com/'],
    [''],
  ])('rejects %j', (raw) => {
    expect(safeHttpUrl(raw)).toBeUndefined();
  });

  it('rejects values that are not strings', () => {
    expect(safeHttpUrl(42)).toBeUndefined();
    expect(safeHttpUrl(null)).toBeUndefined();
    expect(safeHttpUrl({ href: 'https://example.com' })).toBeUndefined();
  });

  it('rejects absurdly long links', () => {
    expect(safeHttpUrl(`https://example.com/${'a'.repeat(5000)}`)).toBeUndefined();
  });
});
