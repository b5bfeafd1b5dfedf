// One feed job, the same in the feed worker and in the inline fallback used where no Worker
// exists (unit tests): read the body as a stream, check its features as they are read, post
// every 5,000 usable sightings with their source-link keys at once, then the summary. A feed
// of a million sightings (over 400 MB of text) is thus never one string here, nor held whole:
// each chunk is let go once posted.

import { sourceKeysOf } from '../domain/merge/merge-sightings.ts';
import { FeedStreamParser } from '../domain/sighting/parse-feed.ts';
import { FEED_CHUNK_SIZE, feedTail, sightingsChunk, type FeedRequest, type FeedResponse } from './feed-protocol.ts';

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

/**
 * Pushes a body's bytes, decoded as UTF-8 as Blob.text() does, until the parser has settled;
 * `keep` collects the bytes read (a download, which the app stores as the feed's copy).
 */
async function pushBytes(body: ReadableStream<Uint8Array>, parser: FeedStreamParser, keep?: DownloadBytes): Promise<void> {
  const reader = body.getReader();
  const decoder = new TextDecoder('utf-8');
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      keep?.add(value);
      if (!parser.push(decoder.decode(value, { stream: true }))) return;
    }
    parser.push(decoder.decode());
  } finally {
    void reader.cancel().catch(() => undefined);
  }
}

export async function runFeedJob(request: FeedRequest, post: (message: FeedResponse) => void): Promise<void> {
  const { jobId, body } = request;
  try {
    let sent = 0;
    const parser = new FeedStreamParser({
      batchSize: FEED_CHUNK_SIZE,
      keepSightings: false,
      onSightings: (sightings) => {
        post(sightingsChunk(jobId, sightings, sourceKeysOf(sightings)));
        sent += sightings.length;
      },
    });
    const download = typeof body !== 'string' && 'getReader' in body ? body : undefined;
    const kept = download ? new DownloadBytes() : undefined;
    if (typeof body === 'string') {
      for (let at = 0; at < body.length; at += TEXT_PIECE) if (!parser.push(body.slice(at, at + TEXT_PIECE))) break;
    } else await pushBytes(download ?? (body as Blob).stream(), parser, kept);
    for (const message of feedTail(jobId, parser.finish(), sent)) {
      post(message.type === 'feed-done' && kept ? { ...message, body: kept.blob() } : message);
    }
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    post({ type: 'failed', jobId, message: `railwatch could not read it (${detail}).` });
  }
}
