import { TEXT_LIMITS, describeValue, isPlainObject, truncateText } from './field-readers';
import { readFeature, type RegionBox, type SkipCode } from './read-feature';
import type { WarningCode } from './read-properties';
import { safeHttpUrl } from './safe-url';
import type { FeedMetadata, Sighting } from './sighting-schema';

/*
 * The one door every feed and import goes through. The file is judged as a whole only for
 * what makes it unusable (not JSON, not a FeatureCollection, too large, nothing usable);
 * every feature is then validated on its own (read-feature.ts), so one bad feature costs
 * itself, never the file. Duplicate ids: the first feature keeps the id, later ones are
 * skipped with 'duplicate-id'.
 */

/** The map's area of interest [west, south, east, north]: Eastern Europe around Belarus and Ukraine. */
export const DEFAULT_REGION: RegionBox = [14, 42, 50, 62];
/** Longest feed text accepted (characters); V8 strings stop near 5.4e8 anyway. */
export const MAX_FEED_CHARACTERS = 250_000_000;
export const MAX_FEATURES = 500_000;

export interface ParseFeedOptions {
  /** Box used to spot swapped coordinates, [west, south, east, north]. */
  region?: RegionBox;
  maxFeatures?: number;
  maxCharacters?: number;
}

export type FeedErrorCode = 'not-json' | 'not-feature-collection' | 'no-usable-features' | 'too-large';

export interface FeedParseFailure {
  ok: false;
  error: { code: FeedErrorCode; message: string };
}

export interface SkippedFeature {
  index: number;
  id?: string;
  code: SkipCode;
  reason: string;
}

export interface FeedWarning {
  index: number;
  id: string;
  code: WarningCode;
  message: string;
  fix?: { lon: number; lat: number };
}

export interface FeedParseSuccess {
  ok: true;
  metadata?: FeedMetadata;
  sightings: Sighting[];
  skipped: SkippedFeature[];
  warnings: FeedWarning[];
}

export type FeedParseResult = FeedParseSuccess | FeedParseFailure;

function fail(code: FeedErrorCode, message: string): FeedParseFailure {
  return { ok: false, error: { code, message } };
}

/** Text → JSON value, or a failure. Bytes are read as UTF-8; invalid bytes become U+FFFD. */
function decode(input: unknown, maxCharacters: number): { value: unknown } | FeedParseFailure {
  let text: string;
  if (typeof input === 'string') text = input;
  else if (input instanceof Uint8Array || input instanceof ArrayBuffer) {
    if (input.byteLength > maxCharacters) return fail('too-large', `The file is ${input.byteLength.toLocaleString('en')} bytes; at most ${maxCharacters.toLocaleString('en')} can be read.`);
    text = new TextDecoder('utf-8').decode(input);
  } else return { value: input };

  if (text.length > maxCharacters) return fail('too-large', `The file is ${text.length.toLocaleString('en')} characters long; at most ${maxCharacters.toLocaleString('en')} can be read.`);
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') return fail('not-json', 'The file is empty.');
  try {
    return { value: JSON.parse(text) as unknown };
  } catch (error) {
    const detail = error instanceof Error ? error.message.split('\n')[0]?.slice(0, 120) : '';
    return fail('not-json', `The file is not valid JSON${detail ? ` (${detail})` : ''}.`);
  }
}

function envelopeProblem(value: unknown): string | undefined {
  if (isPlainObject(value)) {
    if (value.type === 'Feature') return 'The file holds a single GeoJSON Feature, not a FeatureCollection of sightings.';
    if (value.type !== 'FeatureCollection') return `The file holds an object of type ${describeValue(value.type)}, not a GeoJSON FeatureCollection.`;
    if (!Array.isArray(value.features)) return `The FeatureCollection's "features" is ${describeValue(value.features)}, not a list.`;
    return undefined;
  }
  if (Array.isArray(value)) return 'The file holds a JSON list, not a GeoJSON FeatureCollection.';
  return `The file holds ${describeValue(value)}, not a GeoJSON FeatureCollection.`;
}

