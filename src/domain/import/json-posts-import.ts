/*
 * Scraped posts (yt-dlp .info.json, TikTok/Telegram/VK scrapers, Telegram's result.json,
 * JSON Lines) → raw sighting feed, one feature per post in file order. Scrapers disagree on
 * every name, so each contract field is looked up under the names they use. Coordinate
 * order is explicit: `coordinates: [lon, lat]` and `geometry` follow GeoJSON; a text value
 * ("52.05, 29.25") is latitude first, as Google Maps copies it, the same as in CSV.
 */
import { isUnsafeKey, parseEquipmentList, splitHashtags, unsafeFieldsNotice } from './field-mapping.ts';
import { conversionError, type ConversionResult, type FeatureNote, type FileNotice, type RawFeature } from './import-types.ts';
import { isoFromUnix, normalizeDate } from './normalize-date.ts';
import { parseLatLonCells, parseLatLonText, type Parsed } from './parse-coordinates.ts';
import { normalizePlatform, platformFromUrl } from './platform.ts';

type Post = Record<string, unknown>;

const CAPTION_KEYS = ['caption', 'text', 'desc', 'description', 'message', 'content', 'body', 'title'];
const URL_KEYS = ['url', 'link', 'webpage_url', 'webVideoUrl', 'permalink', 'share_url', 'postUrl', 'post_url'];
const ARCHIVE_KEYS = ['archivedUrl', 'archived_url', 'archive_url', 'archiveUrl'];
const POSTED_KEYS = ['postedAt', 'posted_at', 'timestamp', 'created_at', 'createdAt', 'createTime', 'create_time', 'date_unixtime', 'date', 'upload_date', 'published_at', 'publishedAt', 'taken_at'];
const OBSERVED_KEYS = ['observedAt', 'observed_at', 'filmed_at', 'recorded_at'];
const AUTHOR_KEYS = ['author', 'authorMeta', 'uploader', 'username', 'user', 'channel', 'from', 'owner'];
const PLACE_KEYS = ['place', 'location_name', 'locationName', 'address', 'city'];
const HASHTAG_KEYS = ['hashtags', 'tags'];
const PLATFORM_KEYS = ['platform', 'extractor_key', 'extractor'];
const POINT_KEYS = ['coordinates', 'location', 'geo', 'coords', 'latlon', 'gps'];
const PASS_THROUGH = ['status', 'locomotive', 'wagons', 'heading', 'locationPrecision'];
/** Keys whose content was used for a contract field (so not repeated as an extra). */
const CONSUMED = new Set([
  ...URL_KEYS,
  ...ARCHIVE_KEYS,
  ...POSTED_KEYS,
  ...OBSERVED_KEYS,
  ...AUTHOR_KEYS,
  ...PLACE_KEYS,
  ...HASHTAG_KEYS,
  ...PLATFORM_KEYS,
  ...POINT_KEYS,
  ...PASS_THROUGH,
  'geometry',
  'lat',
  'lon',
  'lng',
  'long',
  'latitude',
  'longitude',
  'equipment',
  'id',
  'source',
]);
/** Where lists of posts sit inside a wrapping object (Telegram: messages; yt-dlp playlists: entries). */
const LIST_KEYS = ['posts', 'items', 'data', 'messages', 'entries', 'results', 'videos'];

