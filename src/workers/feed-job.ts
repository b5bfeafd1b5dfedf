// One feed job, the same in the feed worker and in the inline fallback used where no Worker
// exists (unit tests): read the body as a stream, cut it into features' texts as it is read,
// and read each batch of them here or in a free helper worker (feed-protocol.ts); whoever
// read a batch posts it to the main thread at once, then the summary follows. A feed of a
// million sightings (over 400 MB of text) is thus never one string here, nor held whole:
// each batch is let go once posted.

import { sourceKeysOf } from '../domain/merge/merge-sightings.ts';
import { FeedStreamParser, readFeatureBatch } from '../domain/sighting/parse-feed.ts';
import { packSightings } from '../domain/sighting/sighting-pack.ts';
import { FEED_BATCH_SIZE, type BatchRead, type FeedBatchMessage, type FeedDone, type FeedRequest, type FeedResponse, type ReadBatch } from './feed-protocol.ts';

/** Characters of a text body (stored by earlier builds) handed to the parser at a time. */
const TEXT_PIECE = 1 << 20;

/**
 * The bytes of a download, kept for the feed's stored copy. They are folded into a Blob every
 * few megabytes as they arrive: one Blob made of a million sightings' 440 MB at the end took
 * 0.2–1.7 s, after the last sighting and before the summary, so on the way to the map.
 */
export class DownloadBytes {
  private readonly parts: Blob[] = [];
  private pending: Uint8Array[] = [];
  private pendingBytes = 0;

  constructor(private readonly foldAt = 16 << 20) {}

  add(bytes: Uint8Array): void {
    this.pending.push(bytes);
    this.pendingBytes += bytes.byteLength;
    if (this.pendingBytes >= this.foldAt) this.fold();
  }

  blob(): Blob {
    this.fold();
    return new Blob(this.parts);
  }

  private fold(): void {
    if (this.pending.length === 0) return;
    this.parts.push(new Blob(this.pending as BlobPart[]));
    this.pending = [];
    this.pendingBytes = 0;
  }
}

/** Reads a batch of features' texts into the message that carries them to the main thread. */
export function readBatchMessage(jobId: number, seq: number, firstIndex: number, texts: readonly string[]): FeedBatchMessage {
  const { sightings, ...batch } = readFeatureBatch(texts, firstIndex);
  return { type: 'feed-batch', jobId, seq, batch: { ...batch, sightings: packSightings(sightings) }, sourceKeys: sourceKeysOf(sightings) };
}

/** The messages for a feed's whole text, every batch read in place (tests and benchmarks). */
export function feedMessages(jobId: number, text: string, batchSize = FEED_BATCH_SIZE): (FeedBatchMessage | FeedDone)[] {
  const messages: (FeedBatchMessage | FeedDone)[] = [];
  let seq = 0;
  const parser = new FeedStreamParser({ batchSize, onFeatureTexts: (texts, firstIndex) => messages.push(readBatchMessage(jobId, seq++, firstIndex, texts)) });
  parser.push(text);
  const envelope = parser.finishEnvelope();
  messages.push({ type: 'feed-done', jobId, batches: seq, envelope });
  return messages;
}

/** What the feed worker uses of its end of a channel to a helper (a MessagePort). */
export type HelperPort = {
  postMessage(message: ReadBatch): void;
  onmessage: ((event: MessageEvent<BatchRead>) => void) | null;
};

/** Batches a helper may hold unread: enough to keep it busy, few enough to bound the memory. */
const MAX_IN_FLIGHT = 2;

/**
 * The helper workers that read batches for the feed worker. A batch goes to the helper with
 * the fewest unread, unless each already has MAX_IN_FLIGHT: then the feed worker reads it
 * itself. So the work shares itself out by speed, and the texts waiting never pile up.
 */
export class FeedHelpers {
  private readonly inFlight: number[];
  private readonly failedJobs = new Set<number>();

  constructor(private readonly ports: readonly HelperPort[]) {
    this.inFlight = ports.map(() => 0);
    ports.forEach((port, helper) => {
      port.onmessage = (event) => {
        this.inFlight[helper]! -= 1;
        if (event.data.failed) this.failedJobs.add(event.data.jobId);
      };
    });
  }

  /** Hands the batch to a helper with room; false when there is none. */
  offer(message: ReadBatch): boolean {
    let chosen = -1;
    for (let helper = 0; helper < this.ports.length; helper++) {
      if (this.inFlight[helper]! < MAX_IN_FLIGHT && (chosen < 0 || this.inFlight[helper]! < this.inFlight[chosen]!)) chosen = helper;
    }
    if (chosen < 0) return false;
    this.inFlight[chosen]! += 1;
    this.ports[chosen]!.postMessage(message);
    return true;
  }

  /** Whether a helper found text that is not JSON in one of the job's batches (forgets it). */
  takeFailure(jobId: number): boolean {
    return this.failedJobs.delete(jobId);
  }
}

/**
 * Pushes a body's bytes, decoded as UTF-8 as Blob.text() does, until the parser has settled
 * or `stop` says the file has failed; `keep` collects the bytes read (a download, which the
 * app stores as the feed's copy).
 */
async function pushBytes(body: ReadableStream<Uint8Array>, parser: FeedStreamParser, stop: () => boolean, keep?: DownloadBytes): Promise<void> {
  const reader = body.getReader();
  const decoder = new TextDecoder('utf-8');
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      keep?.add(value);
      if (!parser.push(decoder.decode(value, { stream: true })) || stop()) return;
    }
    parser.push(decoder.decode());
  } finally {
    void reader.cancel().catch(() => undefined);
  }
}

export async function runFeedJob(request: FeedRequest, post: (message: FeedResponse) => void, helpers?: FeedHelpers): Promise<void> {
  const { jobId, body } = request;
  try {
    let seq = 0;
    let failed = false;
    // A feature that is not JSON fails the whole file: reading on would be wasted.
    const stop = () => (failed ||= helpers?.takeFailure(jobId) ?? false);
    const parser = new FeedStreamParser({
      batchSize: FEED_BATCH_SIZE,
      onFeatureTexts: (texts, firstIndex) => {
        const message: ReadBatch = { type: 'read-batch', jobId, seq: seq++, firstIndex, texts };
        if (helpers?.offer(message)) return;
        const read = readBatchMessage(jobId, message.seq, firstIndex, texts);
        if (read.batch.failure) failed = true;
        post(read);
      },
    });
    const download = typeof body !== 'string' && 'getReader' in body ? body : undefined;
    const kept = download ? new DownloadBytes() : undefined;
    if (typeof body === 'string') {
      for (let at = 0; at < body.length && !stop(); at += TEXT_PIECE) if (!parser.push(body.slice(at, at + TEXT_PIECE))) break;
    } else await pushBytes(download ?? (body as Blob).stream(), parser, stop, kept);
    const envelope = parser.finishEnvelope();
    helpers?.takeFailure(jobId);
    post({ type: 'feed-done', jobId, batches: seq, envelope, ...(kept ? { body: kept.blob() } : {}) });
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    post({ type: 'failed', jobId, message: `railwatch could not read it (${detail}).` });
  }
}
