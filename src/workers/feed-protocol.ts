// What crosses between the app and the feed worker, and how a parsed feed is cut into
// messages and put back together. The worker posts a feed in chunks because the main thread
// deserialises each message in one task: 100,000 sightings in one message held it for
// 650 ms, 5,000 per message keeps every task short. Each chunk carries the sightings'
// source-link keys, so the main thread never normalises a feed's links itself. Sightings are
// posted as they are parsed, before the feed is known to be whole: only the summary at the
// end (FeedDone) makes them a feed, and a failure there voids them.

import type { FeedParseFailure, FeedParseResult, FeedParseSuccess, FeedWarning, SkippedFeature } from '../domain/sighting/parse-feed.ts';
import type { Sighting } from '../domain/sighting/sighting-schema.ts';

/** Sightings (or skipped features, or warnings) per message. */
export const FEED_CHUNK_SIZE = 5_000;

/**
 * A feed body: the download itself (a transferred stream, read as it arrives; the worker keeps
 * its bytes and hands them back as a Blob with the summary), a stored copy (a Blob, posted
 * without copying) or text stored by earlier builds.
 */
export interface FeedRequest {
  type: 'parse-feed';
  jobId: number;
  body: Blob | string | ReadableStream<Uint8Array>;
}

export interface FeedChunk {
  type: 'feed-chunk';
  jobId: number;
  sightings: Sighting[];
  /** normaliseSourceUrl of each sighting's link, index for index; null without one. */
  sourceKeys: (string | null)[];
  skipped: SkippedFeature[];
  warnings: FeedWarning[];
}

/** Everything but the chunked lists, with their lengths so a lost chunk cannot go unnoticed. */
export type FeedSummary = Omit<FeedParseSuccess, 'sightings' | 'skipped' | 'warnings'> & { counts: { sightings: number; skipped: number; warnings: number } };

export interface FeedDone {
  type: 'feed-done';
  jobId: number;
  result: FeedSummary | FeedParseFailure;
  /** The bytes read, when the body was a stream (all of them unless the feed failed early). */
  body?: Blob;
}

export type FeedResponse =
  | FeedChunk
  | FeedDone
  /** Something the worker did not expect (a bug, out of memory); the message is for the analyst. */
  | { type: 'failed'; jobId: number; message: string };

/** A message of sightings with their source-link keys, index for index. */
export function sightingsChunk(jobId: number, sightings: Sighting[], sourceKeys: (string | null)[]): FeedChunk {
  if (sourceKeys.length !== sightings.length) throw new RangeError(`${sourceKeys.length} source keys for ${sightings.length} sightings.`);
  return { type: 'feed-chunk', jobId, sightings, sourceKeys, skipped: [], warnings: [] };
}

/**
 * The messages that close a feed once its sightings were sent (`sent` of them, in chunks
 * posted as they were parsed): the skipped features and warnings in chunks, then the
 * summary. A failure is the summary alone, and voids the sightings sent before it.
 */
export function* feedTail(jobId: number, result: FeedParseResult, sent: number, chunkSize = FEED_CHUNK_SIZE): Generator<FeedChunk | FeedDone> {
  if (!result.ok) {
    yield { type: 'feed-done', jobId, result };
    return;
  }
  const { sightings, skipped, warnings, ...rest } = result;
  if (sightings.length > 0) throw new RangeError(`${sightings.length} sightings were not sent before the summary.`);
  const size = Math.max(1, Math.floor(chunkSize));
  const chunk = (): FeedChunk => ({ type: 'feed-chunk', jobId, sightings: [], sourceKeys: [], skipped: [], warnings: [] });
  for (let start = 0; start < skipped.length; start += size) yield { ...chunk(), skipped: skipped.slice(start, start + size) };
  for (let start = 0; start < warnings.length; start += size) yield { ...chunk(), warnings: warnings.slice(start, start + size) };
  yield { type: 'feed-done', jobId, result: { ...rest, counts: { sightings: sent, skipped: skipped.length, warnings: warnings.length } } };
}

/** The messages for one parsed feed: chunks in order, then the summary. */
export function* feedResponses(
  jobId: number,
  result: FeedParseResult,
  sourceKeys: readonly (string | null)[],
  chunkSize = FEED_CHUNK_SIZE,
): Generator<FeedChunk | FeedDone> {
  if (!result.ok) {
    yield* feedTail(jobId, result, 0, chunkSize);
    return;
  }
  if (sourceKeys.length !== result.sightings.length) throw new RangeError(`${sourceKeys.length} source keys for ${result.sightings.length} sightings.`);
  const { sightings } = result;
  const size = Math.max(1, Math.floor(chunkSize));
  for (let start = 0; start < sightings.length; start += size) {
    yield sightingsChunk(jobId, sightings.slice(start, start + size), sourceKeys.slice(start, start + size));
  }
  yield* feedTail(jobId, { ...result, sightings: [] }, sightings.length, chunkSize);
}

export interface AssembledFeed {
  result: FeedParseResult;
  /** The sightings' source-link keys, index for index (empty for a failure). */
  sourceKeys: (string | null)[];
  /** FeedDone's body, when there is one. */
  body?: Blob;
}

/** Puts one job's messages back together, in the order they were posted. */
export class FeedAssembler {
  private readonly sightings: Sighting[] = [];
  private readonly sourceKeys: (string | null)[] = [];
  private readonly skipped: SkippedFeature[] = [];
  private readonly warnings: FeedWarning[] = [];

  /** Takes the next message; returns the whole feed once its summary arrives. */
  accept(message: FeedChunk | FeedDone): AssembledFeed | undefined {
    if (message.type === 'feed-chunk') {
      // push(...chunk) would put 5,000 arguments on the stack; a loop is as fast.
      for (const sighting of message.sightings) this.sightings.push(sighting);
      for (const key of message.sourceKeys) this.sourceKeys.push(key);
      for (const item of message.skipped) this.skipped.push(item);
      for (const item of message.warnings) this.warnings.push(item);
      return undefined;
    }
    const { result } = message;
    const body = message.body ? { body: message.body } : {};
    if (!result.ok) return { result, sourceKeys: [], ...body };
    const { counts, ...rest } = result;
    const got = { sightings: this.sightings.length, skipped: this.skipped.length, warnings: this.warnings.length };
    if (got.sightings !== counts.sightings || got.skipped !== counts.skipped || got.warnings !== counts.warnings || this.sourceKeys.length !== got.sightings) {
      throw new Error(`the feed arrived incomplete (${got.sightings} of ${counts.sightings} sightings)`);
    }
    return { result: { ...rest, sightings: this.sightings, skipped: this.skipped, warnings: this.warnings }, sourceKeys: this.sourceKeys, ...body };
  }
}
