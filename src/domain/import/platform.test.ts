import { describe, expect, it } from 'vitest';
import { normalizePlatform, platformFromUrl } from './platform.ts';

describe('platformFromUrl', () => {
  it('recognises each platform by host, including subdomains and short hosts', () => {
    expect(platformFromUrl('https://www.tiktok.com/@user/video/7054123456789')).toBe('tiktok');
    expect(platformFromUrl('https://vm.tiktok.com/ZMabc/')).toBe('tiktok');
    expect(platformFromUrl('https://t.me/rybar/2345')).toBe('telegram');
    expect(platformFromUrl('https://m.vk.com/video-1_2')).toBe('vk');
    expect(platformFromUrl('https://youtu.be/abc')).toBe('youtube');
    expect(platformFromUrl('https://www.youtube.com/shorts/abc')).toBe('youtube');
    expect(platformFromUrl('https://x.com/user/status/1')).toBe('twitter');
    expect(platformFromUrl('http://twitter.com/user/status/1')).toBe('twitter');
  });

  it('does not match look-alike hosts, other schemes or non-URLs', () => {
    expect(platformFromUrl('https://nottiktok.com/x')).toBeUndefined();
    expect(platformFromUrl('https://tiktok.com.evil.net/x')).toBeUndefined();
    expect(platformFromUrl('javascript://t.me/%0aalert(1)')).toBeUndefined();
    expect(platformFromUrl('t.me/rybar')).toBeUndefined();
    expect(platformFromUrl('https://example.org/t.me')).toBeUndefined();
  });
});

describe('normalizePlatform', () => {
  it('maps common spellings, Russian names and yt-dlp extractor keys', () => {
    expect(normalizePlatform('TikTok')).toBe('tiktok');
    expect(normalizePlatform('ВКонтакте')).toBe('vk');
    expect(normalizePlatform(' tg ')).toBe('telegram');
    expect(normalizePlatform('X')).toBe('twitter');
    expect(normalizePlatform('youtube:tab')).toBe('youtube');
    expect(normalizePlatform('Instagram')).toBe('other');
    expect(normalizePlatform('  ')).toBeUndefined();
  });

  it('takes a name that is also an Object property for an unknown platform', () => {
    for (const name of ['constructor', 'Constructor', '__proto__', 'hasOwnProperty', 'valueOf']) expect(normalizePlatform(name), name).toBe('other');
  });
});
