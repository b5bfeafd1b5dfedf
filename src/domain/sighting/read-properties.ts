import {
  MAX_EQUIPMENT,
  MAX_EXTRA_DEPTH,
  MAX_HASHTAGS,
  TEXT_LIMITS,
  describeValue,
  isAbsent,
  isPlainObject,
  lookupEnum,
  nestsDeeperThan,
  truncateText,
} from './field-readers';
import { isIsoDate } from './iso-date';
import { safeHttpUrl } from './safe-url';
import {
  COMPASS_POINTS,
  EQUIPMENT_KINDS,
  OPERATORS,
  PLATFORMS,
  PRECISION_LEVELS,
  SIGHTING_STATUSES,
  type EquipmentItem,
  type Sighting,
} from './sighting-schema';

/*
 * Reads a feature's `properties` into Sighting fields. Policy, the same for every field:
 * - null, undefined and blank text mean "not given";
 * - a bad `observedAt`/`postedAt` (not a real ISO 8601 date) skips the whole feature, because
 *   timelines and filters would silently misplace it;
 * - any other bad optional field is dropped with an 'invalid-field' warning (a bad status
 *   falls back to 'unverified'), a non-http(s) link with 'unsafe-url', and the rest of the
 *   feature is kept; inside `equipment` the smallest bad part goes: an entry with an unknown
 *   kind, or just its bad count or model;
 * - over-long text and lists are cut with a 'truncated' warning;
 * - unknown properties go to `extra` as they came, except that top-level strings are cut like
 *   other text, values nested over 32 levels are dropped (structured clone to a worker or to
 *   IndexedDB would overflow the stack on them) and a "__proto__" key is dropped, so no later
 *   merge can change a prototype.
 */

export type WarningCode = 'swapped-coordinates' | 'unsafe-url' | 'invalid-field' | 'truncated';

export interface FieldWarning {
  code: WarningCode;
  message: string;
  fix?: { lon: number; lat: number };
}

/** Undefined when the properties were read into the sighting, else why the feature is skipped. */
export type PropertiesOutcome = undefined | { reason: string };

const KNOWN_PROPERTY_KEYS = new Set([
  'observedAt', 'postedAt', 'source', 'place', 'locationPrecision', 'heading', 'equipment', 'locomotive', 'wagons', 'status', 'operator',
]);
const KNOWN_SOURCE_KEYS = new Set(['platform', 'url', 'author', 'caption', 'hashtags', 'archivedUrl']);
const KNOWN_PRECISION_KEYS = new Set(['level', 'uncertaintyKm']);
const HEADINGS: Record<string, number> = Object.fromEntries(COMPASS_POINTS.map((point, i) => [point, i * 45]));

/** What a hashtag in a caption is made of, after its '#'. */
const HASHTAG_CHAR = /^[\p{L}\p{N}\p{M}_]$/u;
/** HASHTAG_CHAR for each code below U+0500 (Latin and Cyrillic), judged once: feeds are read character by character. */
const HASHTAG_CHAR_BELOW_0500 = Uint8Array.from({ length: 0x500 }, (_, code) => (HASHTAG_CHAR.test(String.fromCharCode(code)) ? 1 : 0));

/** How many code units of a hashtag character start at text[i]: 0 (none), 1, or 2 (a surrogate pair). */
function hashtagCharWidth(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code < 0x500) return HASHTAG_CHAR_BELOW_0500[code] as number;
  const width = (text.codePointAt(i) as number) > 0xffff ? 2 : 1;
  return HASHTAG_CHAR.test(text.slice(i, i + width)) ? width : 0;
}

/** The words after each '#' in a caption ("#танки" gives "танки"), as /#([\p{L}\p{N}\p{M}_]+)/gu finds them. */
export function inlineHashtags(caption: string): string[] {
  const tags: string[] = [];
  for (let hash = caption.indexOf('#'); hash >= 0; hash = caption.indexOf('#', hash + 1)) {
    let end = hash + 1;
    while (end < caption.length) {
      const width = hashtagCharWidth(caption, end);
      if (width === 0) break;
      end += width;
    }
    if (end > hash + 1) {
      tags.push(caption.slice(hash + 1, end));
      hash = end - 1;
    }
  }
  return tags;
}

