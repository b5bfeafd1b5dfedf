import { FeatureCollectionScanner } from './feature-collection-scanner';
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
/** Most features one feed or file may hold; a streamed feed is refused as soon as it passes this. */
export const MAX_FEATURES = 1_000_000;

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
 * Validates features one by one as they come (from a parsed array or a stream) and keeps
 * the file-level rules in one place: at most `maxFeatures`, first id wins, something usable.
 */
class FeatureCollector {
  readonly sightings: Sighting[] = [];
  readonly skipped: SkippedFeature[] = [];
  readonly warnings: FeedWarning[] = [];
  private readonly firstIndexById = new Map<string, number>();
  count = 0;
  /** Usable sightings so far, including any the caller already took out of `sightings`. */
  accepted = 0;

  constructor(
    private readonly region: RegionBox,
    readonly maxFeatures: number,
  ) {}

  /** False once the feed has more features than may be loaded. */
  add(raw: unknown): boolean {
    const index = this.count;
    this.count += 1;
    if (this.count > this.maxFeatures) return false;
    const outcome = readFeature(raw, this.region);
    if (!outcome.ok) {
      const entry: SkippedFeature = { index, code: outcome.code, reason: outcome.reason };
      if (outcome.id !== undefined) entry.id = outcome.id;
      this.skipped.push(entry);
      return true;
    }
    const { id } = outcome.sighting;
    const first = this.firstIndexById.get(id);
    if (first !== undefined) {
      this.skipped.push({ index, id, code: 'duplicate-id', reason: `The id "${id}" was already used by feature ${first}, which is kept.` });
      return true;
    }
    this.firstIndexById.set(id, index);
    this.sightings.push(outcome.sighting);
    this.accepted += 1;
    for (const warning of outcome.warnings) this.warnings.push({ index, id, ...warning });
    return true;
  }

  finish(metadataRaw: unknown): FeedParseResult {
    if (this.count === 0) return fail('no-usable-features', 'The feed holds no features.');
    if (this.accepted === 0) {
      const firstSkip = this.skipped[0] as SkippedFeature;
      const lead = this.count === 1 ? 'The only feature could not be used' : `None of the ${this.count} features could be used`;
      return fail('no-usable-features', `${lead} (feature ${firstSkip.index}: ${asClause(firstSkip.reason)}).`);
    }
    const result: FeedParseSuccess = { ok: true, sightings: this.sightings, skipped: this.skipped, warnings: this.warnings };
    const metadata = readMetadata(metadataRaw);
    if (metadata) result.metadata = metadata;
    return result;
  }
}

function tooManyFeatures(count: string, maxFeatures: number): FeedParseFailure {
  return fail('too-large', `The feed has ${count} features; at most ${maxFeatures.toLocaleString('en')} can be loaded at once.`);
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
  if (features.length > maxFeatures) return tooManyFeatures(features.length.toLocaleString('en'), maxFeatures);
  const collector = new FeatureCollector(region, maxFeatures);
  for (const feature of features) collector.add(feature);
  return collector.finish(collection.metadata);
}

/** Most text a streamed feed may have: it is never held whole, so only patience limits it. */
export const MAX_STREAM_CHARACTERS = 2_000_000_000;

export interface StreamParseOptions extends ParseFeedOptions {
  /** Usable sightings as they are read, in order; a later failure of the file voids them. */
  onSightings?: (sightings: Sighting[]) => void;
  /** How many sightings to gather before each onSightings call. */
  batchSize?: number;
  /**
   * False: sightings handed to onSightings are let go, and the result's `sightings` holds only
   * those not handed out yet (none once finish() flushed them), so a feed of a million is
   * never whole here. Default true: the result holds them all, as parseFeed's does.
   */
  keepSightings?: boolean;
  /** Every feature as parsed from its text, in file order (index for index), before it is checked. */
  onFeature?: (raw: unknown) => void;
}

/**
 * parseFeed for text that arrives in pieces (a fetched or imported file's stream): the
 * features are validated as they are read, so neither the text nor the parsed JSON is ever
 * whole in memory. Gives the same result as parseFeed on the joined text, except that a
 * feed over the feature limit is refused as soon as the limit is passed.
 */
