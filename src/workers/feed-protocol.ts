// What crosses between the app, the feed worker and its helpers, and how a feed's messages
// are put back together. The feed worker reads the body and cuts it into features' texts; it
// reads a batch of them itself, or hands it to a helper worker when one is free (a million
// sightings took one worker over 20 s, most of it reading features one by one). Whoever read
// a batch posts it straight to the main thread, numbered in file order; the main thread puts
// the batches back in order (FeedBatchCollector: first id wins, as parseFeed) as they come,
// each message small enough that deserialising it is a short task. Only the summary at the
// end (FeedDone) makes them a feed, and a failure there voids them. Each batch carries its
// sightings' source-link keys, so the main thread never normalises a feed's links itself.

// The main thread imports this module: it must not bring the feature readers (parse-feed.ts)
// into the start bundle, only the rules for putting batches together (feed-collector.ts).
import { SightingColumnsBuilder, type SightingColumns } from '../domain/explore/sighting-columns.ts';
import { FeedBatchCollector, type FeatureBatch, type FeedEnvelope, type FeedParseFailure, type FeedParseResult } from '../domain/sighting/feed-collector.ts';
import type { IdIndex } from '../domain/sighting/id-index.ts';
import type { PackedSightings } from '../domain/sighting/sighting-pack-layout.ts';
import { unpackSightings } from '../domain/sighting/sighting-unpack.ts';

/**
 * Features per batch. Each message is one task on the main thread; late in a load of a million,
 * with the garbage collector marking as it reads, 2,500 sightings' messages took 0.2 s (traced).
 */
export const FEED_BATCH_SIZE = 1_500;

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

/** The feed worker's helpers: one end of a channel to each (the other end went to the helper). */
export interface FeedHelpersMessage {
  type: 'helpers';
  ports: MessagePort[];
}

/** To a helper: its end of the channel to the feed worker. */
export interface HelperConnect {
  type: 'connect';
  port: MessagePort;
}

/** Feed worker → helper: features' texts to read, the first of them feature `firstIndex`. */
export interface ReadBatch {
  type: 'read-batch';
  jobId: number;
  seq: number;
  firstIndex: number;
  texts: string[];
}

/** Helper → feed worker: a batch was read and posted, so the helper has room for another. */
export interface BatchRead {
  type: 'batch-read';
  jobId: number;
  /** The batch held a feature that is not JSON: the file has failed. */
  failed: boolean;
}

/** A FeatureBatch as posted: its sightings packed, which halves what cloning them costs each end. */
export type PostedFeatureBatch = Omit<FeatureBatch, 'sightings'> & { sightings: PackedSightings };

/** Batch `seq` (from 0, in file order) of a feed, read by the feed worker or a helper. */
export interface FeedBatchMessage {
  type: 'feed-batch';
  jobId: number;
  seq: number;
  batch: PostedFeatureBatch;
  /** normaliseSourceUrl of each sighting's link, index for index; null without one. */
  sourceKeys: (string | null)[];
}

export interface FeedDone {
  type: 'feed-done';
  jobId: number;
  /** How many batches the feed was cut into (each posted before or after this message). */
  batches: number;
  envelope: FeedEnvelope | FeedParseFailure;
  /** The bytes read, when the body was a stream (all of them unless the feed failed early). */
  body?: Blob;
}

export type FeedResponse =
  | FeedBatchMessage
  | FeedDone
  /** Something a worker did not expect (a bug, out of memory); the message is for the analyst. */
  | { type: 'failed'; jobId: number; message: string };

export interface AssembledFeed {
  result: FeedParseResult;
  /** The sightings' source-link keys, index for index (empty for a failure). */
  sourceKeys: (string | null)[];
  /** The sightings' columns, read batch by batch as they came (absent for a failure). */
  columns?: SightingColumns;
  /** The sightings by id, each id's position (absent for a failure): made anyway to find repeated ids. */
  positions?: IdIndex;
  /** FeedDone's body, when there is one. */
  body?: Blob;
}

/** Puts one job's messages back together, whatever order its workers' messages arrive in. */
export class FeedAssembler {
  private readonly collector = new FeedBatchCollector<string | null>();
  // Read here, a batch at a time, rather than all at once in the task that shows the feed.
  private readonly columns = new SightingColumnsBuilder(FEED_BATCH_SIZE * 4);
  private done: FeedDone | null = null;

  /** Takes the next message; returns the whole feed once its summary and every batch are in. */
  accept(message: FeedBatchMessage | FeedDone): AssembledFeed | undefined {
    if (message.type === 'feed-batch') {
      this.collector.add(message.seq, { ...message.batch, sightings: unpackSightings(message.batch.sightings) }, message.sourceKeys);
      this.columns.append(this.collector.sightings, this.columns.count);
    } else this.done = message;
    if (!this.done) return undefined;
    const result = this.collector.finish(this.done.envelope, this.done.batches);
    if (!result) return undefined;
    const body = this.done.body ? { body: this.done.body } : {};
    if (!result.ok) return { result, sourceKeys: [], ...body };
    return { result, sourceKeys: this.collector.extras, columns: this.columns.finish(), positions: this.collector.positions, ...body };
  }
}
