import { TEXT_LIMITS, isPlainObject, truncateText } from './field-readers';
import { IdIndex } from './id-index';
import type { SkipCode } from './read-feature';
import type { WarningCode } from './read-properties';
import { safeHttpUrl } from './safe-url';
import type { FeedMetadata, Sighting } from './sighting-schema';

/*
 * What a feed read comes to, and the rules that apply to the file as a whole once its
 * features are read: first id wins, something usable, the metadata. Kept apart from the
 * readers (parse-feed.ts, read-feature.ts) because the main thread needs these rules to put
 * together the batches the feed workers read, and not the readers.
 */

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

/**
 * Features read from their texts, apart from the rest of the file (in a worker of their own):
 * each checked on its own, ids not yet compared with the other batches'. FeedBatchCollector
 * puts batches back in order and applies the file-level rules.
 */
export interface FeatureBatch {
  /** How many features the batch holds. */
  size: number;
  sightings: Sighting[];
  /** The feature index of each sighting. */
  indexes: number[];
  skipped: SkippedFeature[];
  /** Each sighting's warnings, by its feature index. */
  warnings: FeedWarning[];
  /** A feature that is not JSON fails the whole file (the features before it are read). */
  failure?: FeedParseFailure;
}

/** A streamed file's outcome apart from its features: its metadata and how many features it has. */
export interface FeedEnvelope {
  ok: true;
  metadata: unknown;
  count: number;
}

export function fail(code: FeedErrorCode, message: string): FeedParseFailure {
  return { ok: false, error: { code, message } };
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
 * Keeps the file-level rules in one place: first id wins, something usable. Takes sightings
 * one by one (FeatureCollector in parse-feed.ts, which reads them) or in batches read
 * elsewhere (readFeatureBatch, in other workers).
 */
export class SightingCollector {
  readonly sightings: Sighting[] = [];
  readonly skipped: SkippedFeature[] = [];
  readonly warnings: FeedWarning[] = [];
  /** Each kept sighting's position in `sightings`, by id: also the list's index by id, once complete (see `positions`). */
  private readonly positionById = new IdIndex();
  /** The feature index of each kept sighting, by position. */
  private readonly featureIndexes: number[] = [];
  /** Features seen so far, usable or not. */
  count = 0;
  /** Usable sightings so far. */
  accepted = 0;

  /**
   * The next batch of features, read in order elsewhere; returns, index for index with its
   * sightings, whether each was kept (false: its id was taken by an earlier feature).
   */
  addBatch(batch: FeatureBatch): boolean[] {
    this.count += batch.size;
    const kept: boolean[] = [];
    const dropped = new Set<number>();
    let skip = 0;
    for (let k = 0; k < batch.sightings.length; k++) {
      const index = batch.indexes[k]!;
      while (skip < batch.skipped.length && batch.skipped[skip]!.index < index) this.skipped.push(batch.skipped[skip++]!);
      const isKept = this.accept(batch.sightings[k]!, index);
      if (!isKept) dropped.add(index);
      kept.push(isKept);
    }
    while (skip < batch.skipped.length) this.skipped.push(batch.skipped[skip++]!);
    for (const warning of batch.warnings) if (dropped.size === 0 || !dropped.has(warning.index)) this.warnings.push(warning);
    return kept;
  }

  /** Keeps a sighting unless its id was taken; a taken id is a skip that names the first. */
  protected accept(sighting: Sighting, index: number): boolean {
    const { id } = sighting;
    const first = this.positionById.addIfAbsent(id, this.sightings.length);
    if (first !== undefined) {
      this.skipped.push({ index, id, code: 'duplicate-id', reason: `The id "${id}" was already used by feature ${this.featureIndexes[first]}, which is kept.` });
      return false;
    }
    this.featureIndexes.push(index);
    this.sightings.push(sighting);
    this.accepted += 1;
    return true;
  }

  /** `sightings` by id: each id's position in it (ids are unique there). */
  get positions(): IdIndex {
    return this.positionById;
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

/**
 * Puts batches of features read elsewhere (readFeatureBatch, in several workers) back in file
 * order, whatever order they arrive in, and applies the file-level rules: with the envelope
 * and every batch in, the result is parseFeed's on the whole text. `K` is whatever comes with
 * each sighting (its source-link key), kept index for index with the kept sightings.
 */
export class FeedBatchCollector<K> {
  private readonly collector = new SightingCollector();
  private readonly waiting = new Map<number, { batch: FeatureBatch; extras: readonly K[] }>();
  private next = 0;
  private failure: FeedParseFailure | null = null;
  /** What came with each kept sighting, index for index with the result's sightings. */
  readonly extras: K[] = [];

  /** The sightings kept so far, in file order: the result's list, growing as batches come in order. */
  get sightings(): readonly Sighting[] {
    return this.collector.sightings;
  }

  /** `sightings` by id: each id's position in it. */
  get positions(): IdIndex {
    return this.collector.positions;
  }

  /** Batch number `seq` (from 0, in file order) with its extras, index for index with its sightings. */
  add(seq: number, batch: FeatureBatch, extras: readonly K[]): void {
    if (extras.length !== batch.sightings.length) throw new RangeError(`${extras.length} extras for ${batch.sightings.length} sightings.`);
    if (seq < this.next || this.waiting.has(seq)) throw new RangeError(`Batch ${seq} arrived twice.`);
    this.waiting.set(seq, { batch, extras });
    for (let entry = this.waiting.get(this.next); entry; entry = this.waiting.get(this.next)) {
      this.waiting.delete(this.next);
      this.next += 1;
      if (this.failure) continue;
      if (entry.batch.failure) {
        this.failure = entry.batch.failure;
        continue;
      }
      const kept = this.collector.addBatch(entry.batch);
      for (let k = 0; k < kept.length; k++) if (kept[k]) this.extras.push(entry.extras[k]!);
    }
  }

  /** The feed, once the envelope and its `batches` batches are in; undefined until then. */
  finish(envelope: FeedEnvelope | FeedParseFailure, batches: number): FeedParseResult | undefined {
    if (this.next < batches) return undefined;
    // A feature that is not JSON comes before anything the rest of the file could fail with.
    if (this.failure) return this.failure;
    if (!envelope.ok) return envelope;
    if (this.next !== batches || this.collector.count !== envelope.count) {
      throw new Error(`the feed arrived incomplete (${this.collector.count} of ${envelope.count} features)`);
    }
    return this.collector.finish(envelope.metadata);
  }
}