function isObject(value: unknown): value is Post {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function nonEmptyText(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() === '' ? undefined : value.trim();
  // Telegram exports write formatted text as a list of strings and { type, text } pieces.
  if (Array.isArray(value)) {
    const joined = value.map((piece) => (typeof piece === 'string' ? piece : isObject(piece) && typeof piece.text === 'string' ? piece.text : '')).join('');
    return joined.trim() === '' ? undefined : joined.trim();
  }
  return undefined;
}

function firstText(post: Post, keys: string[]): { key: string; text: string } | undefined {
  for (const key of keys) {
    const text = nonEmptyText(post[key]);
    if (text !== undefined) return { key, text };
  }
  return undefined;
}

function authorOf(post: Post): string | undefined {
  for (const key of AUTHOR_KEYS) {
    const value = post[key];
    if (typeof value === 'string' && value.trim() !== '') return value.trim();
    if (isObject(value)) {
      const name = firstText(value, ['uniqueId', 'username', 'screen_name', 'name', 'nickname', 'title']);
      if (name) return name.text;
    }
  }
  return undefined;
}

function dateOf(post: Post, keys: string[]): string | undefined {
  for (const key of keys) {
    const value = post[key];
    if (typeof value === 'number') return isoFromUnix(value);
    if (typeof value === 'string' && value.trim() !== '') return normalizeDate(value);
  }
  return undefined;
}

function hashtagsOf(post: Post): string[] | undefined {
  for (const key of HASHTAG_KEYS) {
    const value = post[key];
    if (typeof value === 'string' && value.trim() !== '') return splitHashtags(value);
    if (Array.isArray(value)) {
      const tags = value
        .map((tag) => (typeof tag === 'string' ? tag : isObject(tag) ? nonEmptyText(tag.name ?? tag.title ?? tag.tag) : undefined))
        .filter((tag): tag is string => typeof tag === 'string' && tag.trim() !== '')
        .map((tag) => tag.trim());
      if (tags.length > 0) return tags;
    }
  }
  return undefined;
}

const numberText = (value: unknown) => (typeof value === 'number' ? String(value) : typeof value === 'string' ? value : '');

function pointFromObject(value: Post): Parsed<[number, number]> | undefined {
  const lat = value.lat ?? value.latitude;
  const lon = value.lon ?? value.lng ?? value.long ?? value.longitude;
  if (lat === undefined && lon === undefined) return undefined;
  return parseLatLonCells(numberText(lat), numberText(lon));
}

/** [lon, lat] in GeoJSON order, as the contract and RFC 7946 have it. */
function pointFromArray(value: unknown[]): Parsed<[number, number]> {
  if (value.length < 2 || typeof value[0] !== 'number' || typeof value[1] !== 'number') {
    return { ok: false, reason: `coordinates ${JSON.stringify(value).slice(0, 60)} are not [longitude, latitude] numbers` };
  }
  return parseLatLonCells(String(value[1]), String(value[0]));
}

function pointOf(post: Post): { point: Parsed<[number, number]>; placeText?: string } | undefined {
  const direct = pointFromObject(post);
  if (direct) return { point: direct };
  for (const key of POINT_KEYS) {
    const value = post[key];
    if (isObject(value)) {
      const inner = pointFromObject(value);
      if (inner) return { point: inner };
    } else if (Array.isArray(value) && key === 'coordinates') {
      return { point: pointFromArray(value) };
    } else if (typeof value === 'string' && value.trim() !== '') {
      const parsed = parseLatLonText(value);
      // A "location" that is not a coordinate pair is a place name ("Ельск").
      if (!parsed.ok && key === 'location') return { point: parsed, placeText: value.trim() };
      return { point: parsed };
    }
  }
  const geometry = post.geometry;
  if (isObject(geometry) && geometry.type === 'Point' && Array.isArray(geometry.coordinates)) return { point: pointFromArray(geometry.coordinates) };
  return undefined;
}

function postToFeature(post: Post, dropped: Set<string>, refused: Set<string>): { feature: RawFeature; problem?: { code: FeatureNote['code']; reason: string } } {
  const source: Record<string, unknown> = {};
  const properties: Record<string, unknown> = {};
  const caption = firstText(post, CAPTION_KEYS);
  const url = firstText(post, URL_KEYS)?.text;
  // A stated platform wins; then the link's host; then yt-dlp's extractor name ("TikTok", "Generic").
  const stated = nonEmptyText(post.platform);
  const extractor = firstText(post, ['extractor_key', 'extractor'])?.text;
  const platform = stated ? normalizePlatform(stated) : ((url && platformFromUrl(url)) ?? (extractor && normalizePlatform(extractor)));
  if (platform) source.platform = platform;
  if (url) source.url = url;
  const author = authorOf(post);
  if (author) source.author = author;
  if (caption) source.caption = caption.text;
  const hashtags = hashtagsOf(post);
  if (hashtags) source.hashtags = hashtags;
  const archived = firstText(post, ARCHIVE_KEYS)?.text;
  if (archived) source.archivedUrl = archived;
  if (Object.keys(source).length > 0) properties.source = source;

  const observedAt = dateOf(post, OBSERVED_KEYS);
  if (observedAt) properties.observedAt = observedAt;
  const postedAt = dateOf(post, POSTED_KEYS);
  if (postedAt) properties.postedAt = postedAt;
  const located = pointOf(post);
  const place = firstText(post, PLACE_KEYS)?.text ?? located?.placeText;
  if (place) properties.place = place;
  for (const key of PASS_THROUGH) if (post[key] !== undefined && post[key] !== null) properties[key] = post[key];
  if (typeof post.equipment === 'string') properties.equipment = parseEquipmentList(post.equipment);
  else if (post.equipment !== undefined && post.equipment !== null) properties.equipment = post.equipment;
  if (typeof post.id === 'string' || typeof post.id === 'number') properties.postId = String(post.id);

  for (const [key, value] of Object.entries(post)) {
    if (isUnsafeKey(key)) {
      refused.add(key);
      continue;
    }
    if (CONSUMED.has(key) || key === caption?.key || Object.hasOwn(properties, key)) continue;
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') properties[key] = value;
    else if (value !== null && value !== undefined) dropped.add(key);
  }

  const point = located?.point;
  const feature: RawFeature = { type: 'Feature', geometry: point?.ok ? { type: 'Point', coordinates: point.value } : null, properties };
  if (!point) return { feature, problem: { code: 'no-coordinates', reason: 'it has no coordinates (lat/lon, location or coordinates)' } };
  return point.ok ? { feature } : { feature, problem: { code: 'bad-coordinates', reason: point.reason } };
}

type PostsInput = { ok: true; posts: unknown[] } | { ok: false; error: ReturnType<typeof conversionError> };

function readInput(input: string | unknown): PostsInput {
  let value: unknown = input;
  if (typeof input === 'string') {
    const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
    if (text.trim() === '') return { ok: false, error: conversionError('empty-file', 'The file is empty.') };
    try {
      value = JSON.parse(text);
    } catch (error) {
      // JSON Lines (one post per line), as scrapers stream them.
      const lines = text.split(/\r?\n/).filter((line) => line.trim() !== '');
      try {
        if (lines.length < 2) throw error;
        value = lines.map((line) => JSON.parse(line) as unknown);
      } catch {
        const detail = error instanceof Error ? error.message.split('\n')[0]?.slice(0, 120) : '';
        return { ok: false, error: conversionError('invalid-json', `This file is not valid JSON${detail ? ` (${detail})` : ''}.`) };
      }
    }
  }
  if (Array.isArray(value)) return { ok: true, posts: value };
  if (isObject(value)) {
    const listKey = LIST_KEYS.find((key) => Array.isArray(value[key]));
    if (listKey) return { ok: true, posts: value[listKey] as unknown[] };
    if (firstText(value, [...URL_KEYS, ...CAPTION_KEYS]) || pointOf(value)) return { ok: true, posts: [value] };
  }
  return {
    ok: false,
    error: conversionError('not-posts', 'This JSON file is not a list of posts: expected a list of objects with a caption, a link and coordinates.'),
  };
}

export function jsonPostsToFeed(input: string | unknown): ConversionResult {
  const read = readInput(input);
  if (!read.ok) return read.error;
  if (read.posts.length === 0) return conversionError('no-data', 'The JSON file holds an empty list of posts.');
  const features: RawFeature[] = [];
  const sources: string[] = [];
  const notes: FeatureNote[] = [];
  const dropped = new Set<string>();
  const refused = new Set<string>();
  read.posts.forEach((post, index) => {
    const label = `post ${index + 1}`;
    sources.push(label);
    if (!isObject(post)) {
      features.push({ type: 'Feature', geometry: null, properties: {} });
      notes.push({ index, code: 'no-coordinates', message: `${label}: it is ${Array.isArray(post) ? 'a list' : JSON.stringify(post)?.slice(0, 40)}, not a post object` });
      return;
    }
    const { feature, problem } = postToFeature(post, dropped, refused);
    features.push(feature);
    if (problem) notes.push({ index, code: problem.code, message: `${label}: ${problem.reason}` });
  });
  const notices: FileNotice[] = [];
  if (dropped.size > 0) {
    const names = [...dropped];
    notices.push({ code: 'nested-fields-dropped', message: `Nested fields were not kept: ${names.slice(0, 10).join(', ')}${names.length > 10 ? ` and ${names.length - 10} more` : ''}.` });
  }
  const refusedNotice = unsafeFieldsNotice(refused);
  if (refusedNotice) notices.push(refusedNotice);
  return { ok: true, feed: { type: 'FeatureCollection', features }, sources, notes, notices };
}