function invalid(warnings: FieldWarning[], field: string, value: unknown, expected: string): void {
  warnings.push({ code: 'invalid-field', message: `${field} is ${describeValue(value)}, not ${expected}; it was dropped.` });
}

function readText(raw: unknown, field: string, limit: number, warnings: FieldWarning[]): string | undefined {
  if (isAbsent(raw)) return undefined;
  if (typeof raw !== 'string') {
    invalid(warnings, field, raw, 'text');
    return undefined;
  }
  if (raw.length <= limit) return raw;
  warnings.push({ code: 'truncated', message: `${field} had ${raw.length} characters; only the first ${limit} are kept.` });
  return truncateText(raw, limit);
}

function readUrl(raw: unknown, field: string, warnings: FieldWarning[]): string | undefined {
  if (isAbsent(raw)) return undefined;
  const url = safeHttpUrl(raw);
  if (url === undefined) {
    warnings.push({ code: 'unsafe-url', message: `${field} is ${describeValue(raw)}, not an http(s) link; it was dropped.` });
  }
  return url;
}

/** Own keys other than `known`, without "__proto__". */
function unknownKeys(object: Record<string, unknown>, known: Set<string>): string[] {
  const keys: string[] = [];
  for (const key in object) if (Object.hasOwn(object, key) && !known.has(key) && key !== '__proto__') keys.push(key);
  return keys;
}

function pick(object: Record<string, unknown>, keys: readonly string[]): Record<string, unknown> {
  const picked: Record<string, unknown> = {};
  for (const key of keys) Object.defineProperty(picked, key, { value: object[key], enumerable: true, writable: true, configurable: true });
  return picked;
}

function readDate(raw: unknown, field: string): { value?: string; reason?: string } {
  if (isAbsent(raw)) return {};
  if (typeof raw !== 'string') return { reason: `${field} is ${describeValue(raw)}, not an ISO 8601 date.` };
  const text = raw.trim();
  return isIsoDate(text) ? { value: text } : { reason: `${field} "${text.slice(0, 40)}" is not a real ISO 8601 date.` };
}

/*
 * Feeds repeat the same few tags on most posts, so each tag's kept form is remembered; the
 * cache is cleared when full (a feed's tags are far fewer than the limit).
 */
const TAG_CACHE_LIMIT = 20_000;
const keptTags = new Map<string, string>();

