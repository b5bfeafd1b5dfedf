import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../geo/seeded-random';
import { normaliseSourceUrl, splitPlainLink } from './source-url';

describe('normaliseSourceUrl', () => {
  it('keys hosts named after object properties by their name', () => {
    expect(normaliseSourceUrl('https://constructor/post/1')).toBe('constructor/post/1');
    expect(normaliseSourceUrl('https://__proto__/post/1')).toBe('__proto__/post/1');
    expect(normaliseSourceUrl('https://www.hasOwnProperty/a')).toBe('hasownproperty/a');
  });

  it('reduces a TikTok share link to host and path', () => {
    expect(
      normaliseSourceUrl('https://www.tiktok.com/@belarus_rail/video/7054123456789012345?is_from_webapp=1&sender_device=pc&web_id=7012345678901234567'),
    ).toBe('tiktok.com/@belarus_rail/video/7054123456789012345');
  });

  it('drops the _r and _t tracking codes of TikTok mobile shares', () => {
    expect(normaliseSourceUrl('https://m.tiktok.com/v/7054123456789012345.html?_r=1&_t=8VXYZabc')).toBe(
      'tiktok.com/v/7054123456789012345.html',
    );
  });

  it('treats http and https, www and bare host, trailing slash and fragment as the same post', () => {
    const keys = [
      'https://t.me/belzhd_watch/4821',
      'http://t.me/belzhd_watch/4821/',
      'https://T.ME/belzhd_watch/4821#comments',
      'https://telegram.me/belzhd_watch/4821?single',
      'https://t.me/s/belzhd_watch/4821',
    ].map(normaliseSourceUrl);
    expect(new Set(keys)).toEqual(new Set(['t.me/belzhd_watch/4821']));
  });

  it('maps mobile VK to vk.com and keeps the parameter that selects the post', () => {
    expect(normaliseSourceUrl('https://m.vk.com/wall-12345_678?utm_source=share&utm_medium=mobile&w=wall-12345_678')).toBe(
      'vk.com/wall-12345_678?w=wall-12345_678',
    );
  });

  it('maps youtu.be and shorts links to one watch key and drops si and feature', () => {
    expect(normaliseSourceUrl('https://youtu.be/dQw4w9WgXcQ?si=AbCdEf123')).toBe('youtube.com/watch?v=dQw4w9WgXcQ');
    expect(normaliseSourceUrl('https://www.youtube.com/watch?v=dQw4w9WgXcQ&feature=share')).toBe('youtube.com/watch?v=dQw4w9WgXcQ');
    expect(normaliseSourceUrl('https://m.youtube.com/shorts/dQw4w9WgXcQ?feature=share')).toBe('youtube.com/watch?v=dQw4w9WgXcQ');
  });

  it('keeps the YouTube start time, which selects a moment of the video', () => {
    expect(normaliseSourceUrl('https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=42s')).toBe('youtube.com/watch?t=42s&v=dQw4w9WgXcQ');
  });

  it('maps twitter.com to x.com and drops its s and t share codes', () => {
    expect(normaliseSourceUrl('https://mobile.twitter.com/user/status/1483012345678901234?s=20&t=AbCdEfGh')).toBe(
      'x.com/user/status/1483012345678901234',
    );
  });

  it('sorts the remaining parameters so their order does not matter', () => {
    expect(normaliseSourceUrl('https://example.com/p?b=2&a=1&fbclid=xyz')).toBe(normaliseSourceUrl('https://example.com/p?a=1&b=2'));
    expect(normaliseSourceUrl('https://example.com/p?b=2&a=1&fbclid=xyz')).toBe('example.com/p?a=1&b=2');
  });

  it('keeps path case, since post ids are case-sensitive', () => {
    expect(normaliseSourceUrl('https://youtu.be/AbC')).not.toBe(normaliseSourceUrl('https://youtu.be/abc'));
  });

  it('reads a link without scheme as https', () => {
    expect(normaliseSourceUrl('vk.com/video-123_456/')).toBe('vk.com/video-123_456');
  });

  it('returns undefined for text that is not an http(s) link', () => {
    expect(normaliseSourceUrl('javascript:alert(1)')).toBeUndefined();
    expect(normaliseSourceUrl('')).toBeUndefined();
    expect(normaliseSourceUrl('mailto:a@b.c')).toBeUndefined();
  });
});

describe('splitPlainLink (the fast path of normaliseSourceUrl)', () => {
  const partsOf = (link: string) => {
    const url = new URL(link);
    return { protocol: url.protocol, hostname: url.hostname, port: url.port, pathname: url.pathname, params: [...url.searchParams] };
  };

  it('reads plain links exactly as the URL parser does', () => {
    for (const link of [
      'https://www.tiktok.com/@zhd_gomel/video/7054123456789012345?is_from_webapp=1&sender_device=pc',
      'HTTP://VK.com/wall-12345_678?w=wall-12345_678&a=%D1%82+b',
      'https://t.me',
      'https://t.me?single',
      'https://example.org/a//b/?#frag?x',
      'https://example.org/it/(1)!*;=',
    ]) {
      const plain = splitPlainLink(link);
      expect(plain, link).toBeDefined();
      expect({ ...plain!, params: [...plain!.searchParams], searchParams: undefined }).toEqual({ ...partsOf(link), searchParams: undefined });
    }
  });

  it('leaves to the URL parser what it would rewrite', () => {
    for (const link of [
      'https://example.org:8443/a',
      'https://user@example.org/a',
      'https://192.168.0.1/a',
      'https://0x7f.1/a',
      'https://xn--e1afmkfd.xn--p1ai/a',
      'https://example.org/a/../b',
      'https://example.org/a/./b',
      'https://example.org/a%2Fb',
      'https://example.org/a b',
      'https://example.org\\a',
      "https://example.org/a?q='x'",
      'https://пример.рф/a',
    ]) {
      expect(splitPlainLink(link), link).toBeUndefined();
    }
  });

  it('never disagrees with the URL parser on generated links', () => {
    const random = mulberry32(8);
    const pieces = ['a', 'Z', '0', '9', '-', '.', '_', '~', '/', '//', '?', '&', '=', '#', '%', '%2e', '%41', '@', ':', '+', "'", '"', ' ', '\\', '..', '^', '|', '{', 'я', 'xn--', '\t'];
    const pick = () => pieces[Math.floor(random() * pieces.length)]!;
    const hosts = ['example.org', 'M.Example.ORG', 'a-b.c', '1.2.3.4', 'a.1', 'x.0x1', 'localhost', 'a..b', 'a.b.'];
    let plain = 0;
    for (let i = 0; i < 20_000; i++) {
      const tail = Array.from({ length: 1 + Math.floor(random() * 8) }, pick).join('');
      const link = `${random() < 0.5 ? 'https' : 'HTTP'}://${hosts[Math.floor(random() * hosts.length)]!}${random() < 0.3 ? pick() : ''}/${tail}`;
      const parts = splitPlainLink(link);
      if (!parts) continue;
      plain += 1;
      expect({ ...parts, params: [...parts.searchParams], searchParams: undefined }, link).toEqual({ ...partsOf(link), searchParams: undefined });
    }
    // The corpus must exercise the fast path, not only the fallback.
    expect(plain).toBeGreaterThan(1_000);
  });
});
