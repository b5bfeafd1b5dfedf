import { FeatureCollectionScanner } from './feature-collection-scanner';
import { SightingCollector, fail, type FeatureBatch, type FeedEnvelope, type FeedParseFailure, type FeedParseResult, type FeedWarning, type SkippedFeature } from './feed-collector';
import { describeValue, isPlainObject } from './field-readers';
import { readFeature, type RegionBox } from './read-feature';
import type { Sighting } from './sighting-schema';

/*
 * The one door every feed and import goes through. The file is judged as a whole only for
 * what makes it unusable (not JSON, not a FeatureCollection, too large, nothing usable);
 * every feature is then validated on its own (read-feature.ts), so one bad feature costs
 * itself, never the file. Duplicate ids: the first feature keeps the id, later ones are
 * skipped with 'duplicate-id'.
 */

export { FeedBatchCollector } from './feed-collector';
export type { FeatureBatch, FeedEnvelope, FeedErrorCode, FeedParseFailure, FeedParseResult, FeedParseSuccess, FeedWarning, SkippedFeature } from './feed-collector';

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

/** Reads features one by one as they come (from a parsed array or a stream), within `maxFeatures`. */
class FeatureCollector extends SightingCollector {
  constructor(
    private readonly region: RegionBox,
    readonly maxFeatures: number,
  ) {
    super();
  }

  /** False once the feed has more features than may be loaded. */
  add(raw: unknown): boolean {
    const index = this.count;
    this.count += 1;
    if (this.count > this.maxFeatures) return false;
    const read = readIndexedFeature(raw, index, this.region);
    if ('skip' in read) this.skipped.push(read.skip);
    else if (this.accept(read.sighting, index)) for (const warning of read.warnings) this.warnings.push(warning);
    return true;
  }
}

/** readFeature with the feature's index on what it reports: the sighting and its warnings, or the skip. */
function readIndexedFeature(raw: unknown, index: number, region: RegionBox): { sighting: Sighting; warnings: FeedWarning[] } | { skip: SkippedFeature } {
  const outcome = readFeature(raw, region);
  if (!outcome.ok) {
    const skip: SkippedFeature = { index, code: outcome.code, reason: outcome.reason };
    if (outcome.id !== undefined) skip.id = outcome.id;
    return { skip };
  }
  const { sighting } = outcome;
  return { sighting, warnings: outcome.warnings.map((warning) => ({ index, id: sighting.id, ...warning })) };
}

/** JSON.parse of one feature's text, or the failure of the whole file it makes. */
function parseFeatureText(text: string, index: number): { raw: unknown } | FeedParseFailure {
  try {
    return { raw: JSON.parse(text) as unknown };
  } catch (error) {
    const detail = error instanceof Error ? error.message.split('\n')[0]?.slice(0, 120) : '';
    return fail('not-json', `The file is not valid JSON (feature ${index}${detail ? `: ${detail}` : ''}).`);
  }
}

/** Reads the texts of consecutive features, the first of them feature `firstIndex`. */
export function readFeatureBatch(texts: readonly string[], firstIndex: number, region: RegionBox = DEFAULT_REGION): FeatureBatch {
  const batch: FeatureBatch = { size: texts.length, sightings: [], indexes: [], skipped: [], warnings: [] };
  for (let k = 0; k < texts.length; k++) {
    const index = firstIndex + k;
    const parsed = parseFeatureText(texts[k]!, index);
    if ('ok' in parsed) {
      batch.failure = parsed;
      break;
    }
    addToBatch(batch, parsed.raw, index, region);
  }
  return batch;
}

/** readFeatureBatch for features already parsed (stored records), the first of them feature `firstIndex`. */
export function readFeatureObjects(features: readonly unknown[], firstIndex: number, region: RegionBox = DEFAULT_REGION): FeatureBatch {
  const batch: FeatureBatch = { size: features.length, sightings: [], indexes: [], skipped: [], warnings: [] };
  for (let k = 0; k < features.length; k++) addToBatch(batch, features[k], firstIndex + k, region);
  return batch;
}

function addToBatch(batch: FeatureBatch, raw: unknown, index: number, region: RegionBox): void {
  const read = readIndexedFeature(raw, index, region);
  if ('skip' in read) {
    batch.skipped.push(read.skip);
    return;
  }
  batch.sightings.push(read.sighting);
  batch.indexes.push(index);
  for (const warning of read.warnings) batch.warnings.push(warning);
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
  /**
   * Each `batchSize` features' texts, unread, with the index of the first: for reading them
   * elsewhere (readFeatureBatch, in other workers) and collecting them there in order
   * (FeedBatchCollector). The parser then reads none itself: finish with finishEnvelope().
   */
  onFeatureTexts?: (texts: string[], firstIndex: number) => void;
  /** How many features' texts to gather before each onFeatureTexts call. */
  batchSize?: number;
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
  /** Texts not yet handed to onFeatureTexts, and how many were seen in all. */
  private texts: string[] = [];
  private textCount = 0;

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
    const envelope = this.finishEnvelope();
    return envelope.ok ? this.collector.finish(envelope.metadata) : envelope;
  }

  /**
   * The end of the file, apart from its features: a failure of the whole file, or its
   * metadata and feature count. With onFeatureTexts, hands out the last texts first.
   */
  finishEnvelope(): FeedEnvelope | FeedParseFailure {
    if (this.failure) return this.failure;
    if (this.notObject) return notAnObject(decode(this.notObject.join(''), this.options.maxCharacters ?? MAX_FEED_CHARACTERS));
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
    this.flushTexts();
    return { ok: true, metadata: envelope.metadata, count: this.options.onFeatureTexts ? this.textCount : this.collector.count };
  }

  private element(text: string): void {
    if (this.failure) return;
    if (this.options.onFeatureTexts) {
      this.textCount += 1;
      if (this.textCount > this.collector.maxFeatures) {
        this.fail(tooManyFeatures(`more than ${this.collector.maxFeatures.toLocaleString('en')}`, this.collector.maxFeatures));
        return;
      }
      this.texts.push(text);
      if (this.texts.length >= (this.options.batchSize ?? 5000)) this.flushTexts();
      return;
    }
    const parsed = parseFeatureText(text, this.collector.count);
    if ('ok' in parsed) {
      this.fail(parsed);
      return;
    }
    this.options.onFeature?.(parsed.raw);
    if (!this.collector.add(parsed.raw)) {
      this.fail(tooManyFeatures(`more than ${this.collector.maxFeatures.toLocaleString('en')}`, this.collector.maxFeatures));
    }
  }

  private flushTexts(): void {
    if (this.texts.length === 0 || !this.options.onFeatureTexts) return;
    const texts = this.texts;
    this.texts = [];
    this.options.onFeatureTexts(texts, this.textCount - texts.length);
  }

  private fail(failure: FeedParseFailure): void {
    this.failure ??= failure;
  }
}

/** What parseFeed says of text that is not a JSON object (it is never a FeatureCollection). */
function notAnObject(decoded: { value: unknown } | FeedParseFailure): FeedParseFailure {
  if ('ok' in decoded) return decoded;
  return fail('not-feature-collection', envelopeProblem(decoded.value) ?? 'The file is not a JSON object.');
}