function shortText(raw: unknown, limit: number): string | undefined {
  if (typeof raw !== 'string' || raw.trim() === '') return undefined;
  return raw.length > limit ? truncateText(raw, limit) : raw;
}

/** Known metadata fields of the right type; a missing title reads "Untitled feed". */
function readMetadata(raw: unknown): FeedMetadata | undefined {
  if (!isPlainObject(raw)) return undefined;
  const metadata: FeedMetadata = { title: shortText(raw.title, TEXT_LIMITS.title) ?? 'Untitled feed' };
  const description = shortText(raw.description, TEXT_LIMITS.description);
  if (description !== undefined) metadata.description = description;
  if (typeof raw.illustrative === 'boolean') metadata.illustrative = raw.illustrative;
  const license = shortText(raw.license, TEXT_LIMITS.license);
  if (license !== undefined) metadata.license = license;
  const homepage = safeHttpUrl(raw.homepage);
  if (homepage !== undefined) metadata.homepage = homepage;
  return metadata;
}

/** "Longitude 181 is outside −180…180." → "longitude 181 is outside −180…180", to sit inside a sentence. */
function asClause(reason: string): string {
  return reason.charAt(0).toLowerCase() + reason.slice(1).replace(/\.$/, '');
}

/**
 * Parses and validates a sighting feed given as text, bytes or an already-parsed value.
 * Never throws. See the module comment for what fails the file and what skips a feature.
 */
export function parseFeed(input: string | unknown, options: ParseFeedOptions = {}): FeedParseResult {
  const region = options.region ?? DEFAULT_REGION;
  const decoded = decode(input, options.maxCharacters ?? MAX_FEED_CHARACTERS);
  if ('ok' in decoded) return decoded;
  const problem = envelopeProblem(decoded.value);
  if (problem) return fail('not-feature-collection', problem);

  const collection = decoded.value as { features: unknown[]; metadata?: unknown };
  const features = collection.features;
  const maxFeatures = options.maxFeatures ?? MAX_FEATURES;
  if (features.length > maxFeatures) {
    return fail('too-large', `The feed has ${features.length.toLocaleString('en')} features; at most ${maxFeatures.toLocaleString('en')} can be loaded at once.`);
  }
  if (features.length === 0) return fail('no-usable-features', 'The feed holds no features.');

  const sightings: Sighting[] = [];
  const skipped: SkippedFeature[] = [];
  const warnings: FeedWarning[] = [];
  const firstIndexById = new Map<string, number>();
  for (let index = 0; index < features.length; index++) {
    const outcome = readFeature(features[index], region);
    if (!outcome.ok) {
      const entry: SkippedFeature = { index, code: outcome.code, reason: outcome.reason };
      if (outcome.id !== undefined) entry.id = outcome.id;
      skipped.push(entry);
      continue;
    }
    const { id } = outcome.sighting;
    const first = firstIndexById.get(id);
    if (first !== undefined) {
      skipped.push({ index, id, code: 'duplicate-id', reason: `The id "${id}" was already used by feature ${first}, which is kept.` });
      continue;
    }
    firstIndexById.set(id, index);
    sightings.push(outcome.sighting);
    for (const warning of outcome.warnings) warnings.push({ index, id, ...warning });
  }

  if (sightings.length === 0) {
    const firstSkip = skipped[0] as SkippedFeature;
    const lead = features.length === 1 ? 'The only feature could not be used' : `None of the ${features.length} features could be used`;
    return fail('no-usable-features', `${lead} (feature ${firstSkip.index}: ${asClause(firstSkip.reason)}).`);
  }
  const result: FeedParseSuccess = { ok: true, sightings, skipped, warnings };
  const metadata = readMetadata(collection.metadata);
  if (metadata) result.metadata = metadata;
  return result;
}