export class FeedStreamParser {
  private readonly collector: FeatureCollector;
  private readonly scanner: FeatureCollectionScanner;
  private readonly members = new Map<string, string>();
  private failure: FeedParseFailure | null = null;
  private characters = 0;
  /** Text that is not a JSON object is kept whole so parseFeed can say what it is instead. */
  private notObject: string[] | null = null;
  private emitted = 0;

  constructor(private readonly options: StreamParseOptions = {}) {
    this.collector = new FeatureCollector(options.region ?? DEFAULT_REGION, options.maxFeatures ?? MAX_FEATURES);
    this.scanner = new FeatureCollectionScanner({
      element: (text) => this.element(text),
      member: (key, text) => this.members.set(key, text),
    });
  }

  /** True when the object has a top-level member `key` (read so far, at most 1,000,000 characters long). */
  hasMember(key: string): boolean {
    return this.members.has(key);
  }

  /** Usable sightings read so far. */
  get sightingCount(): number {
    return this.collector.accepted;
  }

  /** False once the outcome is settled as a failure: the caller may stop reading. */
  push(piece: string): boolean {
    if (this.failure) return false;
    this.characters += piece.length;
    if (this.notObject) {
      this.notObject.push(piece);
      if (this.characters > (this.options.maxCharacters ?? MAX_FEED_CHARACTERS)) this.fail(decode(this.notObject.join(''), this.options.maxCharacters ?? MAX_FEED_CHARACTERS) as FeedParseFailure);
      return this.failure === null;
    }
    if (this.characters > MAX_STREAM_CHARACTERS) {
      this.fail(fail('too-large', `The file is over ${MAX_STREAM_CHARACTERS.toLocaleString('en')} characters long; split it into smaller files.`));
      return false;
    }
    try {
      this.scanner.push(piece);
    } catch (error) {
      if (this.failure) return false;
      if (!this.scanner.isObject) this.notObject = [piece];
      else this.fail(fail('not-json', error instanceof Error ? error.message : String(error)));
    }
    return this.failure === null;
  }

  finish(): FeedParseResult {
    if (this.failure) return this.failure;
    if (this.notObject) return parseFeed(this.notObject.join(''), this.options);
    try {
      this.scanner.end();
    } catch (error) {
      if (this.failure) return this.failure;
      return fail('not-json', error instanceof Error ? error.message : String(error));
    }
    if (this.failure) return this.failure;
    let envelope: Record<string, unknown>;
    try {
      envelope = Object.fromEntries([...this.members].map(([key, text]) => [key, JSON.parse(text) as unknown]));
    } catch (error) {
      return fail('not-json', `The file is not valid JSON${error instanceof Error ? ` (${error.message.split('\n')[0]?.slice(0, 120)})` : ''}.`);
    }
    const problem = envelopeProblem(envelope);
    if (problem) return fail('not-feature-collection', problem);
    const result = this.collector.finish(envelope.metadata);
    if (result.ok) this.flush(true);
    return result;
  }

  private element(text: string): void {
    if (this.failure) return;
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch (error) {
      const detail = error instanceof Error ? error.message.split('\n')[0]?.slice(0, 120) : '';
      this.fail(fail('not-json', `The file is not valid JSON (feature ${this.collector.count}${detail ? `: ${detail}` : ''}).`));
      return;
    }
    this.options.onFeature?.(raw);
    if (!this.collector.add(raw)) {
      this.fail(tooManyFeatures(`more than ${this.collector.maxFeatures.toLocaleString('en')}`, this.collector.maxFeatures));
      return;
    }
    this.flush(false);
  }

  private flush(all: boolean): void {
    const { onSightings, batchSize = 5000 } = this.options;
    if (!onSightings) return;
    const sightings = this.collector.sightings;
    while (sightings.length - this.emitted >= batchSize || (all && sightings.length > this.emitted)) {
      const end = Math.min(sightings.length, this.emitted + batchSize);
      onSightings(sightings.slice(this.emitted, end));
      this.emitted = end;
    }
    if (this.options.keepSightings === false && this.emitted > 0) {
      sightings.splice(0, this.emitted);
      this.emitted = 0;
    }
  }

  private fail(failure: FeedParseFailure): void {
    this.failure ??= failure;
  }
}