/** A tag as kept: without leading '#', trimmed, lower-case, cut to the hashtag limit ('' for none). */
function keptTag(text: string): string {
  const known = keptTags.get(text);
  if (known !== undefined) return known;
  let tag = (text.charCodeAt(0) === 0x23 ? text.replace(/^#+/, '') : text).trim().toLowerCase();
  if (tag.length > TEXT_LIMITS.hashtag) tag = truncateText(tag, TEXT_LIMITS.hashtag);
  // Over-long texts are not remembered: the cache would hold them alive.
  if (text.length <= TEXT_LIMITS.hashtag) {
    if (keptTags.size >= TAG_CACHE_LIMIT) keptTags.clear();
    keptTags.set(text, tag);
  }
  return tag;
}

function readHashtags(raw: unknown, caption: string | undefined, warnings: FieldWarning[]): string[] {
  const tags: string[] = [];
  let overflow = false;
  const addTag = (text: string): void => {
    const tag = keptTag(text);
    if (tag === '' || tags.includes(tag)) return;
    if (tags.length < MAX_HASHTAGS) tags.push(tag);
    else overflow = true;
  };
  if (Array.isArray(raw)) {
    const dropped = raw.filter((item) => typeof item !== 'string').length;
    for (const item of raw) if (typeof item === 'string' && !overflow) addTag(item);
    if (dropped > 0) warnings.push({ code: 'invalid-field', message: `${dropped} source.hashtags entries were not text and were dropped.` });
  } else if (!isAbsent(raw)) {
    invalid(warnings, 'source.hashtags', raw, 'a list of hashtags');
  }
  // Many posts carry their tags only in the caption; listing them makes them filterable.
  if (caption?.includes('#')) for (const tag of inlineHashtags(caption)) if (!overflow) addTag(tag);
  if (overflow) warnings.push({ code: 'truncated', message: `Only the first ${MAX_HASHTAGS} hashtags are kept.` });
  return tags;
}

function readEquipment(raw: unknown, warnings: FieldWarning[]): EquipmentItem[] {
  if (isAbsent(raw)) return [];
  if (!Array.isArray(raw)) {
    invalid(warnings, 'equipment', raw, 'a list');
    return [];
  }
  if (raw.length > MAX_EQUIPMENT) warnings.push({ code: 'truncated', message: `Only the first ${MAX_EQUIPMENT} equipment entries are kept.` });
  const items: EquipmentItem[] = [];
  raw.slice(0, MAX_EQUIPMENT).forEach((entry: unknown, i) => {
    const field = `equipment[${i}]`;
    const kind = isPlainObject(entry) ? lookupEnum(EQUIPMENT_KINDS, entry.kind) : undefined;
    if (!isPlainObject(entry) || !kind) {
      invalid(warnings, isPlainObject(entry) ? `${field}.kind` : field, isPlainObject(entry) ? entry.kind : entry, `one of ${EQUIPMENT_KINDS.join(', ')}`);
      return;
    }
    const item: EquipmentItem = { kind };
    const model = readText(entry.model, `${field}.model`, TEXT_LIMITS.model, warnings);
    if (model !== undefined) item.model = model;
    if (typeof entry.count === 'number' && Number.isInteger(entry.count) && entry.count >= 0) item.count = entry.count;
    else if (!isAbsent(entry.count)) invalid(warnings, `${field}.count`, entry.count, 'a whole number of 0 or more');
    items.push(item);
  });
  return items;
}

function readHeading(raw: unknown, warnings: FieldWarning[]): number | undefined {
  if (isAbsent(raw)) return undefined;
  if (typeof raw === 'number' && raw >= 0 && raw <= 360) return raw % 360;
  const point = typeof raw === 'string' ? HEADINGS[raw.trim().toUpperCase()] : undefined;
  if (point !== undefined) return point;
  invalid(warnings, 'heading', raw, 'a compass point (N, NE, E, SE, S, SW, W, NW) or degrees 0–360');
  return undefined;
}

function readEnumField<T extends string>(values: readonly T[], raw: unknown, field: string, warnings: FieldWarning[]): T | undefined {
  if (isAbsent(raw)) return undefined;
  const value = lookupEnum(values, raw);
  if (value === undefined) invalid(warnings, field, raw, `one of ${values.join(', ')}`);
  return value;
}

/** Reads `raw` (a feature's properties) into `fields`, pushing a warning per dropped value. */
export function readProperties(raw: unknown, fields: Sighting, warnings: FieldWarning[]): PropertiesOutcome {
  let props: Record<string, unknown> = {};
  if (isPlainObject(raw)) props = raw;
  else if (!isAbsent(raw)) invalid(warnings, 'properties', raw, 'an object');

  const observed = readDate(props.observedAt, 'observedAt');
  if (observed.reason) return { reason: observed.reason };
  const posted = readDate(props.postedAt, 'postedAt');
  if (posted.reason) return { reason: posted.reason };

  const extra = fields.extra;
  const setExtra = (key: string, value: unknown): void => {
    if (nestsDeeperThan(value, MAX_EXTRA_DEPTH)) {
      warnings.push({ code: 'invalid-field', message: `The property "${key}" nests more than ${MAX_EXTRA_DEPTH} levels deep; it was dropped.` });
      return;
    }
    // defineProperty, not assignment, so that no key can reach a setter or the prototype.
    Object.defineProperty(extra, key, { value, enumerable: true, writable: true, configurable: true });
  };
  for (const key of unknownKeys(props, KNOWN_PROPERTY_KEYS)) {
    const value = props[key];
    const long = typeof value === 'string' && value.length > TEXT_LIMITS.extra;
    setExtra(key, long ? readText(value, key, TEXT_LIMITS.extra, warnings) : value);
  }
  if (Object.hasOwn(props, '__proto__')) warnings.push({ code: 'invalid-field', message: 'The property "__proto__" is not allowed; it was dropped.' });

  let source: Record<string, unknown> = {};
  if (isPlainObject(props.source)) {
    source = props.source;
    const rest = unknownKeys(source, KNOWN_SOURCE_KEYS);
    if (rest.length > 0) setExtra('source', pick(source, rest));
  } else if (!isAbsent(props.source)) invalid(warnings, 'source', props.source, 'an object');

  let precisionObject: Record<string, unknown> = {};
  if (isPlainObject(props.locationPrecision)) {
    precisionObject = props.locationPrecision;
    const rest = unknownKeys(precisionObject, KNOWN_PRECISION_KEYS);
    if (rest.length > 0) setExtra('locationPrecision', pick(precisionObject, rest));
  } else if (!isAbsent(props.locationPrecision)) invalid(warnings, 'locationPrecision', props.locationPrecision, 'an object');

  const caption = readText(source.caption, 'source.caption', TEXT_LIMITS.caption, warnings);
  fields.hashtags = readHashtags(source.hashtags, caption, warnings);
  fields.equipment = readEquipment(props.equipment, warnings);
  const status = lookupEnum(SIGHTING_STATUSES, props.status);
  if (status === undefined && !isAbsent(props.status)) {
    warnings.push({ code: 'invalid-field', message: `status is ${describeValue(props.status)}, not one of ${SIGHTING_STATUSES.join(', ')}; "unverified" is used instead.` });
  }
  fields.status = status ?? 'unverified';
  // Assigned one by one so that absent fields stay absent (no `key: undefined`).
  if (observed.value !== undefined) fields.observedAt = observed.value;
  if (posted.value !== undefined) fields.postedAt = posted.value;
  const platform = readEnumField(PLATFORMS, source.platform, 'source.platform', warnings);
  if (platform !== undefined) fields.platform = platform;
  const url = readUrl(source.url, 'source.url', warnings);
  if (url !== undefined) fields.url = url;
  const archivedUrl = readUrl(source.archivedUrl, 'source.archivedUrl', warnings);
  if (archivedUrl !== undefined) fields.archivedUrl = archivedUrl;
  const author = readText(source.author, 'source.author', TEXT_LIMITS.author, warnings);
  if (author !== undefined) fields.author = author;
  if (caption !== undefined) fields.caption = caption;
  const place = readText(props.place, 'place', TEXT_LIMITS.place, warnings);
  if (place !== undefined) fields.place = place;
  const precision = readEnumField(PRECISION_LEVELS, precisionObject.level, 'locationPrecision.level', warnings);
  if (precision !== undefined) fields.precision = precision;
  const uncertainty = precisionObject.uncertaintyKm;
  if (typeof uncertainty === 'number' && Number.isFinite(uncertainty) && uncertainty >= 0) fields.uncertaintyKm = uncertainty;
  else if (!isAbsent(uncertainty)) invalid(warnings, 'locationPrecision.uncertaintyKm', uncertainty, 'a distance in km of 0 or more');
  const headingDeg = readHeading(props.heading, warnings);
  if (headingDeg !== undefined) fields.headingDeg = headingDeg;
  const locomotive = readText(props.locomotive, 'locomotive', TEXT_LIMITS.locomotive, warnings)?.trim();
  if (locomotive !== undefined) fields.locomotive = locomotive;
  if (typeof props.wagons === 'number' && Number.isInteger(props.wagons) && props.wagons >= 0) fields.wagons = props.wagons;
  else if (!isAbsent(props.wagons)) invalid(warnings, 'wagons', props.wagons, 'a whole number of 0 or more');
  // Not part of the feed format, but a feed that states the operator outranks a guess;
  // any other value stays in `extra` untouched.
  const operator = lookupEnum(OPERATORS, props.operator);
  if (operator !== undefined) fields.operator = operator;
  else if (!isAbsent(props.operator)) setExtra('operator', props.operator);
  return undefined;
}
