/*
 * Which platform a post came from, from what a file says ("TikTok", "tg", "ВКонтакте",
 * yt-dlp's extractor "Youtube") or, failing that, from the link's host.
 */
import type { Platform } from '../sighting/sighting-schema.ts';

const HOSTS: [suffix: string, platform: Platform][] = [
  ['tiktok.com', 'tiktok'],
  ['t.me', 'telegram'],
  ['telegram.me', 'telegram'],
  ['telegram.org', 'telegram'],
  ['vk.com', 'vk'],
  ['vk.ru', 'vk'],
  ['vkvideo.ru', 'vk'],
  ['youtube.com', 'youtube'],
  ['youtu.be', 'youtube'],
  ['twitter.com', 'twitter'],
  ['x.com', 'twitter'],
];

// A Map: the names come from imported files, and a column saying "constructor" must not find
// an Object property.
const NAMES: ReadonlyMap<string, Platform> = new Map([
  ['tiktok', 'tiktok'],
  ['тикток', 'tiktok'],
  ['telegram', 'telegram'],
  ['tg', 'telegram'],
  ['телеграм', 'telegram'],
  ['телеграмм', 'telegram'],
  ['vk', 'vk'],
  ['vkontakte', 'vk'],
  ['вк', 'vk'],
  ['вконтакте', 'vk'],
  ['youtube', 'youtube'],
  ['yt', 'youtube'],
  ['ютуб', 'youtube'],
  ['twitter', 'twitter'],
  ['x', 'twitter'],
  ['твиттер', 'twitter'],
  ['other', 'other'],
]);

/** The platform of an http(s) link by its host (any subdomain: m.vk.com, vm.tiktok.com), or undefined. */
export function platformFromUrl(raw: string): Platform | undefined {
  let host: string;
  try {
    const url = new URL(raw.trim());
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
    host = url.hostname.toLowerCase();
  } catch {
    return undefined;
  }
  for (const [suffix, platform] of HOSTS) {
    if (host === suffix || host.endsWith(`.${suffix}`)) return platform;
  }
  return undefined;
}

/** A platform name as people and tools write it; names railwatch does not know become 'other'. */
export function normalizePlatform(raw: string): Platform | undefined {
  const key = raw.trim().toLowerCase().replace(/[\s_.-]+/g, '');
  if (key === '') return undefined;
  return NAMES.get(key) ?? (key.startsWith('youtube') ? 'youtube' : 'other');
}
