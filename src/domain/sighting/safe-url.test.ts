import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../geo/seeded-random.ts';
import { isCanonicalHttpUrl, safeHttpUrl } from './safe-url';

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

describe('isCanonicalHttpUrl (the fast path that skips the URL parser)', () => {
  /** What safeHttpUrl answered before the fast path: the URL parser alone. */
  function throughParser(text: string): string | undefined {
    try {
      const url = new URL(text);
      return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '' && url.username === '' && url.password === '' ? url.href : undefined;
    } catch {
      return undefined;
    }
  }

  it('takes the usual post links', () => {
    const sample = JSON.parse(readFileSync('public/feeds/sample.geojson', 'utf8')) as { features: { properties: { source?: { url?: string } } }[] };
    const links = sample.features.flatMap((feature) => (feature.properties.source?.url ? [feature.properties.source.url] : []));
    expect(links.length).toBeGreaterThan(50);
    for (const link of links) expect(isCanonicalHttpUrl(link), link).toBe(true);
    expect(isCanonicalHttpUrl('https://www.youtube.com/watch?v=abc_DEF-123&t=42')).toBe(true);
  });

  it.each([
    'HTTPS://t.me/a/1',
    'https://T.me/a/1',
    'https://t.me',
    'https://t.me:443/a',
    'https://127.0.0.1/a',
    'https://0x7f.1/a',
    'https://xn--80ak6aa92e.com/a',
    'https://a.com/x/../y',
    'https://a.com/x/./y',
    'https://a.com/x/%2e%2e/y',
    'https://a.com/a b',
    'https://a.com/a#frag',
    'https://a.com\\evil.com/a',
    "https://a.com/?q='x'",
    'https://tiktok.com@evil.com/video',
  ])('leaves %j to the URL parser', (link) => {
    expect(isCanonicalHttpUrl(link)).toBe(false);
  });

  it('agrees with the URL parser on 30,000 random links built around the characters it treats specially', () => {
    const random = mulberry32(20221124);
    const pick = (items: readonly string[]) => items[Math.floor(random() * items.length)]!;
    // Mostly plain characters, so that many links take the fast path, with the awkward ones mixed in.
    const plain = ['a', 'k', 'z', '0', '7', '-', 'com', 'ru', 'me'];
    const hostOdd = ['Q', '_', '%', '@', 'user:pw@', ':443', ':', '0x', 'xn--', 'ü', 'т', ' ', '\\', '..', '.', '[', '1'];
    const pathOdd = ['.', '..', './', '../', '%2e', '%2E', '%', '#', '?', "'", '"', ' ', '\t', '\\', '`', '{', '|', '^', '[', 'ü', 'т', '@', ':', '~', '!', '$', '&', '(', '*', '+', ',', ';', '=', '_', '//'];
    const part = (odd: readonly string[], oddChance: number, length: number) => {
      let text = '';
      for (let k = 0; k < length; k += 1) text += random() < oddChance ? pick(odd) : pick(plain);
      return text;
    };
    let canonical = 0;
    for (let n = 0; n < 30_000; n += 1) {
      const scheme = pick(['https://', 'http://', 'https://', 'http://', 'HTTPS://', 'ftp://', '', '//', ' https://']);
      const labels = Array.from({ length: 1 + Math.floor(random() * 3) }, () => part(hostOdd, 0.08, 1 + Math.floor(random() * 3)));
      const path = random() < 0.9 ? `/${part(pathOdd, 0.1, Math.floor(random() * 6))}` : '';
      const query = random() < 0.3 ? `?${part(pathOdd, 0.1, Math.floor(random() * 5))}` : '';
      const text = `${scheme}${labels.join('.')}${path}${query}`;
      if (isCanonicalHttpUrl(text)) {
        canonical += 1;
        expect(throughParser(text), text).toBe(text);
      }
      expect(safeHttpUrl(text), text).toBe(throughParser(text.trim()));
    }
    // The fast path must have been exercised, not just the fallback.
    expect(canonical).toBeGreaterThan(3_000);
  });
});
